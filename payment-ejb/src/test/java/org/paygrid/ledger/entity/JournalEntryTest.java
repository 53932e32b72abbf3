package org.paygrid.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paygrid.ledger.control.PostingRules;
import org.paygrid.shared.Mode;
import org.paygrid.shared.money.Money;

class JournalEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");

    @Test
    void approvalAndCancelPostingsBalance() {
        JournalEntry approval = JournalEntry.of("approval:pay_1", "pay_1", Mode.TEST, "approval",
                PostingRules.approval(LedgerAccount.ACQUIRER_RECEIVABLE, "mer_1", Money.won(15_000)), NOW);
        assertThat(approval.postings()).extracting(Posting::side).containsExactly(Side.DEBIT, Side.CREDIT);
        JournalEntry cancel = JournalEntry.of("cancel:txn_1", "pay_1", Mode.TEST, "cancel",
                PostingRules.cancel(LedgerAccount.ACQUIRER_RECEIVABLE, "mer_1", Money.won(5_000)), NOW);
        assertThat(cancel.postings()).extracting(Posting::account)
                .containsExactly(LedgerAccount.MERCHANT_PAYABLE, LedgerAccount.ACQUIRER_RECEIVABLE);
    }

    @Test
    void cannotBeBuiltUnbalanced() {
        assertThatThrownBy(() -> JournalEntry.of("x", null, Mode.TEST, "unbalanced", List.of(
                Posting.debit(LedgerAccount.ACQUIRER_RECEIVABLE, null, Money.won(100)),
                Posting.credit(LedgerAccount.MERCHANT_PAYABLE, "mer_1", Money.won(99))), NOW))
                .isInstanceOf(JournalEntry.UnbalancedEntryException.class).hasMessageContaining("1 KRW");
    }

    @Test
    void balancesPerCurrencyNotAcrossCurrencies() {
        assertThatThrownBy(() -> JournalEntry.of("x", null, Mode.TEST, "mixed", List.of(
                Posting.debit(LedgerAccount.ACQUIRER_RECEIVABLE, null, Money.won(100)),
                Posting.credit(LedgerAccount.MERCHANT_PAYABLE, "mer_1", Money.of(100, "USD"))), NOW))
                .isInstanceOf(JournalEntry.UnbalancedEntryException.class);
    }

    @Test
    void needsTwoPostingsOfPositiveAmounts() {
        assertThatThrownBy(() -> JournalEntry.of("x", null, Mode.TEST, "one", List.of(
                Posting.debit(LedgerAccount.ACQUIRER_RECEIVABLE, null, Money.won(100))), NOW))
                .isInstanceOf(JournalEntry.UnbalancedEntryException.class);
        assertThatThrownBy(() -> Posting.debit(LedgerAccount.ACQUIRER_RECEIVABLE, null, Money.won(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
