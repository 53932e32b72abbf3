package org.paygrid.shared.error;

/**
 * The contract's rule for text (section 2), in one place: what a text may not contain. Control characters
 * (U+0000..U+001F, U+007F..U+009F) would break headers, logs, CSV exports and terminals; an unpaired surrogate has no
 * UTF-8 form, so the database would store "?" instead; noncharacters are never text. What passes is kept exactly as
 * sent: nothing is trimmed, normalized or replaced.
 */
public final class Text {

    /**
     * The rule as a JSON Schema (ECMA-262) pattern, for the API document: the same ranges as {@link #forbidden}.
     * A pattern cannot name an unpaired surrogate, nor the noncharacters beyond U+FFFF; the server refuses those too.
     */
    public static final String PATTERN = "^[^\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$";

    /** {@link #PATTERN} for names customers see, without the bidirectional controls either. */
    public static final String SHOWN_NAME_PATTERN =
            "^[^\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$";

    private Text() {
    }

    /** The first code point the rule refuses, described for a person; null when the text may be kept as it is. */
    public static String forbidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint <= 0x1F || (codePoint >= 0x7F && codePoint <= 0x9F)) {
                return "a control character (" + name(codePoint) + ")";
            }
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {   // alone: a pair is one
                return "an unpaired surrogate (" + name(codePoint) + ")";
            }
            if ((codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE) {
                return "a noncharacter (" + name(codePoint) + ")";
            }
            i += Character.charCount(codePoint);
        }
        return null;
    }

    /** The bidirectional controls (U+202A..U+202E, U+2066..U+2069) that could reorder a name as it is shown. */
    public static boolean hasBidiControl(String text) {
        return text.codePoints().anyMatch(c -> (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }

    static void refuseForbidden(String text, String field) {
        String found = forbidden(text);
        if (found != null) {
            throw RequestChecks.invalid(field, "must not contain " + found);
        }
    }

    static void refuseBidiControls(String text, String field) {
        if (hasBidiControl(text)) {
            throw RequestChecks.invalid(field, "must not contain bidirectional control characters");
        }
    }

    private static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
