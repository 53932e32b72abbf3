package org.paygrid.shared.error;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Checks of what a caller sent, each failing with {@code INVALID_REQUEST} and a message that names the field,
 * so that every adapter (API, console) refuses the same input the same way.
 */
public final class RequestChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private RequestChecks() {
    }

    /** The request body itself: a call that needs one and sent none (or JSON {@code null}). */
    public static <T> T requiredBody(T body) {
        if (body == null) {
            throw invalid("body", "a JSON object is required");
        }
        return body;
    }

    /**
     * A required free text (names, reasons, notes) of 1..maxLength code points, kept exactly as sent (contract
     * section 2: nothing trimmed or replaced; {@link Text} refuses what may not be in it). Free text never carries
     * a card number ({@link #optionalText}).
     */
    public static String requiredText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "is required");
        }
        return optionalText(value, field, maxLength);
    }

    /**
     * A required text a customer sees as a name (orderName, the merchant's name): besides the text rule, no
     * bidirectional controls, which could make it read as something else on a receipt or in the payment window.
     */
    public static String requiredShownName(String value, String field, int maxLength) {
        String text = requiredText(value, field, maxLength);
        Text.refuseBidiControls(text, field);
        return text;
    }

    /**
     * An optional free text: null or empty becomes null, otherwise at most maxLength code points, and nothing that
     * looks like a card number (13..19 digits, spaces or dashes between them allowed, with a valid Luhn check
     * digit): a card number typed into an order name or a note would otherwise sit in clear in the database, the
     * exports and the logs.
     */
    public static String optionalText(String value, String field, int maxLength) {
        String text = optionalCode(value, field, maxLength);   // the text rule, once
        refuseCardNumberIn(text, field);
        return text;
    }

    /** Free text that is checked elsewhere for its form (metadata values): the text rule and the card-number rule. */
    public static void refuseCardNumber(String text, String field) {
        if (text != null) {
            Text.refuseForbidden(text, field);
        }
        refuseCardNumberIn(text, field);
    }

    private static void refuseCardNumberIn(String text, String field) {
        if (text != null && CardNumbers.foundIn(text)) {
            throw invalid(field, "must not contain a card number");
        }
    }

    /** A required code or number of a known format (order id, account or business number): no free-text check. */
    public static String requiredCode(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "is required");
        }
        return optionalCode(value, field, maxLength);
    }

    private static String optionalCode(String value, String field, int maxLength) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        Text.refuseForbidden(value, field);
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw invalid(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    /** An absolute http(s) URL, e.g. where the payment window sends the customer back. */
    public static String requiredUrl(String value, String field) {
        String url = requiredCode(value, field, 1000);
        if (!url.matches("https?://[^\\s]+")) {
            throw invalid(field, "must be an absolute http(s) URL");
        }
        return url;
    }

    public static String requiredEmail(String value, String field) {
        String email = requiredCode(value, field, 254);
        if (!EMAIL.matcher(email).matches()) {
            throw invalid(field, "must be an email address");
        }
        return email;
    }

    /** An optional text that, when present, must match the pattern entirely. */
    public static String optionalMatching(String value, String field, int maxLength, Pattern pattern, String expected) {
        String text = optionalCode(value, field, maxLength);
        if (text != null && !pattern.matcher(text).matches()) {
            throw invalid(field, "must be " + expected);
        }
        return text;
    }

    /** One of an enum's constants by exact name; the message lists the accepted ones. */
    public static <E extends Enum<E>> E requiredEnum(String value, String field, Class<E> type) {
        E parsed = optionalEnum(value, field, type);
        if (parsed == null) {
            throw invalid(field, "is required");
        }
        return parsed;
    }

    /** Null or blank is null; anything else must name one of the enum's constants exactly. */
    public static <E extends Enum<E>> E optionalEnum(String value, String field, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.trim())) {
                return constant;
            }
        }
        throw invalid(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    /** The {@code limit} of a list call (contract section 5): 1..100, 20 when absent. */
    public static int pageLimit(String value) {
        if (value == null || value.isBlank()) {
            return 20;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid("limit", "must be a number within 1..100");
        }
        if (limit < 1 || limit > 100) {
            throw invalid("limit", "must be within 1..100");
        }
        return limit;
    }

    /** A business date as the contract writes it: yyyy-MM-dd. */
    public static LocalDate requiredDate(String value, String field) {
        try {
            return LocalDate.parse(requiredText(value, field, 10));
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be yyyy-MM-dd");
        }
    }

    /** Null or blank is null; anything else an ISO-8601 time with its offset (2026-12-31T23:59:59+09:00). */
    public static java.time.Instant optionalTime(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be an ISO-8601 time with offset, e.g. 2026-12-31T23:59:59+09:00");
        }
    }

    public static PaygridException invalid(String field, String problem) {
        return new PaygridException(ErrorCode.INVALID_REQUEST, field + ": " + problem);
    }
}
