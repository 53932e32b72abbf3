package org.paygrid.merchant.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.merchant.boundary.RolledKey;
import org.paygrid.merchant.entity.ApiKey;
import org.paygrid.shared.time.SeoulTime;

/** One API key as staff see it: a secret key is whole only in the response that issued it. */
@Schema(name = "ApiKey")
public record ApiKeyResponse(Long id, String mode, String kind, String key, String status,
                             OffsetDateTime createdAt) {

    public static ApiKeyResponse stored(ApiKey key) {
        return new ApiKeyResponse(key.id(), key.mode().wireName(), key.kind().name(), key.display(),
                key.status().name(), SeoulTime.of(key.createdAt()));
    }

    public static ApiKeyResponse issued(RolledKey rolled) {
        ApiKey key = rolled.stored();
        return new ApiKeyResponse(key.id(), key.mode().wireName(), key.kind().name(), rolled.plaintext(),
                key.status().name(), SeoulTime.of(key.createdAt()));
    }
}
