package org.paygrid.fds.boundary;

import java.time.OffsetDateTime;
import org.paygrid.fds.control.RulePreview;

/**
 * What a rule change would have done to the charges screened from {@code from} to {@code to} (the last 24 hours):
 * {@code screened} charges of the merchants the rule applies to, what the rule as it is did to them ({@code current})
 * and what the proposed setting would have done ({@code proposed}). {@code truncated} when there were more charges
 * than one preview replays, and only the oldest were.
 */
public record RulePreviewView(String ruleId, String merchantId, OffsetDateTime from, OffsetDateTime to,
                              long screened, RulePreview.Figures current, RulePreview.Figures proposed,
                              boolean truncated) implements java.io.Serializable {
}
