package org.paygrid.webhook.entity;

/**
 * ACTIVE endpoints receive events. DISABLED: the endpoint answered 410 Gone (the receiver said it is gone for good).
 * DELETED: the merchant removed it; kept so that staff still see its deliveries.
 */
public enum EndpointStatus {
    ACTIVE,
    DISABLED,
    DELETED
}
