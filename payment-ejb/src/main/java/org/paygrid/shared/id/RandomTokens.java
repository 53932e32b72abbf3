package org.paygrid.shared.id;

import java.security.SecureRandom;

/** Unguessable identifiers and secrets: characters of [A-Za-z0-9] drawn from a SecureRandom. */
public final class RandomTokens {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    public static String alphanumeric(int length) {
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }

    /** An id with a readable type prefix, e.g. {@code mer_4fKq...}. */
    public static String prefixed(String prefix, int randomLength) {
        return prefix + "_" + alphanumeric(randomLength);
    }
}
