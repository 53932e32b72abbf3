package org.paygrid.fds.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paygrid.fds.control.CardFingerprints;
import org.paygrid.fds.control.EffectiveRule;
import org.paygrid.fds.control.RuleEvaluator;
import org.paygrid.fds.control.VelocityCounts;
import org.paygrid.fds.entity.FdsRule;
import org.paygrid.fds.entity.RuleOverride;
import org.paygrid.fds.entity.RuleParams;
import org.paygrid.fds.entity.Screening;

/**
 * The screen every charge passes before the network is called (contract section 11), in the charge's own
 * transaction: the screening and its velocity counts commit or roll back with the attempt they judge.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Screen {

    @PersistenceContext
    EntityManager em;

    @Inject
    CardFingerprints fingerprints;

    @Inject
    VelocityCounts velocity;

    @Inject
    Clock clock;

    /** Screens one charge, stores what it saw and why, and answers the enforced decision. */
    public ScreeningResult screen(ScreeningFacts facts) {
        String fingerprint = fingerprints.of(facts.cardNumber());
        RuleEvaluator.Evaluation evaluation = RuleEvaluator.evaluate(rulesFor(facts.merchantId()), facts, fingerprint,
                fingerprints::of, (ruleId, key, value, params) -> velocity.attempt(ruleId, facts.merchantId(),
                        facts.mode(), key, value, params, facts.at()));
        em.persist(new Screening(facts.paymentKey(), facts.merchantId(), facts.mode(), facts.method(), facts.amount(),
                fingerprint, facts.bin(), facts.customerEmail(), facts.customerIp(), evaluation.decision(),
                evaluation.firedJson(), facts.at()));
        return new ScreeningResult(evaluation.decision(), evaluation.enforcedRules());
    }

    /**
     * Deletes up to {@code batch} velocity attempts older than the longest window a rule may have (RuleParams: a
     * day), in a transaction of its own; answers how many.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetOldAttempts(int batch) {
        return em.createNativeQuery("delete from fds_attempt where attempted_at < ?1 order by attempted_at limit " + batch)
                .setParameter(1, clock.instant().minus(Duration.ofMinutes(RuleParams.Velocity.LONGEST_WINDOW_MINUTES + 1)))
                .executeUpdate();
    }

    /** The rules as they apply to the merchant: each default, or the merchant's own version of it. */
    List<EffectiveRule> rulesFor(String merchantId) {
        Map<String, RuleOverride> own = em.createQuery(
                        "select o from RuleOverride o where o.merchantId = :m", RuleOverride.class)
                .setParameter("m", merchantId).getResultList().stream()
                .collect(Collectors.toMap(RuleOverride::ruleId, Function.identity()));
        return em.createQuery("select r from FdsRule r order by r.ruleId", FdsRule.class).getResultList().stream()
                .map(rule -> {
                    RuleOverride o = own.get(rule.ruleId());
                    return o == null
                            ? new EffectiveRule(rule.ruleId(), rule.kind(), rule.enabled(), rule.mode(), rule.params())
                            : new EffectiveRule(rule.ruleId(), rule.kind(), o.enabled(), o.mode(), o.params(rule.kind()));
                }).toList();
    }
}
