package org.paygrid.console.fds;

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
import org.paygrid.payment.boundary.FraudReviews;
import org.paygrid.payment.boundary.StaffRefund;
import org.paygrid.payment.entity.ReviewStatus;

/**
 * The fraud review queue (risk, admin): approved payments fraud detection sent to review, oldest first, with the
 * rules that fired and what the screen saw; each cleared (settled from the next run) or refunded in full, with a
 * note. The rules for both are {@link FraudReviews}'.
 */
@Named
@ViewScoped
public class FraudReviewQueue implements Serializable {

    private static final int LIMIT = 100;

    @EJB
    FraudReviews reviews;

    @Inject
    StaffSession staff;

    private List<FraudReviewRow> open = List.of();
    private String note;

    @PostConstruct
    void read() {
        staff.actorOn(ConsoleScreen.FRAUD);
        refresh();
    }

    public void refresh() {
        List<FraudReviews.ReviewItem> found = ConsoleMessages.attempt(() -> reviews.list(ReviewStatus.OPEN, LIMIT));
        open = found == null ? List.of() : found.stream().map(FraudReviewRow::of).toList();
    }

    public void clear(String paymentKey) {
        String actor = staff.actorOn(ConsoleScreen.FRAUD);
        if (noteMissing()) {
            return;
        }
        if (ConsoleMessages.attempt(() -> reviews.clear(paymentKey, note, actor)) != null) {
            ConsoleMessages.info("fraud.review.cleared", paymentKey);
            note = null;
        }
        refresh();
    }

    public void refund(String paymentKey) {
        String actor = staff.actorOn(ConsoleScreen.FRAUD);
        if (noteMissing()) {
            return;
        }
        StaffRefund done = ConsoleMessages.attempt(() -> reviews.refund(actor, paymentKey, note, null));
        if (done instanceof StaffRefund.Refunded) {
            ConsoleMessages.info("fraud.review.refunded", paymentKey);
            note = null;
        } else if (done instanceof StaffRefund.AwaitingApproval pending) {
            ConsoleMessages.info("refund.pending", String.valueOf(pending.request().id()));
            note = null;
        }
        refresh();
    }

    private boolean noteMissing() {
        if (note == null || note.isBlank()) {
            ConsoleMessages.error(ConsoleMessages.text("fraud.review.note.required"));
            return true;
        }
        return false;
    }

    public List<FraudReviewRow> getOpen() {
        return open;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
