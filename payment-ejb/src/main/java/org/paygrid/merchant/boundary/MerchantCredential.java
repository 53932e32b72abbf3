package org.paygrid.merchant.boundary;

import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.merchant.entity.MerchantStatus;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/** Who is calling with an API key: the merchant, the key's mode and kind, and the merchant's status. */
public record MerchantCredential(String merchantId, Mode mode, ApiKeyKind kind, MerchantStatus merchantStatus) {

    /** Suspended and terminated merchants can still read, but never move money. */
    public void requireMayMoveMoney() {
        if (!merchantStatus.canMoveMoney()) {
            throw new PaygridException(ErrorCode.MERCHANT_NOT_ACTIVE,
                    "The merchant is " + merchantStatus + " and cannot move money");
        }
    }
}
