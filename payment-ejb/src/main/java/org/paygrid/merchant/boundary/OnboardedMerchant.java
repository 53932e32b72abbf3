package org.paygrid.merchant.boundary;

import java.util.List;
import org.paygrid.merchant.control.KeyIssuer.IssuedKey;
import org.paygrid.merchant.entity.Merchant;

/** A merchant just created, with its keys in clear: the only moment the secret key is known. */
public record OnboardedMerchant(Merchant merchant, List<IssuedKey> issuedKeys) {
}
