package org.paygrid.mail.boundary;

import java.util.Objects;

/** The words of one e-mail, plain text (no tracking, no remote images; it reads the same in every client). */
public record ComposedMail(String subject, String text) {

    public ComposedMail {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
    }
}
