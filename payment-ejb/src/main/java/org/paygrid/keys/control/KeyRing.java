package org.paygrid.keys.control;

import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.paygrid.keys.entity.KeyPurpose;
import org.paygrid.keys.entity.Sealed;
import org.paygrid.shared.crypto.AesGcm;

/**
 * The keys of every purpose. A purpose's keys are written {@code id:base64, id:base64, ...} (32 random bytes each):
 * the first seals new values, every listed key opens what it sealed, so a new key goes first and an old one stays
 * listed until {@link org.paygrid.keys.boundary.KeyRotation} has re-sealed its values. Each sealed value records the
 * id of its key; a value whose key is not listed does not open (the server refuses rather than guesses).
 */
public final class KeyRing {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,20}");

    private final Map<KeyPurpose, Map<String, byte[]>> keys;

    private KeyRing(Map<KeyPurpose, Map<String, byte[]>> keys) {
        this.keys = keys;
    }

    /**
     * The ring from configuration: {@code lookup} answers a purpose's list ({@code paygrid.keys.card}, ...). Every
     * purpose needs at least one key; what is wrong is said for all purposes at once.
     */
    public static KeyRing from(Function<KeyPurpose, Optional<String>> lookup) {
        Map<KeyPurpose, Map<String, byte[]>> keys = new EnumMap<>(KeyPurpose.class);
        List<String> problems = new ArrayList<>();
        for (KeyPurpose purpose : KeyPurpose.values()) {
            Optional<String> listed = lookup.apply(purpose).filter(s -> !s.isBlank());
            if (listed.isEmpty()) {
                problems.add(purpose.property() + " is not set (PAYGRID_KEYS_" + purpose.name() + " or a line "
                        + purpose.configName() + "=... in PAYGRID_KEYS_FILE)");
                continue;
            }
            try {
                keys.put(purpose, parse(listed.get(), purpose));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Encryption keys: " + String.join("; ", problems));
        }
        return new KeyRing(keys);
    }

    private static Map<String, byte[]> parse(String listed, KeyPurpose purpose) {
        Map<String, byte[]> ring = new LinkedHashMap<>();
        for (String entry : listed.split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon);
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException(purpose.property() + ": each key is id:base64, the id 1..20 of "
                        + "[A-Za-z0-9._-]");
            }
            byte[] material;
            try {
                material = AesGcm.key(entry.substring(colon + 1), purpose.property() + " key " + id);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            if (ring.put(id, material) != null) {
                throw new IllegalArgumentException(purpose.property() + " lists key " + id + " twice");
            }
        }
        if (ring.isEmpty()) {
            throw new IllegalArgumentException(purpose.property() + " lists no key");
        }
        return ring;
    }

    /** The id of the key that seals new values of this purpose. */
    public String activeKeyId(KeyPurpose purpose) {
        return keys.get(purpose).keySet().iterator().next();
    }

    /** Every listed key id of this purpose, the active one first. */
    public List<String> keyIds(KeyPurpose purpose) {
        return List.copyOf(keys.get(purpose).keySet());
    }

    /**
     * A keyed hash (HMAC-SHA256, hex) under the purpose's active key: equal inputs give equal hashes, and nobody
     * without the key can tell what was hashed or test a guess. A new active key gives new hashes.
     */
    public String mac(KeyPurpose purpose, String data) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(keys.get(purpose).get(activeKeyId(purpose)), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(data.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Seals under the purpose's active key; {@code associatedData} binds the ciphertext to its row. */
    public Sealed seal(KeyPurpose purpose, String associatedData, byte[] plain) {
        String keyId = activeKeyId(purpose);
        byte[] iv = AesGcm.newIv();
        return new Sealed(keyId, iv, AesGcm.encrypt(keys.get(purpose).get(keyId), iv, associatedData, plain));
    }

    /** Opens with the key the value names; fails when that key is not listed or anything was tampered with. */
    public byte[] open(KeyPurpose purpose, String associatedData, Sealed sealed) {
        byte[] key = keys.get(purpose).get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException(purpose.configName() + " value sealed under key " + sealed.keyId()
                    + ", which " + purpose.property() + " does not list (it has " + keyIds(purpose) + ")");
        }
        return AesGcm.decrypt(key, sealed.iv(), associatedData, sealed.ciphertext());
    }

    /** The same plain value sealed again under the active key (rotation); the old ciphertext must open. */
    public Sealed reseal(KeyPurpose purpose, String associatedData, Sealed sealed) {
        return seal(purpose, associatedData, open(purpose, associatedData, sealed));
    }

    /** A new random key, base64, for an operator adding a key version. */
    public static String newKeyMaterial() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("KeyRing[");
        keys.forEach((purpose, ring) -> text.append(purpose.configName()).append('=').append(ring.keySet()).append(' '));
        return text.append(']').toString();
    }
}
