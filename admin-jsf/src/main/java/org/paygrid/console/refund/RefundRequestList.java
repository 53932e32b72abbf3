package org.paygrid.console.refund;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.ConsoleMessages;
import org.paygrid.payment.boundary.RefundApprovals;
import org.paygrid.payment.boundary.RefundRequestView;

/**
 * The pending refunds screen (support, admin): refunds above the approval limit waiting for a second staff member,
 * oldest first, each approved (executed at once) or rejected with a note.
 */
@Named
@ViewScoped
public class RefundRequestList implements Serializable {

    private static final int LIMIT = 100;

    @EJB
    RefundApprovals approvals;

    @Inject
    StaffSession staff;

    @Inject
    RefundDecisions decisions;

    private List<RefundRequestView> pending = List.of();
    private String note;

    @PostConstruct
    void read() {
        staff.actorOn(ConsoleScreen.REFUNDS);
        refresh();
    }

    public void refresh() {
        List<RefundRequestView> found = ConsoleMessages.attempt(() -> approvals.pending(LIMIT));
        pending = found == null ? List.of() : found;
    }

    public void approve(RefundRequestView request) {
        decisions.approve(ConsoleScreen.REFUNDS, request);
        refresh();
    }

    public void reject(RefundRequestView request) {
        if (decisions.reject(ConsoleScreen.REFUNDS, request, note)) {
            note = null;
        }
        refresh();
    }

    public long getLimitWon() {
        return approvals.limit().won();
    }

    public List<RefundRequestView> getPending() {
        return pending;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
