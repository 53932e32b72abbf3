package org.paygrid.shared;

/** How personal numbers (phones, accounts, registration numbers) appear outside the database. */
public final class Masks {

    private Masks() {
    }

    /** First three and last four characters, the rest as asterisks: 010****5678. Short values are all masked. */
    public static String middle(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() < 8) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }
}
