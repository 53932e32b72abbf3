package org.paygrid.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What benchmarks and tests need of JSON text: a top-level member's value, and a string written exactly. */
public final class Json {

    private Json() {
    }

    /** The first member called {@code name}: a string's content, or a number or literal as written. */
    public static String field(String json, String name) {
        // possessive runs, not an alternation per character: a long value (a token) must not recurse per character
        Matcher member = Pattern.compile("\"" + Pattern.quote(name)
                        + "\"\\s*:\\s*(?:\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"|([^\\s,}\\]]++))")
                .matcher(json);
        if (!member.find()) {
            throw new IllegalStateException("no member " + name + " in " + json);
        }
        return member.group(1) != null ? member.group(1) : member.group(2);
    }

    /** A JSON string with everything outside printable ASCII escaped, so that even a lone surrogate travels as sent. */
    public static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7F) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
