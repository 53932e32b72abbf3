package org.paygrid.merchant.entity;

/** An API key (by its hash) or a merchant changed, so what authentication kept of it is out of date. */
public record CredentialChanged(String keyHash, String merchantId) {
}
