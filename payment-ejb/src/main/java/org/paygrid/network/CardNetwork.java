package org.paygrid.network;

/**
 * The acquirer connector SPI: what the platform asks of a card network (VAN / card company). Implementations
 * never throw for network trouble; they answer {@code Unknown} and leave the decision to the caller.
 */
public interface CardNetwork {

    AuthorizationOutcome authorize(AuthorizationRequest request);

    /** Asks what became of an authorization attempt (after a timeout, or for reconciliation). */
    AuthorizationOutcome inquire(String reference);

    /** Cancels part or all of an approved authorization; idempotent on {@code cancelReference}. */
    CancelOutcome cancel(String reference, String cancelReference, long amount);

    /** The card and the money of one authorization attempt; {@code reference} makes retries safe. */
    record AuthorizationRequest(String reference, String cardNumber, int expiryYear, int expiryMonth, long amount,
                                String currency, int installmentMonths) {
        @Override
        public String toString() {
            return "AuthorizationRequest[" + reference + ", " + amount + " " + currency + "]";
        }
    }

    sealed interface AuthorizationOutcome {
    }

    record Approved(String approveNo, String issuerCode, String acquirerCode, String cardType, int installmentMonths,
                    boolean interestFree, long amount) implements AuthorizationOutcome {
    }

    /** The card company said no; nothing was charged. */
    record Declined(String code, String message) implements AuthorizationOutcome {
    }

    /** The network answered that it failed before charging (or, on inquiry, has no such attempt). */
    record Failed(String code, String message) implements AuthorizationOutcome {
    }

    /** No answer in time, or a broken connection: the attempt may or may not have been approved. */
    record Unknown(String reason) implements AuthorizationOutcome {
    }

    sealed interface CancelOutcome {
    }

    record Canceled(long remainingAmount) implements CancelOutcome {
    }

    record CancelRefused(String code, String message) implements CancelOutcome {
    }

    record CancelUnknown(String reason) implements CancelOutcome {
    }
}
