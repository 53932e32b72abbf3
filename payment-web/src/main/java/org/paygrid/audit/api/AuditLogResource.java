package org.paygrid.audit.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.security.StaffApi;
import org.paygrid.api.security.StaffRoles;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.audit.entity.AuditEntry;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.time.SeoulTime;

/** The audit trail of staff actions, read-only: there is no path that changes or removes an entry. */
@StaffApi
@Path("/admin/audit-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log (staff)")
@SecurityRequirement(name = "keycloak")
public class AuditLogResource {

    @EJB
    AuditLog auditLog;

    public record Entry(long id, OffsetDateTime occurredAt, String actor, String action, String targetType,
                        String targetId, String before, String after) {
        static Entry of(AuditEntry e) {
            return new Entry(e.id(), SeoulTime.of(e.occurredAt()), e.actor(), e.action(), e.targetType(),
                    e.targetId(), e.beforeState(), e.afterState());
        }
    }

    public record EntryPage(List<Entry> items, String nextCursor) {
    }

    @GET
    @StaffRoles("admin")
    @Operation(operationId = "searchAuditLog",
            summary = "Audit entries, newest first",
            description = "Filter by targetType (e.g. MERCHANT, PAYMENT) and targetId; page with nextCursor.")
    public EntryPage search(@QueryParam("targetType") String targetType, @QueryParam("targetId") String targetId,
                            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = limit == null ? 20 : parse(limit, "limit");
        if (size < 1 || size > 100) {
            throw RequestChecks.invalid("limit", "must be 1..100");
        }
        List<AuditEntry> found = auditLog.search(RequestChecks.optionalText(targetType, "targetType", 40),
                RequestChecks.optionalText(targetId, "targetId", 64),
                cursor == null ? null : (long) parse(cursor, "cursor"), size);
        List<Entry> items = found.stream().limit(size).map(Entry::of).toList();
        String next = found.size() > size ? String.valueOf(items.get(items.size() - 1).id()) : null;
        return new EntryPage(items, next);
    }

    private static int parse(String value, String field) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw RequestChecks.invalid(field, "must be a number");
        }
    }
}
