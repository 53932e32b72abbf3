package org.paygrid.console.merchant;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.paygrid.merchant.entity.Merchant;
import org.paygrid.shared.time.SeoulTime;

/** A merchant as one row of the console's table. */
public record MerchantRow(String id, String name, String businessNumber, String representative, String email,
                          String status, OffsetDateTime createdAt) implements Serializable {

    static MerchantRow of(Merchant m) {
        return new MerchantRow(m.id(), m.name(), m.businessNumber().formatted(), m.representative(), m.email(),
                m.status().name(), SeoulTime.of(m.createdAt()));
    }
}
