package org.paygrid.ledger.boundary;

import java.util.List;

/** Proof that the books balance and agree with the payments. */
public record TrialBalance(List<CurrencyNet> currencies, long acquirerReceivable, long approvedPaymentBalances) {

    /** Debits minus credits in one currency: zero in balanced books. */
    public record CurrencyNet(String currency, long debitsMinusCredits) {
    }

    public boolean balanced() {
        return currencies.stream().allMatch(c -> c.debitsMinusCredits() == 0);
    }

    public boolean matchesPayments() {
        return acquirerReceivable == approvedPaymentBalances;
    }
}
