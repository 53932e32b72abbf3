package org.paygrid.webhook.entity;

/** PENDING until one attempt is answered with a 2xx (DELIVERED) or the retry schedule is used up (FAILED). */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
