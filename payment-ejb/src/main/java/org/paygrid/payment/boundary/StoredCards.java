package org.paygrid.payment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import org.paygrid.keys.entity.Sealed;
import org.paygrid.payment.control.CardVault;
import org.paygrid.payment.entity.CardExpiry;
import org.paygrid.payment.entity.CardNumber;
import org.paygrid.payment.entity.VaultedCard;
import org.paygrid.shared.time.ClockProducer;

/**
 * Cards kept to be charged later (billing keys, 자동결제): checked and sealed by the payment's card vault, bound to
 * their owner (the billing key), and opened only here, when {@link Payments#chargeStoredCard} charges one. Whoever
 * keeps a stored card holds its masked number and a sealed value it cannot open.
 */
@ApplicationScoped
public class StoredCards {

    /** What the keeper stores: the number as it may be shown, and the sealed card. */
    public record StoredCard(String maskedNumber, Sealed sealed) {
    }

    @Inject
    CardVault vault;

    @Inject
    Clock clock;

    /** Checks the card (number, expiry not past) and seals it for its owner. */
    public StoredCard store(String owner, String cardNumber, String expirationYear, String expirationMonth) {
        CardNumber card = CardNumber.parse(cardNumber);
        CardExpiry expiry = CardExpiry.of(expirationYear, expirationMonth,
                YearMonth.now(clock.withZone(ClockProducer.SEOUL)));
        VaultedCard vaulted = vault.seal(owner, new CardVault.Card(card.digits(), expiry.month(), 0), clock.instant());
        return new StoredCard(card.masked(), vaulted.sealed());
    }

    /** The same card sealed again under the active card key (key rotation). */
    public Sealed reseal(String owner, Sealed sealed) {
        return vault.reseal(owner, sealed);
    }

    /** Opened for a charge, with the installment plan of that charge. */
    CardVault.Card open(String owner, Sealed sealed, int installmentMonths) {
        CardVault.Card stored = vault.open(owner, sealed);
        return new CardVault.Card(stored.digits(), stored.expiry(), installmentMonths);
    }
}
