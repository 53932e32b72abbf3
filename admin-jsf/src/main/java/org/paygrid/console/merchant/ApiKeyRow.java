package org.paygrid.console.merchant;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.paygrid.merchant.entity.ApiKey;
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.shared.Mode;
import org.paygrid.shared.time.SeoulTime;

/** A key as staff may see it again: client keys whole (they are public), secret keys only as a masked hint. */
public record ApiKeyRow(long id, Mode mode, ApiKeyKind kind, String display, String status, boolean active,
                        OffsetDateTime createdAt) implements Serializable {

    static ApiKeyRow of(ApiKey key) {
        return new ApiKeyRow(key.id(), key.mode(), key.kind(), key.display(), key.status().name(), key.active(),
                SeoulTime.of(key.createdAt()));
    }
}
