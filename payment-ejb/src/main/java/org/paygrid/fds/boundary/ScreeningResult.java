package org.paygrid.fds.boundary;

import java.util.List;
import org.paygrid.fds.entity.FdsDecision;

/** The enforced decision and the enforced rules that fired (what the merchant sees; shadow rules are staff's). */
public record ScreeningResult(FdsDecision decision, List<String> rules) {
}
