package org.paygrid.console.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.audit.entity.AuditEntry;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.FormInput;

/**
 * The audit log screen (admin), read-only: newest first, optionally for one target type and id, paged backwards
 * by the last id seen. There is nothing here to change an entry with, and the log itself has no such path.
 */
@Named
@ViewScoped
public class AuditList implements Serializable {

    private static final int PAGE = 50;

    /** The target types the boundaries write today. */
    private static final List<String> TARGET_TYPES = List.of("MERCHANT", "PAYMENT", "WEBHOOK_DELIVERY");

    @EJB
    AuditLog auditLog;

    @Inject
    StaffSession staff;

    private String targetType;
    private String targetId;
    private final List<AuditRow> rows = new ArrayList<>();
    private boolean moreAvailable;

    @PostConstruct
    void firstPage() {
        staff.actorOn(ConsoleScreen.AUDIT);
        search();
    }

    public void search() {
        rows.clear();
        more();
    }

    /** The boundary answers one entry more than asked: that one only says another page exists. */
    public void more() {
        Long before = rows.isEmpty() ? null : rows.get(rows.size() - 1).id();
        List<AuditEntry> found = auditLog.search(FormInput.optional(targetType), FormInput.optional(targetId),
                before, PAGE);
        moreAvailable = found.size() > PAGE;
        found.stream().limit(PAGE).map(AuditRow::of).forEach(rows::add);
    }

    public List<String> getTargetTypes() {
        return TARGET_TYPES;
    }

    public List<AuditRow> getRows() {
        return rows;
    }

    public boolean isMoreAvailable() {
        return moreAvailable;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public void setTargetId(String targetId) {
        this.targetId = targetId;
    }
}
