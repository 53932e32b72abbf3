package org.paygrid.merchant.entity;

/** A revoked key is refused as if unknown. */
public enum ApiKeyStatus {
    ACTIVE,
    REVOKED
}
