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

    /**
     * Settlement takes our fee and its VAT out of what we owe the merchant. A net refund of fees (more cancels than
     * sales) reverses the sides; a zero part has no posting.
     */
    public static List<Posting> fees(String merchantId, long fee, long vat) {
        List<Posting> postings = new java.util.ArrayList<>();
        side(postings, LedgerAccount.FEE_REVENUE, merchantId, fee);
        side(postings, LedgerAccount.VAT_PAYABLE, merchantId, vat);
        return postings;
    }

    private static void side(List<Posting> postings, LedgerAccount income, String merchantId, long amount) {
        if (amount > 0) {
            postings.add(Posting.debit(LedgerAccount.MERCHANT_PAYABLE, merchantId, Money.won(amount)));
            postings.add(Posting.credit(income, null, Money.won(amount)));
        } else if (amount < 0) {
            postings.add(Posting.debit(income, null, Money.won(-amount)));
            postings.add(Posting.credit(LedgerAccount.MERCHANT_PAYABLE, merchantId, Money.won(-amount)));
        }
    }

    /** A payout: the merchant is paid from our settlement account. */
    public static List<Posting> payout(String merchantId, Money amount) {
        return List.of(Posting.debit(LedgerAccount.MERCHANT_PAYABLE, merchantId, amount),
                Posting.credit(LedgerAccount.SETTLEMENT_BANK, null, amount));
    }
}
