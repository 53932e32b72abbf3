package org.paygrid.network.boundary;

import org.paygrid.network.entity.Channel;

/**
 * The payment connector SPI: what the platform asks of a network that approves payments online: a card network
 * (VAN / card company), an easy-pay wallet, a bank's transfer service or a carrier. Implementations never throw
 * for network trouble; they answer {@code Unknown} and leave the decision to the caller.
 */
public interface PaymentNetwork {

    AuthorizationOutcome authorize(AuthorizationRequest request);

    /** Asks what became of an authorization attempt (after a timeout, or for reconciliation). */
    AuthorizationOutcome inquire(Channel channel, String reference);

    /**
     * Reverses an attempt the network has not received (망취소): the network books the reversal under the attempt's
     * reference, so the attempt is refused if it arrives later, and answers {@code Failed}; or, if the attempt arrived
     * first, answers its outcome as an inquiry would. {@code Unknown} when there was no answer: nothing is decided.
     * Giving up on an attempt without this would leave a late arrival approved at the network and failed here.
     */
    AuthorizationOutcome reverseUnreceived(Channel channel, String reference, long amount);

    /** Cancels part or all of an approved authorization; idempotent on {@code cancelReference}. */
    CancelOutcome cancel(Channel channel, String reference, String cancelReference, long amount);

    /** The means and the money of one authorization attempt; {@code reference} makes retries safe. */
    record AuthorizationRequest(String reference, Instrument instrument, long amount, String currency) {
        @Override
        public String toString() {
            return "AuthorizationRequest[" + reference + ", " + instrument.channel() + ", " + amount + " " + currency + "]";
        }
    }

    /** What the customer pays with. */
    sealed interface Instrument {
        Channel channel();
    }

    record CardInstrument(String cardNumber, int expiryYear, int expiryMonth, int installmentMonths)
            implements Instrument {
        @Override
        public Channel channel() {
            return Channel.CARD;
        }

        @Override
        public String toString() {
            return "CardInstrument[" + cardNumber.substring(0, 6) + "******]";
        }
    }

    /**
     * A wallet, bank account or phone line at a provider: {@code provider} is the wallet (KAKAOPAY...), the bank
     * code or the carrier; {@code customerId} the customer's phone number or account number there.
     */
    record AccountInstrument(Channel channel, String provider, String customerId) implements Instrument {
    }

    sealed interface AuthorizationOutcome {
    }

    /** Approved; the card fields are null for the other channels. */
    record Approved(String approveNo, String issuerCode, String acquirerCode, String cardType, int installmentMonths,
                    boolean interestFree, long amount) implements AuthorizationOutcome {
    }

    /** The card company said no; nothing was charged. */
    record Declined(String code, String message) implements AuthorizationOutcome {
    }

    /** The network answered that it failed before charging. */
    record Failed(String code, String message) implements AuthorizationOutcome {
    }

    /** On inquiry: the network has no such attempt (yet); it may still arrive, or never have been sent. */
    record NotReceived(String reason) implements AuthorizationOutcome {
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
