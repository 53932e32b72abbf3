package org.paygrid.console.fds;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.ConsoleMessages;
import org.paygrid.fds.boundary.FdsRules;
import org.paygrid.fds.boundary.RulePreviewView;
import org.paygrid.fds.boundary.RuleView;
import org.paygrid.fds.entity.RuleMode;
import org.paygrid.shared.json.JsonObjects;

/**
 * The fraud rules (risk, admin): every rule's default and the merchants' own versions; one rule edited at a time
 * (on or off, enforced or in shadow, its parameters), with a preview of what the setting would have done to the
 * last 24 hours' charges before it is saved. Parameters are checked by the rule's kind in {@link FdsRules}.
 */
@Named
@ViewScoped
public class RuleEditor implements Serializable {

    @EJB
    FdsRules rules;

    @Inject
    StaffSession staff;

    /** One parameter of the edited rule; numbers stay numbers. */
    public static final class Param implements Serializable {
        private final String name;
        private final boolean number;
        private String value;

        Param(String name, Object value) {
            this.name = name;
            this.number = value instanceof Number;
            this.value = String.valueOf(value);
        }

        public String getName() { return name; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
    }

    private List<RuleView> defaults = List.of();
    private List<RuleView> overrides = List.of();
    private String ruleId;
    private boolean enabled;
    private RuleMode mode;
    private List<Param> params = List.of();
    private RulePreviewView preview;

    @PostConstruct
    void read() {
        staff.actorOn(ConsoleScreen.FRAUD);
        refresh();
    }

    private void refresh() {
        List<RuleView> found = ConsoleMessages.attempt(rules::list);
        defaults = found == null ? List.of() : found;
        List<RuleView> own = ConsoleMessages.attempt(rules::overrides);
        overrides = own == null ? List.of() : own;
    }

    public void edit(RuleView rule) {
        staff.actorOn(ConsoleScreen.FRAUD);
        ruleId = rule.ruleId();
        enabled = rule.enabled();
        mode = RuleMode.valueOf(rule.mode());
        params = new ArrayList<>();
        rule.params().forEach((name, value) -> params.add(new Param(name, value)));
        preview = null;
    }

    public void preview() {
        staff.actorOn(ConsoleScreen.FRAUD);
        preview = ConsoleMessages.attempt(() -> rules.preview(ruleId, null, enabled, mode, paramsJson()));
    }

    public void save() {
        String actor = staff.actorOn(ConsoleScreen.FRAUD);
        RuleView saved = ConsoleMessages.attempt(() -> rules.change(ruleId, enabled, mode, paramsJson(), actor));
        if (saved != null) {
            ConsoleMessages.info("fraud.rule.saved", saved.ruleId(), String.valueOf(saved.version()));
            cancel();
            refresh();
        }
    }

    public void cancel() {
        ruleId = null;
        params = List.of();
        preview = null;
    }

    /** The form's parameters as the rule's kind reads them; a number field that is not one is sent as text (refused). */
    private jakarta.json.JsonObject paramsJson() {
        JsonObjectBuilder json = JsonObjects.builder();
        for (Param p : params) {
            String value = p.value == null ? "" : p.value.strip();
            if (p.number && value.matches("-?\\d{1,18}")) {
                json.add(p.name, Long.parseLong(value));
            } else if (!value.isEmpty()) {
                json.add(p.name, value);
            }
        }
        return json.build();
    }

    public List<RuleMode> getModes() {
        return List.of(RuleMode.values());
    }

    public List<RuleView> getDefaults() { return defaults; }
    public List<RuleView> getOverrides() { return overrides; }
    public String getRuleId() { return ruleId; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public RuleMode getMode() { return mode; }
    public void setMode(RuleMode mode) { this.mode = mode; }
    public List<Param> getParams() { return params; }
    public RulePreviewView getPreview() { return preview; }
}
