package org.paygrid.keys.entity;

/** A value sealed with AES-256-GCM: the id of the key that sealed it, the IV and the ciphertext with its tag. */
public record Sealed(String keyId, byte[] iv, byte[] ciphertext) {

    public Sealed {
        iv = iv.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] iv() {
        return iv.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }
}
