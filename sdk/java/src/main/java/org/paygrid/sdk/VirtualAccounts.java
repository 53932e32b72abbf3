package org.paygrid.sdk;

/** Virtual accounts (가상계좌): an account issued for one payment, paid by the customer's bank transfer. */
public final class VirtualAccounts {

    private final Transport transport;

    VirtualAccounts(Transport transport) {
        this.transport = transport;
    }

    /**
     * Issues an account: a payment in WAITING_FOR_DEPOSIT whose {@code virtualAccount} says where and by when to pay.
     * A DEPOSIT_CALLBACK webhook tells you when the customer paid.
     */
    public Payment issue(IssueVirtualAccount account, String idempotencyKey) {
        return transport.post("/v1/virtual-accounts", account, idempotencyKey, Payment.class);
    }

    /**
     * Test keys only: the customer's bank deposits {@code amount} into the account (the bank refuses any other
     * amount than the payment's: {@code INVALID_DEPOSIT_AMOUNT}). Answers the payment, DONE.
     */
    public Payment sandboxDeposit(String paymentKey, long amount, String idempotencyKey) {
        record Deposit(long amount) {
        }
        return transport.post("/v1/sandbox/virtual-accounts/" + Transport.encode(paymentKey) + "/deposit",
                new Deposit(amount), idempotencyKey, Payment.class);
    }

    /** What {@link #issue} needs: {@code bank} is a two-digit bank code (04, 11, 20, 81, 88). */
    public record IssueVirtualAccount(String orderId, String orderName, long amount, String bank,
                                      String customerName, Integer validHours, String customerEmail) {

        public static IssueVirtualAccount of(String orderId, String orderName, long amount, String bank,
                                             String customerName) {
            return new IssueVirtualAccount(orderId, orderName, amount, bank, customerName, null, null);
        }
    }
}
