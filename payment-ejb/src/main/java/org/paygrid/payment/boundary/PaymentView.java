package org.paygrid.payment.boundary;

import java.util.List;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentTransaction;
import org.paygrid.payment.entity.TransactionKind;
import org.paygrid.payment.entity.TransactionStatus;

/**
 * A payment with its money movements (oldest first), read inside the transaction that loaded it: everything the
 * payment object of the contract shows.
 */
public record PaymentView(Payment payment, List<PaymentTransaction> transactions) {

    public static PaymentView of(Payment payment) {
        return new PaymentView(payment, List.copyOf(payment.transactions()));
    }

    public List<PaymentTransaction> cancels() {
        return transactions.stream().filter(t -> t.kind() == TransactionKind.CANCEL).toList();
    }

    /** The key of the latest money movement (what the payment's latest change reports), or null if none. */
    public String latestTransactionKey() {
        return transactions.isEmpty() ? null : transactions.get(transactions.size() - 1).transactionKey();
    }

    /** The authorization went to the network and no answer came: the reconciler settles it by inquiry. */
    public boolean outcomeUnknown() {
        return transactions.stream().anyMatch(t -> t.kind().isSale() && t.status() == TransactionStatus.UNKNOWN);
    }
}
