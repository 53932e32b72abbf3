package org.paygrid.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.payment.entity.VaultedCard;
import org.paygrid.shared.crypto.AesGcm;

/**
 * Encrypts the card a customer entered in the payment window until the merchant confirms: AES-256-GCM with a
 * random 96-bit IV per card and the payment key as associated data (a ciphertext cannot be moved to another
 * payment). The key comes from configuration; the card number never reaches the database in clear.
 */
@ApplicationScoped
public class CardVault {

    @Inject
    @ConfigProperty(name = "paygrid.card.encryption-key")
    String base64Key;

    @Inject
    @ConfigProperty(name = "paygrid.card.encryption-key-id")
    String keyId;

    /** What the vault keeps: the number, its expiry and the installment plan chosen in the window. */
    public record Card(String digits, YearMonth expiry, int installmentMonths) {
        @Override
        public String toString() {
            return "Card[" + digits.substring(0, 6) + "******" + digits.substring(digits.length() - 4) + "]";
        }
    }

    public VaultedCard seal(String paymentKey, Card card, java.time.Instant now) {
        byte[] iv = AesGcm.newIv();
        String plain = card.digits() + "|" + card.expiry() + "|" + card.installmentMonths();
        return new VaultedCard(paymentKey, keyId, iv, AesGcm.encrypt(key(), iv, paymentKey,
                plain.getBytes(StandardCharsets.UTF_8)), now);
    }

    public Card open(String paymentKey, VaultedCard sealed) {
        if (!keyId.equals(sealed.keyId())) {
            throw new IllegalStateException("card sealed under key " + sealed.keyId() + ", this server has " + keyId);
        }
        String[] parts = new String(AesGcm.decrypt(key(), sealed.iv(), paymentKey, sealed.ciphertext()),
                StandardCharsets.UTF_8).split("\\|");
        return new Card(parts[0], YearMonth.parse(parts[1]), Integer.parseInt(parts[2]));
    }

    private byte[] key() {
        return AesGcm.key(base64Key, "paygrid.card.encryption-key");
    }
}
