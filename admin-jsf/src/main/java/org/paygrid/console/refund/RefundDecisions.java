package org.paygrid.console.refund;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.ConsoleMessages;
import org.paygrid.payment.boundary.PaymentView;
import org.paygrid.payment.boundary.RefundApprovals;
import org.paygrid.payment.boundary.RefundRequestView;

/**
 * Approving or rejecting a four-eyes refund request, from the pending list or the transaction page (support,
 * admin). The rule (a different staff member, a pending request) and the audit entries are
 * {@link RefundApprovals}'; the screen is the one the decision is posted from.
 */
@Named
@RequestScoped
public class RefundDecisions {

    @EJB
    RefundApprovals approvals;

    @Inject
    StaffSession staff;

    /** Answers true when the refund was executed. */
    public boolean approve(ConsoleScreen screen, RefundRequestView request) {
        String actor = staff.actorOn(screen);
        PaymentView after = ConsoleMessages.attempt(() -> approvals.approve(actor, false /* a person signed in to the console */, request.id()));
        if (after != null) {
            ConsoleMessages.info("refundRequest.approved", String.valueOf(request.id()),
                    String.format("%,d", after.payment().balanceAmount()));
        }
        return after != null;
    }

    public boolean reject(ConsoleScreen screen, RefundRequestView request, String note) {
        String actor = staff.actorOn(screen);
        if (note == null || note.isBlank()) {
            ConsoleMessages.error(ConsoleMessages.text("refundRequest.note.required"));
            return false;
        }
        RefundRequestView rejected = ConsoleMessages.attempt(() -> approvals.reject(actor, request.id(), note));
        if (rejected != null) {
            ConsoleMessages.info("refundRequest.rejected", String.valueOf(request.id()));
        }
        return rejected != null;
    }

    /** Whether the signed-in staff member may decide: anyone but the requester (the boundary checks again). */
    public boolean mayDecide(RefundRequestView request) {
        return "PENDING".equals(request.status()) && !request.requestedBy().equals(staff.getUsername());
    }
}
