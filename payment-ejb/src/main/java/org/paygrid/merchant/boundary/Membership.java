package org.paygrid.merchant.boundary;

import org.paygrid.merchant.entity.MemberPermission;
import org.paygrid.merchant.entity.MemberRole;
import org.paygrid.merchant.entity.MerchantStatus;

/** A person's active place in one merchant, with what the merchant is now. */
public record Membership(String merchantId, String merchantName, MerchantStatus merchantStatus, MemberRole role) {

    public boolean may(MemberPermission permission) {
        return role.may(permission);
    }
}
