package org.paygrid.ledger.control;

import java.util.List;
import org.paygrid.ledger.entity.LedgerAccount;
import org.paygrid.ledger.entity.Posting;
import org.paygrid.shared.money.Money;

/** Which accounts each kind of payment movement touches. */
public final class PostingRules {

    private PostingRules() {
    }

    /**
     * An approval (or a deposit): whoever collected the money (acquirer, bank, wallet) now owes us the amount,
     * and we owe it to the merchant.
     */
    public static List<Posting> approval(LedgerAccount receivable, String merchantId, Money amount) {
        return List.of(Posting.debit(receivable, null, amount),
                Posting.credit(LedgerAccount.MERCHANT_PAYABLE, merchantId, amount));
    }

    /** A cancel reverses its part of the approval, against the same receivable. */
    public static List<Posting> cancel(LedgerAccount receivable, String merchantId, Money amount) {
        return List.of(Posting.debit(LedgerAccount.MERCHANT_PAYABLE, merchantId, amount),
                Posting.credit(receivable, null, amount));
    }
}
