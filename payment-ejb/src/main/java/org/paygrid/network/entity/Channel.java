package org.paygrid.network.entity;

/** Which network an authorization goes through; each payment method that is approved online has one. */
public enum Channel {
    CARD,
    EASY_PAY,
    TRANSFER,
    MOBILE_PHONE
}
