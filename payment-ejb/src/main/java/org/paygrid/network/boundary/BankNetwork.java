package org.paygrid.network.boundary;

import java.time.Instant;

/**
 * The bank connector SPI for virtual accounts (가상계좌): open an account for a payment, ask about it, close it when
 * the payment expires, send a refund; in test mode also the customer's deposit. Like {@link PaymentNetwork},
 * trouble on the wire answers {@code Unknown}-style outcomes, never an exception.
 */
public interface BankNetwork {

    AccountOutcome open(String reference, String bankCode, String holderName, long amount, Instant dueAt);

    AccountOutcome inquire(String reference);

    /** Closes an open account; a deposited account stays deposited and is answered as such. */
    AccountOutcome close(String reference);

    /** Test mode: the customer's transfer into the account (the bank refuses any amount but the exact one). */
    AccountOutcome deposit(String reference, long amount);

    RefundOutcome refund(String refundReference, String reference, long amount, RefundAccount to);

    /** Where refunded money goes: the customer's own account. */
    record RefundAccount(String bankCode, String accountNumber, String holderName) {
    }

    /** An account as the bank sees it; {@code depositId} is set once the customer paid. */
    record Account(String bankCode, String accountNumber, Instant dueAt, String status, String depositId,
                   Instant depositedAt) {
        public boolean deposited() {
            return depositId != null;
        }
    }

    sealed interface AccountOutcome {
    }

    record Opened(Account account) implements AccountOutcome {
    }

    record Refused(String code, String message) implements AccountOutcome {
    }

    record NoAnswer(String reason) implements AccountOutcome {
    }

    sealed interface RefundOutcome {
    }

    record Refunded() implements RefundOutcome {
    }

    record RefundRefused(String code, String message) implements RefundOutcome {
    }

    record RefundUnknown(String reason) implements RefundOutcome {
    }
}
