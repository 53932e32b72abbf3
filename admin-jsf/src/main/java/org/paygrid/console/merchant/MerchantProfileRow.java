package org.paygrid.console.merchant;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.paygrid.merchant.entity.Merchant;
import org.paygrid.merchant.entity.MerchantStatus;
import org.paygrid.shared.time.SeoulTime;

/** What the merchant detail screen shows of the merchant itself. */
public record MerchantProfileRow(String id, String name, String businessNumber, String representative, String email,
                                 String phone, String websiteUrl, MerchantStatus status, OffsetDateTime createdAt,
                                 OffsetDateTime updatedAt) implements Serializable {

    static MerchantProfileRow of(Merchant m) {
        return new MerchantProfileRow(m.id(), m.name(), m.businessNumber().formatted(), m.representative(), m.email(),
                m.phone(), m.websiteUrl(), m.status(), SeoulTime.of(m.createdAt()), SeoulTime.of(m.updatedAt()));
    }

    /** Open to a review decision (the lifecycle in {@link MerchantStatus} still has the last word). */
    public boolean reviewable() {
        return status == MerchantStatus.APPLIED || status == MerchantStatus.UNDER_REVIEW;
    }
}
