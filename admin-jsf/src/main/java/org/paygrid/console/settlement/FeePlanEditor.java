package org.paygrid.console.settlement;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.ConsoleMessages;
import org.paygrid.settlement.boundary.FeePlanRequest;
import org.paygrid.settlement.boundary.FeePlanView;
import org.paygrid.settlement.boundary.FeePlans;

/**
 * A merchant's fee plan and its change (admin and finance), shown on the merchant page (admin) and on the
 * settlement screen's fee-plan page (finance, admin). The checks, the new plan's effective time and the audit entry
 * are {@link FeePlans#change}'s; this bean acts on whichever of the two screens it is shown on.
 */
@Named
@ViewScoped
public class FeePlanEditor implements Serializable {

    private static final Set<ConsoleScreen> SHOWN_ON = Set.of(ConsoleScreen.MERCHANTS, ConsoleScreen.SETTLEMENT);

    @EJB
    FeePlans feePlans;

    @Inject
    StaffSession staff;

    private String merchantId;
    private boolean loaded;
    private boolean defaultPlan;
    private OffsetDateTime effectiveFrom;
    private final Map<String, String> rates = new LinkedHashMap<>();
    private Long fixedFee;
    private Integer cycleDays;

    /** The fee-plan page's view action ({@code ?merchantId=}). */
    public void load() {
        if (merchantId == null || merchantId.isBlank()) {
            actor();
            ConsoleMessages.error(ConsoleMessages.text("merchant.notFound"));
            return;
        }
        open(merchantId);
    }

    /** The merchant page's view action, with the merchant it shows. */
    public void open(String merchant) {
        actor();
        this.merchantId = merchant;
        if (merchant == null || merchant.isBlank()) {
            return;   // the page says so already (the merchant page) or shows nothing (the fee-plan page)
        }
        refresh();
    }

    private void refresh() {
        FeePlanView plan = ConsoleMessages.attempt(() -> feePlans.current(merchantId));
        loaded = plan != null;
        rates.clear();
        if (plan != null) {
            rates.putAll(plan.rates());
            fixedFee = plan.fixedFee();
            cycleDays = plan.settlementCycleDays();
            defaultPlan = plan.isDefault();
            effectiveFrom = plan.effectiveFrom();
        }
    }

    public void save() {
        String actor = actor();
        FeePlanRequest request = new FeePlanRequest(new LinkedHashMap<>(rates), fixedFee, cycleDays);
        if (ConsoleMessages.attempt(() -> feePlans.change(merchantId, request, actor)) != null) {
            ConsoleMessages.info("feePlan.changed");
        }
        refresh();
    }

    /** Acts as the signed-in staff member on the screen this page belongs to, which must be one of two. */
    private String actor() {
        ConsoleScreen screen = ConsoleScreen.of(FacesContext.getCurrentInstance().getViewRoot().getViewId());
        if (!SHOWN_ON.contains(screen)) {
            throw new IllegalStateException("the fee plan is not edited on " + screen);
        }
        return staff.actorOn(screen);
    }

    public List<String> getMethods() {
        return new ArrayList<>(rates.keySet());
    }

    public String getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(String merchantId) {
        this.merchantId = merchantId;
    }

    /** False until the plan was read (and after a failed read): the section is then not shown. */
    public boolean isLoaded() {
        return loaded;
    }

    public boolean isDefaultPlan() {
        return defaultPlan;
    }

    public OffsetDateTime getEffectiveFrom() {
        return effectiveFrom;
    }

    public Map<String, String> getRates() {
        return rates;
    }

    public Long getFixedFee() {
        return fixedFee;
    }

    public void setFixedFee(Long fixedFee) {
        this.fixedFee = fixedFee;
    }

    public Integer getCycleDays() {
        return cycleDays;
    }

    public void setCycleDays(Integer cycleDays) {
        this.cycleDays = cycleDays;
    }
}
