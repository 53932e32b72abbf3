package org.paygrid.merchant.boundary;

import org.paygrid.merchant.entity.ApiKey;

/** A key just issued by a roll: the stored record and, this once, the key in clear. */
public record RolledKey(ApiKey stored, String plaintext) {
}
