package org.paygrid.ledger.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.paygrid.ledger.control.PostingRules;
import org.paygrid.ledger.entity.JournalEntry;
import org.paygrid.ledger.entity.LedgerAccount;
import org.paygrid.shared.Mode;
import org.paygrid.shared.money.Money;

/**
 * The books. Others name the movement (a sale, a cancel, settlement fees, a payout) and the ledger decides its
 * postings ({@link PostingRules}); entries are posted only inside the caller's transaction (MANDATORY), so a
 * payment's state change and its journal entry commit together or not at all.
 */
@Stateless
public class Ledger {

    @PersistenceContext
    EntityManager em;

    /**
     * A sale (an approval, a deposit): whoever holds the money for the payment's method now owes it, and the platform
     * owes it to the merchant. Its reference is {@code approval:<transactionKey>}.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void approval(String transactionKey, String paymentKey, Mode mode, LedgerAccount receivable,
                         String merchantId, Money amount, String description, Instant at) {
        em.persist(JournalEntry.ofMovement("approval", transactionKey, paymentKey, mode, description,
                PostingRules.approval(receivable, merchantId, amount), at));
    }

    /** A cancel reverses its part of the sale; its reference is {@code cancel:<transactionKey>}. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void cancel(String transactionKey, String paymentKey, Mode mode, LedgerAccount receivable,
                       String merchantId, Money amount, String description, Instant at) {
        em.persist(JournalEntry.ofMovement("cancel", transactionKey, paymentKey, mode, description,
                PostingRules.cancel(receivable, merchantId, amount), at));
    }

    /** Settlement's fee and VAT (negative: refunded) out of what the merchant is owed; nothing when both are zero. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void settlementFees(String reference, Mode mode, String merchantId, long fee, long vat, String description,
                               Instant at) {
        var postings = PostingRules.fees(merchantId, fee, vat);
        if (!postings.isEmpty()) {
            em.persist(JournalEntry.of(reference, null, mode, description, postings, at));
        }
    }

    /** A payout to the merchant from the settlement account; its reference is {@code payout:<payoutId>}. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void payout(long payoutId, Mode mode, String merchantId, Money amount, String description, Instant at) {
        em.persist(JournalEntry.of("payout:" + payoutId, null, mode, description,
                PostingRules.payout(merchantId, amount), at));
    }

    /**
     * Removes the journal entries of test-mode payments that payment's retention removes (in its transaction).
     * Each entry balances on its own, so the books still balance; a live entry is never touched.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int forgetTestPayments(List<String> paymentKeys) {
        if (paymentKeys.isEmpty()) {
            return 0;
        }
        int postings = em.createNativeQuery("delete p from ldg_posting p join ldg_journal_entry e on e.id = p.entry_id "
                        + "where e.payment_key in (?1) and e.mode = 'TEST'")
                .setParameter(1, paymentKeys).executeUpdate();
        return postings + em.createNativeQuery("delete from ldg_journal_entry where payment_key in (?1) and mode = 'TEST'")
                .setParameter(1, paymentKeys).executeUpdate();
    }

    /** A payment's journal entries, oldest first, with their postings. */
    public List<EntryView> entriesOf(String paymentKey) {
        return em.createQuery("select e from JournalEntry e where e.paymentKey = :key order by e.id", JournalEntry.class)
                .setParameter("key", paymentKey)
                .getResultList().stream().map(EntryView::of).toList();
    }

    /**
     * The trial balance: total debits minus total credits per currency over all postings (zero when the books
     * balance), and whether what acquirers, banks and providers owe us equals {@code approvedPaymentBalances}, the
     * balances of the approved payments as payment counts them (read in the caller's transaction, so that both
     * sides are one snapshot).
     */
    public TrialBalance trialBalance(long approvedPaymentBalances) {
        List<Object[]> net = em.createNativeQuery("""
                select p.currency, sum(case when p.side = 'DEBIT' then p.amount_minor else -p.amount_minor end)
                from ldg_posting p group by p.currency""").getResultList();
        List<TrialBalance.CurrencyNet> currencies = net.stream()
                .map(row -> new TrialBalance.CurrencyNet((String) row[0], ((Number) row[1]).longValue()))
                .toList();
        long receivable = ((Number) em.createNativeQuery("""
                select coalesce(sum(case when p.side = 'DEBIT' then p.amount_minor else -p.amount_minor end), 0)
                from ldg_posting p where p.account in ('ACQUIRER_RECEIVABLE', 'BANK_RECEIVABLE', 'PROVIDER_RECEIVABLE')""").getSingleResult()).longValue();
        return new TrialBalance(currencies, receivable, approvedPaymentBalances);
    }
}
