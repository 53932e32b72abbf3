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
import org.paygrid.fds.control.CardFingerprints;
import org.paygrid.fds.control.RuleBook;
import org.paygrid.fds.control.RuleEvaluator;
import org.paygrid.fds.control.SeenCharge;
import org.paygrid.fds.control.VelocityCounts;
import org.paygrid.fds.entity.RuleParams;
import org.paygrid.fds.entity.Screening;
import org.paygrid.shared.metrics.Meters;

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
    RuleBook ruleBook;

    @Inject
    Clock clock;

    @Inject
    Meters meters;

    private static final String DECISIONS = "paygrid.fds.decisions";

    /** Screens one charge, stores what it saw and why, and answers the enforced decision. */
    public ScreeningResult screen(ScreeningFacts facts) {
        SeenCharge charge = new SeenCharge(facts.merchantId(), facts.mode(), facts.method(), facts.amount(),
                fingerprints.of(facts.cardNumber()), facts.bin(), facts.customerEmail(), facts.customerIp(), facts.at());
        RuleBook.Snapshot book = ruleBook.current();
        RuleEvaluator.Evaluation evaluation = RuleEvaluator.evaluate(book.rulesFor(facts.merchantId()), charge,
                fingerprints::of, (ruleId, key, value, params) -> velocity.attempt(ruleId, facts.merchantId(),
                        facts.mode(), key, value, params, facts.at()),
                book.lists(facts.at()));
        em.persist(new Screening(facts.paymentKey(), facts.merchantId(), facts.mode(), facts.method(), facts.amount(),
                charge.cardFingerprint(), charge.cardBin(), facts.customerEmail(), facts.customerIp(),
                evaluation.decision(), evaluation.firedJson(), facts.at()));
        countDecision(evaluation.decision().name(), evaluation.enforcedRules());
        return new ScreeningResult(evaluation.decision(), evaluation.enforcedRules());
    }

    /** {@code paygrid_fds_decisions_total{rule,decision}}: once per rule that decided, or rule "none". */
    private void countDecision(String decision, List<String> rules) {
        if (rules.isEmpty()) {
            meters.count(DECISIONS, "rule", "none", "decision", decision);
        }
        rules.forEach(rule -> meters.count(DECISIONS, "rule", rule, "decision", decision));
    }

    /**
     * Deletes up to {@code batch} velocity counters idle for longer than the longest window a rule may have
     * (RuleParams: a day), in a transaction of its own; answers how many.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetIdleCounters(int batch) {
        return em.createNativeQuery("delete from fds_velocity_key where last_at < ?1 order by last_at limit " + batch)
                .setParameter(1, clock.instant().minus(Duration.ofMinutes(RuleParams.Velocity.LONGEST_WINDOW_MINUTES + 1)))
                .executeUpdate();
    }
}
