package org.paygrid.simulator.bank;

import java.time.Instant;

/** A virtual account as the bank books it: OPEN until deposited (DEPOSITED) or closed (CLOSED). */
public record BankAccount(String reference, String bankCode, String accountNumber, String holderName, long amount,
                          Instant dueAt, String status, String depositId, Instant depositedAt) {
}
