package org.paygrid.console.fds;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.ConsoleMessages;
import org.paygrid.console.shared.FormInput;
import org.paygrid.fds.boundary.Screenings;
import org.paygrid.fds.entity.FdsDecision;
import org.paygrid.shared.time.SeoulTime;

/** The decisions log (risk, admin): screened charges searched by payment, merchant, rule, decision and day. */
@Named
@ViewScoped
public class DecisionLog implements Serializable {

    private static final int LIMIT = 100;

    @EJB
    Screenings screenings;

    @Inject
    StaffSession staff;

    private String paymentKey;
    private String merchantId;
    private String ruleId;
    private FdsDecision decision;
    private LocalDate day;
    private List<DecisionRow> rows = List.of();

    @PostConstruct
    void read() {
        staff.actorOn(ConsoleScreen.FRAUD);
        search();
    }

    public void search() {
        staff.actorOn(ConsoleScreen.FRAUD);
        Screenings.Search search = new Screenings.Search(FormInput.optional(paymentKey),
                FormInput.optional(merchantId), FormInput.optional(ruleId), decision,
                day == null ? null : SeoulTime.startOf(day), day == null ? null : SeoulTime.startOf(day.plusDays(1)));
        var found = ConsoleMessages.attempt(() -> screenings.search(search, LIMIT));
        rows = found == null ? List.of() : found.stream().map(DecisionRow::of).toList();
    }

    public List<FdsDecision> getDecisions() {
        return List.of(FdsDecision.values());
    }

    public List<DecisionRow> getRows() { return rows; }
    public String getPaymentKey() { return paymentKey; }
    public void setPaymentKey(String paymentKey) { this.paymentKey = paymentKey; }
    public String getMerchantId() { return merchantId; }
    public void setMerchantId(String merchantId) { this.merchantId = merchantId; }
    public String getRuleId() { return ruleId; }
    public void setRuleId(String ruleId) { this.ruleId = ruleId; }
    public FdsDecision getDecision() { return decision; }
    public void setDecision(FdsDecision decision) { this.decision = decision; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
}
