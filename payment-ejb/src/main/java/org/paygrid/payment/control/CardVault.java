package org.paygrid.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.paygrid.keys.control.KeyRing;
import org.paygrid.keys.entity.Sealed;
import org.paygrid.keys.entity.KeyPurpose;
import org.paygrid.payment.entity.VaultedCard;

/**
 * Encrypts the card a customer entered in the payment window until the merchant confirms: AES-256-GCM with a
 * random 96-bit IV per card and the payment key as associated data (a ciphertext cannot be moved to another
 * payment, or to a billing key). The keys are the ring's {@link KeyPurpose#CARD} keys; the card number never
 * reaches the database in clear.
 */
@ApplicationScoped
public class CardVault {

    @Inject
    KeyRing keyRing;

    /** What the vault keeps: the number, its expiry and the installment plan chosen in the window. */
    public record Card(String digits, YearMonth expiry, int installmentMonths) {
        @Override
        public String toString() {
            return "Card[" + digits.substring(0, 6) + "******" + digits.substring(digits.length() - 4) + "]";
        }
    }

    /** Seals under the active card key; {@code owner} (a payment key or a billing key) binds the ciphertext. */
    public VaultedCard seal(String owner, Card card, java.time.Instant now) {
        String plain = card.digits() + "|" + card.expiry() + "|" + card.installmentMonths();
        Sealed sealed = keyRing.seal(KeyPurpose.CARD, owner, plain.getBytes(StandardCharsets.UTF_8));
        return new VaultedCard(owner, sealed, now);
    }

    public Card open(String owner, Sealed sealed) {
        String[] parts = new String(keyRing.open(KeyPurpose.CARD, owner, sealed), StandardCharsets.UTF_8)
                .split("\\|");
        return new Card(parts[0], YearMonth.parse(parts[1]), Integer.parseInt(parts[2]));
    }

    /** The card sealed again under the active card key (rotation), still bound to its owner. */
    public Sealed reseal(String owner, Sealed sealed) {
        return keyRing.reseal(KeyPurpose.CARD, owner, sealed);
    }
}
