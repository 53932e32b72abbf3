package org.paygrid.fds.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.fds.control.CardFingerprints;
import org.paygrid.fds.control.EffectiveRule;
import org.paygrid.fds.control.RuleBook;
import org.paygrid.fds.control.RuleEvaluator;
import org.paygrid.fds.control.RulePreview;
import org.paygrid.fds.control.SeenCharge;
import org.paygrid.fds.entity.FdsRule;
import org.paygrid.fds.entity.RuleMode;
import org.paygrid.fds.entity.RuleOverride;
import org.paygrid.fds.entity.RuleParams;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.time.SeoulTime;

/** The rules as risk staff tune them: every change kept with who made it, and written to the audit log. */
@Stateless
public class FdsRules {

    static final String AUDIT_TARGET = "FDS_RULE";

    /** A preview replays the charges of this long before now, at most {@link #PREVIEW_LIMIT} of them. */
    static final Duration PREVIEW_PERIOD = Duration.ofHours(24);
    static final int PREVIEW_LIMIT = 200_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AuditLog auditLog;

    @Inject
    CardFingerprints fingerprints;

    @Inject
    RuleBook ruleBook;

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
        ruleBook.changed();
        RuleView after = RuleView.of(rule);
        auditLog.record(actor, "FDS_RULE_CHANGED", AUDIT_TARGET, ruleId, describe(before), describe(after));
        return after;
    }

    /** Sets one merchant's own version of a rule (e.g. a higher amount threshold). */
    public RuleView changeFor(String merchantId, String ruleId, boolean enabled, RuleMode mode, JsonObject params,
                              String actor) {
        FdsRule rule = rule(ruleId);
        Instant now = clock.instant();
        RuleOverride existing = override(ruleId, merchantId, LockModeType.PESSIMISTIC_WRITE);
        RuleOverride own = existing == null ? new RuleOverride(rule, merchantId) : existing;
        String before = existing == null ? describe(RuleView.of(rule)) : describe(RuleView.of(rule, own));
        var change = own.change(rule, enabled, mode, parse(rule, params), actor, now);
        if (existing == null) {
            em.persist(own);
        }
        em.persist(change);
        ruleBook.changed();
        RuleView after = RuleView.of(rule, own);
        auditLog.record(actor, "FDS_RULE_CHANGED", AUDIT_TARGET, ruleId + "@" + merchantId, before, describe(after));
        return after;
    }

    /**
     * Replays the last 24 hours' screened charges through the rule as it is and as proposed, without changing it:
     * for every merchant without a version of its own, or for one merchant ({@code merchantId}).
     */
    public RulePreviewView preview(String ruleId, String merchantId, boolean enabled, RuleMode mode,
                                   JsonObject params) {
        FdsRule rule = rule(ruleId);
        RuleOverride own = merchantId == null ? null : override(ruleId, merchantId, LockModeType.NONE);
        EffectiveRule current = EffectiveRule.of(rule, own);
        EffectiveRule proposed = new EffectiveRule(ruleId, rule.kind(), enabled, mode, parse(rule, params));
        Instant to = clock.instant();
        Instant from = to.minus(PREVIEW_PERIOD);
        RuleEvaluator.ListLookup lists = ruleBook.current().lists(to);
        RulePreview before = new RulePreview(current, from, fingerprints::of, lists);
        RulePreview after = new RulePreview(proposed, from, fingerprints::of, lists);
        Instant since = from.minus(max(RulePreview.lookBehind(current), RulePreview.lookBehind(proposed)));
        var query = em.createQuery("select new org.paygrid.fds.control.SeenCharge(s.merchantId, s.mode, s.method, "
                        + "s.amount, s.cardFingerprint, s.cardBin, s.customerEmail, s.customerIp, s.screenedAt) "
                        + "from Screening s where s.screenedAt >= :since and s.screenedAt < :to "
                        + (merchantId != null ? "and s.merchantId = :merchant "
                        : "and s.merchantId not in (select o.merchantId from RuleOverride o where o.ruleId = :rule) ")
                        + "order by s.screenedAt", SeenCharge.class)
                .setParameter("since", since).setParameter("to", to).setMaxResults(PREVIEW_LIMIT + 1);
        if (merchantId != null) {
            query.setParameter("merchant", merchantId);
        } else {
            query.setParameter("rule", ruleId);
        }
        long replayed = 0;
        try (var screenings = query.getResultStream()) {
            for (var it = screenings.iterator(); it.hasNext() && replayed < PREVIEW_LIMIT; replayed++) {
                SeenCharge charge = it.next();
                before.replay(charge);
                after.replay(charge);
            }
        }
        return new RulePreviewView(ruleId, merchantId, SeoulTime.of(from), SeoulTime.of(to), after.counted(),
                before.figures(), after.figures(), replayed >= PREVIEW_LIMIT);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The merchant's own version of the rule, or null. */
    private RuleOverride override(String ruleId, String merchantId, LockModeType lock) {
        return em.createQuery("select o from RuleOverride o where o.ruleId = :r and o.merchantId = :m",
                        RuleOverride.class).setParameter("r", ruleId).setParameter("m", merchantId).setLockMode(lock)
                .getResultStream().findFirst().orElse(null);
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
