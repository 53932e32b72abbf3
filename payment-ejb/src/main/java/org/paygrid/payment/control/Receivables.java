package org.paygrid.payment.control;

import org.paygrid.ledger.entity.LedgerAccount;
import org.paygrid.payment.entity.PaymentMethod;

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
}
