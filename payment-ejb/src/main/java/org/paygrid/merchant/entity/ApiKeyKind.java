package org.paygrid.merchant.entity;

/** Client keys are public (browser checkout); secret keys authenticate servers and are stored only as a hash. */
public enum ApiKeyKind {
    CLIENT("ck"),
    SECRET("sk");

    private final String prefix;

    ApiKeyKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
