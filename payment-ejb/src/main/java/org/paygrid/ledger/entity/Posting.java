package org.paygrid.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.paygrid.shared.money.Money;

/** One line of a journal entry: an account (of a merchant, where it is per merchant), a side and a positive amount. */
@Embeddable
public class Posting {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private LedgerAccount account;

    @Column(name = "merchant_id", length = 32)
    private String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private Side side;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    protected Posting() {
        // for JPA
    }

    private Posting(LedgerAccount account, String merchantId, Side side, Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a posting moves a positive amount, not " + amount);
        }
        this.account = Objects.requireNonNull(account);
        this.merchantId = merchantId;
        this.side = side;
        this.amountMinor = amount.minorUnits();
        this.currency = amount.currency().getCurrencyCode();
    }

    public static Posting debit(LedgerAccount account, String merchantId, Money amount) {
        return new Posting(account, merchantId, Side.DEBIT, amount);
    }

    public static Posting credit(LedgerAccount account, String merchantId, Money amount) {
        return new Posting(account, merchantId, Side.CREDIT, amount);
    }

    public LedgerAccount account() { return account; }
    public String merchantId() { return merchantId; }
    public Side side() { return side; }
    public Money amount() { return Money.of(amountMinor, currency); }

    /** + for debits, - for credits. */
    long signedMinorUnits() {
        return side == Side.DEBIT ? amountMinor : -amountMinor;
    }

    String currencyCode() {
        return currency;
    }
}
