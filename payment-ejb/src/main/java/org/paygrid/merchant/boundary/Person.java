package org.paygrid.merchant.boundary;

import java.util.Objects;

/**
 * Someone signed in to the merchant dashboard, as the merchant realm vouches for them.
 *
 * @param subject the realm's stable id of the person
 * @param emailVerified whether the realm has checked that the address is theirs (an invitation to the address is
 *                      theirs only then)
 */
public record Person(String subject, String email, boolean emailVerified) {

    public Person {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(email, "email");
    }

    /** How the audit log names a merchant's member, beside staff user names. */
    public String actor() {
        return "member:" + email;
    }
}
