package org.paygrid.merchant.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/admin/merchants/{id}/keys/roll}. */
@Schema(name = "ApiKeyRollRequest")
public record KeyRollRequest(
        @Schema(required = true, enumeration = {"test", "live"}) String mode,
        @Schema(description = "Default SECRET", enumeration = {"CLIENT", "SECRET"}) String kind) {
}
