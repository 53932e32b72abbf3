package org.paygrid.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a 128-bit tag, a random 96-bit IV per message and associated data that binds a ciphertext to
 * the row it belongs to (a ciphertext copied to another row does not open). The one place the platform encrypts
 * at rest: the card vault and webhook signing secrets.
 */
public final class AesGcm {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {
    }

    /** The key from configuration: base64 of exactly 32 bytes, else the server refuses to use it. */
    public static byte[] key(String base64Key, String property) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException(property + " must be 32 bytes, base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes, base64");
        }
        return key;
    }

    public static byte[] newIv() {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        return iv;
    }

    public static byte[] encrypt(byte[] key, byte[] iv, String associatedData, byte[] plain) {
        return crypt(Cipher.ENCRYPT_MODE, key, iv, associatedData, plain);
    }

    /** Fails (IllegalStateException) when the key, the IV or the associated data is not the one it was sealed with. */
    public static byte[] decrypt(byte[] key, byte[] iv, String associatedData, byte[] ciphertext) {
        return crypt(Cipher.DECRYPT_MODE, key, iv, associatedData, ciphertext);
    }

    private static byte[] crypt(int mode, byte[] key, byte[] iv, String associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM " + (mode == Cipher.ENCRYPT_MODE ? "encryption" : "decryption")
                    + " failed", e);
        }
    }
}
