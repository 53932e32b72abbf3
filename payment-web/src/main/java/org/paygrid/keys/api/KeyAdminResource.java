package org.paygrid.keys.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.security.StaffApi;
import org.paygrid.api.security.StaffRoles;
import org.paygrid.keys.boundary.KeyRotation;
import org.paygrid.keys.boundary.KeyStatus;
import org.paygrid.keys.entity.KeyPurpose;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/** Encryption keys for operators: which key seals each purpose, how many values each key holds, and re-sealing. */
@StaffApi
@Path("/admin/keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Keys (staff)")
@SecurityRequirement(name = "keycloak")
public class KeyAdminResource {

    @EJB
    KeyRotation rotation;

    @Context
    SecurityContext security;

    @GET
    @StaffRoles("admin")
    @Operation(operationId = "getKeyStatus",
            summary = "Key status", description = "Per purpose (card, webhook-secret, merchant-document): the "
            + "active key id, every configured key id, and how many sealed values each key id holds. Never key material.")
    public List<KeyStatus> status() {
        return rotation.status();
    }

    @POST
    @Path("/{purpose}/reseal")
    @StaffRoles("admin")
    @Operation(operationId = "resealKeys",
            summary = "Re-seal under the active key", description = "After a new key was listed first for the "
            + "purpose and every server restarted with it: re-seals every value sealed under an older key, in short "
            + "transactions while the platform runs. Answers the purpose's status afterwards; when no value is left "
            + "under an old key, that key can be removed from the configuration. Audited.")
    public KeyStatus reseal(@PathParam("purpose") String purpose) {
        KeyPurpose known = KeyPurpose.ofConfigName(purpose).orElseThrow(() -> new PaygridException(
                ErrorCode.NOT_FOUND, "No key purpose " + purpose + " (card, webhook-secret, merchant-document)"));
        return rotation.reseal(known, security.getUserPrincipal().getName());
    }
}
