package org.paygrid.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one thing a benchmark reads from a JSON answer: a top-level member's value, as text. */
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
}
