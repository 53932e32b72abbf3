package org.paygrid.shared.money;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money: whole minor units of a currency (KRW has no minor unit, so 15000 is 15,000 won).
 * Money never passes through floating point; arithmetic refuses to mix currencies and overflows loudly.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public static final Currency KRW = Currency.getInstance("KRW");

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currency.getInstance(currencyCode));
    }

    public static Money won(long won) {
        return new Money(won, KRW);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public String toString() {
        return minorUnits + " " + currency.getCurrencyCode();
    }
}
