package org.paygrid.console.merchant;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.paygrid.merchant.entity.MerchantReview;
import org.paygrid.shared.time.SeoulTime;

/** A past review decision with the checklist as it stood then. */
public record ReviewRow(String decision, String note, String checklist, String reviewer, OffsetDateTime decidedAt)
        implements Serializable {

    static ReviewRow of(MerchantReview review) {
        return new ReviewRow(review.decision().name(), review.note(), review.checklist(), review.reviewer(),
                SeoulTime.of(review.decidedAt()));
    }
}
