package org.paygrid.payment.entity;

/** How the customer pays (contract section 4). */
public enum PaymentMethod {
    CARD,
    VIRTUAL_ACCOUNT,
    TRANSFER,
    MOBILE_PHONE,
    EASY_PAY
}
