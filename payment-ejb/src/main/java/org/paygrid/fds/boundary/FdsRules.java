package org.paygrid.fds.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.fds.entity.FdsRule;
import org.paygrid.fds.entity.RuleMode;
import org.paygrid.fds.entity.RuleOverride;
import org.paygrid.fds.entity.RuleParams;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/** The rules as risk staff tune them: every change kept with who made it, and written to the audit log. */
@Stateless
public class FdsRules {

    static final String AUDIT_TARGET = "FDS_RULE";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AuditLog auditLog;

    public List<RuleView> list() {
        return em.createQuery("select r from FdsRule r order by r.ruleId", FdsRule.class).getResultList().stream()
                .map(RuleView::of).toList();
    }

    /** The merchants' own versions of the rules, by rule then merchant. */
    public List<RuleView> overrides() {
        return em.createQuery("select o from RuleOverride o order by o.ruleId, o.merchantId", RuleOverride.class)
                .getResultList().stream().map(o -> RuleView.of(rule(o.ruleId()), o)).toList();
    }

    /** Changes a rule's default (every merchant without a version of its own). */
    public RuleView change(String ruleId, boolean enabled, RuleMode mode, JsonObject params, String actor) {
        FdsRule rule = em.find(FdsRule.class, ruleId, LockModeType.PESSIMISTIC_WRITE);
        if (rule == null) {
            throw notFound(ruleId);
        }
        RuleView before = RuleView.of(rule);
        em.persist(rule.change(enabled, mode, parse(rule, params), actor, clock.instant()));
        RuleView after = RuleView.of(rule);
        auditLog.record(actor, "FDS_RULE_CHANGED", AUDIT_TARGET, ruleId, describe(before), describe(after));
        return after;
    }

    /** Sets one merchant's own version of a rule (e.g. a higher amount threshold). */
    public RuleView changeFor(String merchantId, String ruleId, boolean enabled, RuleMode mode, JsonObject params,
                              String actor) {
        FdsRule rule = rule(ruleId);
        Instant now = clock.instant();
        List<RuleOverride> existing = em.createQuery(
                        "select o from RuleOverride o where o.ruleId = :r and o.merchantId = :m", RuleOverride.class)
                .setParameter("r", ruleId).setParameter("m", merchantId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        RuleOverride own = existing.isEmpty() ? new RuleOverride(rule, merchantId) : existing.get(0);
        String before = existing.isEmpty() ? describe(RuleView.of(rule)) : describe(RuleView.of(rule, own));
        var change = own.change(rule, enabled, mode, parse(rule, params), actor, now);
        if (existing.isEmpty()) {
            em.persist(own);
        }
        em.persist(change);
        RuleView after = RuleView.of(rule, own);
        auditLog.record(actor, "FDS_RULE_CHANGED", AUDIT_TARGET, ruleId + "@" + merchantId, before, describe(after));
        return after;
    }

    private FdsRule rule(String ruleId) {
        FdsRule rule = em.find(FdsRule.class, ruleId);
        if (rule == null) {
            throw notFound(ruleId);
        }
        return rule;
    }

    private static RuleParams parse(FdsRule rule, JsonObject params) {
        try {
            return RuleParams.parse(rule.kind(), params);
        } catch (IllegalArgumentException e) {
            throw new PaygridException(ErrorCode.INVALID_REQUEST, "params: " + e.getMessage());
        }
    }

    private static String describe(RuleView rule) {
        return "enabled=" + rule.enabled() + " mode=" + rule.mode() + " params=" + rule.params();
    }

    private static PaygridException notFound(String ruleId) {
        return new PaygridException(ErrorCode.NOT_FOUND_FDS_RULE, "No fraud detection rule " + ruleId);
    }
}
