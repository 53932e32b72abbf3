package org.paygrid.shared.error;

/**
 * The stable error codes of the public contract (and the ones the server adds and documents).
 * Each code carries the HTTP status it answers with, so every adapter reports a rule's failure the same way.
 */
public enum ErrorCode {
    INVALID_REQUEST(400),
    INVALID_AMOUNT(400),
    INVALID_BUSINESS_NUMBER(400),
    INVALID_DOCUMENT(400),
    INVALID_CUSTOMER_KEY(400),
    INVALID_DEPOSIT_AMOUNT(400),
    /** Contract section 7: a webhook URL that would reach the platform or a private network. */
    INVALID_WEBHOOK_URL(400),
    INVALID_CARD_NUMBER(400),
    INVALID_CARD_EXPIRATION(400),
    INVALID_INSTALLMENT(400),
    NOT_CANCELABLE_AMOUNT(400),
    AMOUNT_MISMATCH(400),
    UNAUTHORIZED_KEY(401),
    UNAUTHORIZED(401),
    REJECT_CARD_COMPANY(402),
    NOT_ENOUGH_BALANCE(402),
    EXCEED_MAX_AMOUNT(402),
    FORBIDDEN_KEY(403),
    FORBIDDEN(403),
    /** Four-eyes refunds: the staff member who asked for a refund may not approve or reject it. */
    FORBIDDEN_SELF_APPROVAL(403),
    /** Four-eyes refunds: an automation client's service account is no second person. */
    FORBIDDEN_SERVICE_ACCOUNT_APPROVAL(403),
    /** Internal: a staff refund that needs a second person; answered as a 202 pending refund request. */
    REFUND_APPROVAL_REQUIRED(202),
    MERCHANT_NOT_ACTIVE(403),
    /** Contract section 11: fraud detection blocked the payment before the network saw it. */
    FDS_ERROR(403),
    NOT_FOUND(404),
    NOT_FOUND_MERCHANT(404),
    NOT_FOUND_API_KEY(404),
    NOT_FOUND_BILLING_KEY(404),
    NOT_FOUND_SETTLEMENT_RUN(404),
    NOT_FOUND_PAYMENT(404),
    NOT_FOUND_WEBHOOK(404),
    NOT_FOUND_EVENT(404),
    NOT_FOUND_WEBHOOK_DELIVERY(404),
    NOT_FOUND_REFUND_REQUEST(404),
    NOT_FOUND_FDS_RULE(404),
    NOT_FOUND_FDS_LIST_ENTRY(404),
    /** A review decision about a payment that is not waiting for one. */
    NOT_UNDER_REVIEW(409),
    /** A merchant's submission for review with a checklist item still missing or sent back. */
    ONBOARDING_INCOMPLETE(409),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    DUPLICATED_BUSINESS_NUMBER(409),
    INVALID_MERCHANT_STATUS(409),
    DUPLICATED_ORDER_ID(409),
    ALREADY_CANCELED_PAYMENT(409),
    NOT_CANCELABLE_PAYMENT(409),
    ALREADY_PROCESSED_PAYMENT(409),
    NOT_CONFIRMABLE_PAYMENT(409),
    NOT_WAITING_FOR_DEPOSIT(409),
    IDEMPOTENT_REQUEST_PROCESSING(409),
    /** More active webhook endpoints than a merchant may have in one mode. */
    WEBHOOK_LIMIT_EXCEEDED(409),
    /** A resend to an endpoint that was deleted or disabled (it answered 410 Gone). */
    WEBHOOK_NOT_ACTIVE(409),
    /** A refund request that was already approved, rejected or failed cannot be decided again. */
    NOT_PENDING_REFUND_REQUEST(409),
    /** A housekeeping run was asked for while one is under way on the same server. */
    HOUSEKEEPING_RUNNING(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    IDEMPOTENCY_KEY_REUSED(422),
    /** Sent to the merchant's failUrl when the customer leaves the payment window. */
    PAY_PROCESS_CANCELED(400),
    INTERNAL_ERROR(500),
    PROVIDER_ERROR(502),
    /** Rate limits: per API key or staff member, and per client address (Retry-After says when to retry). */
    TOO_MANY_REQUESTS(429),
    SERVICE_UNAVAILABLE(503),
    /** Live mode without a real acquirer connector (the simulator is test mode's): no live payment starts. */
    LIVE_ACQUIRER_NOT_CONFIGURED(503),
    ACQUIRER_TIMEOUT(504);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
