package org.paygrid.simulator.card;

/** The Luhn (mod 10) check every card number carries in its last digit. */
public final class Luhn {

    private Luhn() {
    }

    public static boolean valid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
