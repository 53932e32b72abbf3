package org.paygrid.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.payment.entity.VaultedCard;

/**
 * Encrypts the card a customer entered in the payment window until the merchant confirms: AES-256-GCM with a
 * random 96-bit IV per card and the payment key as associated data (a ciphertext cannot be moved to another
 * payment). The key comes from configuration; the card number never reaches the database in clear.
 */
@ApplicationScoped
public class CardVault {

    private static final SecureRandom RANDOM = new SecureRandom();

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
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        String plain = card.digits() + "|" + card.expiry() + "|" + card.installmentMonths();
        return new VaultedCard(paymentKey, keyId, iv, crypt(Cipher.ENCRYPT_MODE, paymentKey, iv,
                plain.getBytes(StandardCharsets.UTF_8)), now);
    }

    public Card open(String paymentKey, VaultedCard sealed) {
        if (!keyId.equals(sealed.keyId())) {
            throw new IllegalStateException("card sealed under key " + sealed.keyId() + ", this server has " + keyId);
        }
        String[] parts = new String(crypt(Cipher.DECRYPT_MODE, paymentKey, sealed.iv(), sealed.ciphertext()),
                StandardCharsets.UTF_8).split("\\|");
        return new Card(parts[0], YearMonth.parse(parts[1]), Integer.parseInt(parts[2]));
    }

    private byte[] crypt(int mode, String paymentKey, byte[] iv, byte[] input) {
        try {
            byte[] key = Base64.getDecoder().decode(base64Key);
            if (key.length != 32) {
                throw new IllegalStateException("paygrid.card.encryption-key must be 32 bytes, base64");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD(paymentKey.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("card vault " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open") + " failed", e);
        }
    }
}
