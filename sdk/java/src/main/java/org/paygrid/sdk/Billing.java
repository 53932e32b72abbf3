package org.paygrid.sdk;

import java.time.OffsetDateTime;

/** Automatic payments (자동결제): a card stored once as a billing key, charged later without the customer. */
public final class Billing {

    private final Transport transport;

    Billing(Transport transport) {
        this.transport = transport;
    }

    /** Stores a customer's card: the billing key to charge it with (Paygrid keeps the card, you keep the key). */
    public BillingKey authorizeCard(CardAuthorization card, String idempotencyKey) {
        return transport.post("/v1/billing/authorizations/card", card, idempotencyKey, BillingKey.class);
    }

    /** Charges the stored card: the payment, DONE, or an {@link ApiException} with the decline. */
    public Payment charge(String billingKey, Charge charge, String idempotencyKey) {
        return transport.post("/v1/billing/" + Transport.encode(billingKey), charge, idempotencyKey, Payment.class);
    }

    /**
     * Revokes the key for good (the stored card is erased); answers the key, REVOKED, or null when an earlier
     * attempt of this call revoked it and its answer was lost (the SDK's retry then finds no key).
     */
    public BillingKey revoke(String billingKey) {
        return transport.delete("/v1/billing/" + Transport.encode(billingKey), BillingKey.class);
    }

    /** The card to store for one customer; {@code customerKey} is your id of the customer, repeated on each charge. */
    public record CardAuthorization(String customerKey, String cardNumber, String cardExpirationYear,
                                    String cardExpirationMonth) {

        @Override
        public String toString() {   // never the card number in a log
            return "CardAuthorization[customerKey=" + customerKey + "]";
        }
    }

    /** One charge of a billing key. */
    public record Charge(String customerKey, long amount, String orderId, String orderName) {
    }

    /** A billing key: never the card, only its masked number. {@code status} ACTIVE or REVOKED. */
    public record BillingKey(String billingKey, String customerKey, String mode, String status, Card card,
                             OffsetDateTime authenticatedAt, OffsetDateTime revokedAt) {

        public record Card(String number) {
        }
    }
}
