package org.paygrid.merchant.control;

import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.shared.Mode;
import org.paygrid.shared.crypto.Sha256;
import org.paygrid.shared.id.RandomTokens;

/**
 * Mints API keys in the contract's format ({@code ck_test_…}, {@code sk_live_…}, 24+ random characters)
 * and hashes them for storage. A plain SHA-256 suffices: the keys carry ~160 bits of randomness, so there
 * is nothing to brute-force, and an unsalted hash lets a request's key be looked up directly.
 */
public final class KeyIssuer {

    static final int RANDOM_LENGTH = 28;

    private KeyIssuer() {
    }

    public static IssuedKey issue(ApiKeyKind kind, Mode mode) {
        String key = kind.prefix() + "_" + mode.wireName() + "_" + RandomTokens.alphanumeric(RANDOM_LENGTH);
        String display = kind == ApiKeyKind.CLIENT ? key : mask(key);
        return new IssuedKey(kind, mode, key, hash(key), display);
    }

    public static String hash(String key) {
        return Sha256.hex(key);
    }

    /** {@code sk_test_…WXYZ}: enough to tell keys apart, nothing to authenticate with. */
    static String mask(String key) {
        int prefixEnd = key.indexOf('_', key.indexOf('_') + 1) + 1;
        return key.substring(0, prefixEnd) + "…" + key.substring(key.length() - 4);
    }

    /** A freshly minted key: {@code plaintext} is shown once and never stored. */
    public record IssuedKey(ApiKeyKind kind, Mode mode, String plaintext, String hash, String display) {
    }
}
