package org.paygrid.console.shared;

/** What a screen's optional text field holds: null when left blank, the text without surrounding blanks otherwise. */
public final class FormInput {

    private FormInput() {
    }

    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
