package org.paygrid.console.audit;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.paygrid.audit.entity.AuditEntry;
import org.paygrid.shared.time.SeoulTime;

/** One audit entry as a row: who did what to which target, and the state before and after. */
public record AuditRow(long id, OffsetDateTime occurredAt, String actor, String action, String targetType,
                       String targetId, String before, String after) implements Serializable {

    public static AuditRow of(AuditEntry entry) {
        return new AuditRow(entry.id(), SeoulTime.of(entry.occurredAt()), entry.actor(), entry.action(),
                entry.targetType(), entry.targetId(), entry.beforeState(), entry.afterState());
    }
}
