package org.paygrid.payment.control;

import java.time.Instant;
import org.paygrid.ledger.boundary.Ledger;
import org.paygrid.ledger.entity.LedgerAccount;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.shared.money.Money;

/** Who holds a payment's money until settlement, by method: the ledger account its approval debits. */
public final class Receivables {

    private Receivables() {
    }

    public static LedgerAccount of(PaymentMethod method) {
        return switch (method) {
            case CARD -> LedgerAccount.ACQUIRER_RECEIVABLE;
            case VIRTUAL_ACCOUNT, TRANSFER -> LedgerAccount.BANK_RECEIVABLE;
            case EASY_PAY, MOBILE_PHONE -> LedgerAccount.PROVIDER_RECEIVABLE;
        };
    }

    /** The sale of a payment (its approval or deposit) in the ledger, against whoever holds the money. */
    static void bookSale(Ledger ledger, Payment payment, String description, Instant now) {
        ledger.approval(payment.sale().orElseThrow().transactionKey(), payment.paymentKey(), payment.mode(),
                of(payment.method()), payment.merchantId(), Money.of(payment.totalAmount(), payment.currency()),
                description, now);
    }
}
