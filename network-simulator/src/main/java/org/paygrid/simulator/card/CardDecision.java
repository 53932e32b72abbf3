package org.paygrid.simulator.card;

import java.time.YearMonth;

/**
 * What the network decides about an authorization request, before touching its books: the test cards of the
 * platform's contract (section 10) and the card rules every network applies. A pure function, so it is tested alone.
 */
public final class CardDecision {

    static final String SLOW_CARD = "4000000000000259";
    /** Not a card of the contract: the test network's way to show an attempt that reaches it late (tests only). */
    static final String LATE_CARD = "4000000000000267";
    static final long INSTALLMENT_MINIMUM = 50_000;

    private CardDecision() {
    }

    public sealed interface Outcome {
    }

    /** The request is malformed: nothing is recorded. */
    public record Invalid(String code, String message) implements Outcome {
    }

    /** The network itself fails before charging: nothing is recorded. */
    public record ProviderError() implements Outcome {
    }

    /** The card company says no: recorded, so a replay answers the same. */
    public record Decline(String code, String message) implements Outcome {
    }

    /** Approved, answered at once or held back (see {@link Hold}). */
    public record Approve(BinTable.Issuer issuer, boolean interestFree, Hold hold) implements Outcome {
    }

    /** How the network holds an approval back. */
    public enum Hold {
        /** Booked and answered at once. */
        NONE,
        /** Booked at once, answered late: the caller times out and must ask (the slow card). */
        ANSWER,
        /**
         * Booked late, as a request stuck in the network's queue would be: the caller times out, finds nothing
         * when it asks, and must reverse the attempt before it gives up on it (the late card).
         */
        ARRIVAL
    }

    private static Hold holdOf(String card) {
        return SLOW_CARD.equals(card) ? Hold.ANSWER : LATE_CARD.equals(card) ? Hold.ARRIVAL : Hold.NONE;
    }

    public static Outcome decide(CardRequest request, YearMonth today) {
        if (request == null || blank(request.reference()) || request.amount() == null || request.amount() < 1
                || request.expiryYear() == null || request.expiryMonth() == null) {
            return new Invalid("INVALID_REQUEST", "reference, cardNumber, expiry and a positive amount are required");
        }
        String card = request.cardNumber() == null ? "" : request.cardNumber();
        if (!card.matches("\\d{15,16}") || !Luhn.valid(card)) {
            return new Invalid("INVALID_CARD_NUMBER", "not a valid card number");
        }
        if (request.expiryMonth() < 1 || request.expiryMonth() > 12
                || YearMonth.of(request.expiryYear(), request.expiryMonth()).isBefore(today)) {
            return new Invalid("INVALID_CARD_EXPIRATION", "the card has expired");
        }
        int months = request.installmentMonths() == null ? 0 : request.installmentMonths();
        if (months < 0 || months == 1 || months > 12 || (months > 0 && request.amount() < INSTALLMENT_MINIMUM)) {
            return new Invalid("INVALID_INSTALLMENT", "installments are 2..12 months from 50,000");
        }
        return switch (card) {
            case "4000000000000119" -> new ProviderError();
            case "4000000000000002" -> new Decline("REJECT_CARD_COMPANY", "The card company declined the payment");
            case "4000000000009995" -> new Decline("NOT_ENOUGH_BALANCE", "Not enough balance or credit on the card");
            default -> new Approve(BinTable.issuerOf(card), months >= 2 && months <= 3, holdOf(card));
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
