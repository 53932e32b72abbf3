package org.paygrid.fds.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.paygrid.fds.control.CardFingerprints;
import org.paygrid.fds.control.EffectiveRule;
import org.paygrid.fds.control.ListMatches;
import org.paygrid.fds.control.RuleEvaluator;
import org.paygrid.fds.control.SeenCharge;
import org.paygrid.fds.control.VelocityCounts;
import org.paygrid.fds.entity.FdsRule;
import org.paygrid.fds.entity.ListKind;
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
    ListMatches listMatches;

    @Inject
    Clock clock;

    /** Screens one charge, stores what it saw and why, and answers the enforced decision. */
    public ScreeningResult screen(ScreeningFacts facts) {
        SeenCharge charge = new SeenCharge(facts.merchantId(), facts.mode(), facts.method(), facts.amount(),
                fingerprints.of(facts.cardNumber()), facts.bin(), facts.customerEmail(), facts.customerIp(), facts.at());
        List<EffectiveRule> rules = rulesFor(facts.merchantId());
        RuleEvaluator.Evaluation evaluation = RuleEvaluator.evaluate(rules, charge, fingerprints::of,
                (ruleId, key, value, params) -> velocity.attempt(ruleId, facts.merchantId(), facts.mode(), key, value,
                        params, facts.at()),
                listMatches.of(charge, listsAsked(rules), facts.at()));
        em.persist(new Screening(facts.paymentKey(), facts.merchantId(), facts.mode(), facts.method(), facts.amount(),
                charge.cardFingerprint(), charge.cardBin(), facts.customerEmail(), facts.customerIp(),
                evaluation.decision(), evaluation.firedJson(), facts.at()));
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

    /** The block lists the merchant's running rules look in. */
    static Set<ListKind> listsAsked(List<EffectiveRule> rules) {
        Set<ListKind> lists = EnumSet.noneOf(ListKind.class);
        rules.stream().filter(EffectiveRule::enabled).map(EffectiveRule::params)
                .filter(RuleParams.Listed.class::isInstance)
                .forEach(p -> lists.add(((RuleParams.Listed) p).list()));
        return lists;
    }

    /** The rules as they apply to the merchant: each default, or the merchant's own version of it (one query). */
    List<EffectiveRule> rulesFor(String merchantId) {
        return em.createQuery("select r, o from FdsRule r left join RuleOverride o on o.ruleId = r.ruleId "
                        + "and o.merchantId = :m order by r.ruleId", Object[].class)
                .setParameter("m", merchantId)
                .setHint("org.hibernate.readOnly", true)   // nothing to flush back from the charge's transaction
                .getResultList().stream().map(row -> EffectiveRule.of((FdsRule) row[0], (RuleOverride) row[1]))
                .toList();
    }
}
