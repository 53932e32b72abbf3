package org.paygrid.fds.entity;

/**
 * What a block list holds: card fingerprints (never numbers), BINs (a card's first six digits), customer e-mails
 * (lower case) or customer IP addresses.
 */
public enum ListKind {
    CARD,
    BIN,
    EMAIL,
    IP;

    /** The value as the list stores and matches it; an IllegalArgumentException when it cannot be one. */
    public String normalize(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("value is required");
        }
        String v = value.strip();
        boolean fits = switch (this) {
            case CARD -> v.matches("[0-9a-f]{64}");
            case BIN -> v.matches("\\d{6}");
            case EMAIL -> v.length() <= 100 && v.matches("[^@\\s]+@[^@\\s]+");
            case IP -> v.length() <= 45 && v.matches("[0-9A-Fa-f:.]+");
        };
        if (!fits) {
            throw new IllegalArgumentException(switch (this) {
                case CARD -> "a card is listed by its fingerprint, a card number or a payment's card";
                case BIN -> "a BIN is six digits";
                case EMAIL -> "value must be an e-mail address";
                case IP -> "value must be an IPv4 or IPv6 address";
            });
        }
        return this == EMAIL || this == IP ? v.toLowerCase(java.util.Locale.ROOT) : v;
    }
}
