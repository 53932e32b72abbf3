package org.paygrid.ledger.control;

import java.util.List;
import org.paygrid.ledger.entity.LedgerAccount;
import org.paygrid.ledger.entity.Posting;
import org.paygrid.shared.money.Money;

/** Which accounts each kind of payment movement touches. */
public final class PostingRules {

    private PostingRules() {
    }

    /** An approval: the acquirer now owes us the amount, and we owe it to the merchant. */
    public static List<Posting> approval(String merchantId, Money amount) {
        return List.of(Posting.debit(LedgerAccount.ACQUIRER_RECEIVABLE, null, amount),
                Posting.credit(LedgerAccount.MERCHANT_PAYABLE, merchantId, amount));
    }

    /** A cancel reverses its part of the approval. */
    public static List<Posting> cancel(String merchantId, Money amount) {
        return List.of(Posting.debit(LedgerAccount.MERCHANT_PAYABLE, merchantId, amount),
                Posting.credit(LedgerAccount.ACQUIRER_RECEIVABLE, null, amount));
    }
}
