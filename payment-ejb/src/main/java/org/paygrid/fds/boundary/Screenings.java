package org.paygrid.fds.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paygrid.fds.entity.FdsDecision;
import org.paygrid.fds.entity.Screening;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/** The stored screenings, as staff read them to see why a payment was held or blocked: one, a search, a day's figures. */
@Stateless
public class Screenings {

    @PersistenceContext
    EntityManager em;

    /** The decisions log's filters; each null one does not filter. {@code from} inclusive, {@code to} exclusive. */
    public record Search(String paymentKey, String merchantId, String ruleId, FdsDecision decision, Instant from,
                         Instant to) {
    }

    /** One rule's enforced firings in a period. */
    public record RuleCount(String ruleId, long fired) implements Serializable {
    }

    /** A period's screenings in one mode: how many, how decided, and how often each rule fired (enforced). */
    public record Figures(long screened, long blocked, long reviewed, List<RuleCount> byRule) implements Serializable {
    }

    /** Removes the screenings of payments that payment's retention removes (in its transaction). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int forget(List<String> paymentKeys) {
        return paymentKeys.isEmpty() ? 0 : em.createNativeQuery("delete from fds_screening where payment_key in (?1)")
                .setParameter(1, paymentKeys).executeUpdate();
    }

    public Optional<ScreeningView> of(String paymentKey) {
        return Optional.ofNullable(em.find(Screening.class, paymentKey)).map(ScreeningView::of);
    }

    /** The decisions log: screenings matching {@code search}, newest first, at most {@code limit}. */
    public List<ScreeningView> search(Search search, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String rule = search.ruleId() == null ? null : firedPattern(search.ruleId(), false);
        for (Object[] filter : new Object[][] {
                {"s.paymentKey = :paymentKey", "paymentKey", search.paymentKey()},
                {"s.merchantId = :merchantId", "merchantId", search.merchantId()},
                {"s.fired like :rule escape '!'", "rule", rule},
                {"s.decision = :decision", "decision", search.decision()},
                {"s.screenedAt >= :from", "from", search.from()},
                {"s.screenedAt < :to", "to", search.to()}}) {
            if (filter[2] != null) {   // a filter left empty does not filter
                where.add((String) filter[0]);
                parameters.put((String) filter[1], filter[2]);
            }
        }
        var query = em.createQuery("select s from Screening s"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by s.screenedAt desc, s.paymentKey", Screening.class).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(ScreeningView::of).toList();
    }

    /** The screenings of [from, to) in one mode, for the console's dashboard. */
    public Figures figures(Mode mode, Instant from, Instant to) {
        List<String> rules = em.createQuery("select r.ruleId from FdsRule r order by r.ruleId", String.class)
                .getResultList();
        StringBuilder sql = new StringBuilder("select count(*), coalesce(sum(decision = 'BLOCK'), 0), "
                + "coalesce(sum(decision = 'REVIEW'), 0)");
        for (int i = 0; i < rules.size(); i++) {
            sql.append(", coalesce(sum(fired like ?").append(i + 4).append(" escape '!'), 0)");
        }
        sql.append(" from fds_screening where mode = ?1 and screened_at >= ?2 and screened_at < ?3");
        var query = em.createNativeQuery(sql.toString()).setParameter(1, mode.name()).setParameter(2, from)
                .setParameter(3, to);
        for (int i = 0; i < rules.size(); i++) {
            query.setParameter(i + 4, firedPattern(rules.get(i), true));
        }
        Object[] row = (Object[]) query.getSingleResult();
        List<RuleCount> byRule = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            byRule.add(new RuleCount(rules.get(i), ((Number) row[i + 3]).longValue()));
        }
        return new Figures(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                byRule);
    }

    /**
     * A LIKE pattern for a rule's firing in the stored JSON ({@code [{"ruleId":"X","mode":"ENFORCE",...}]}),
     * enforced firings only when asked; rule ids are letters, digits and {@code _} (escaped with {@code !}: a LIKE wildcard).
     */
    private static String firedPattern(String ruleId, boolean enforcedOnly) {
        if (!ruleId.matches("[A-Za-z0-9_]{1,40}")) {
            throw new PaygridException(ErrorCode.INVALID_REQUEST, "ruleId: must be letters, digits and _");
        }
        return "%\"ruleId\":\"" + ruleId.replace("_", "!_") + "\"" + (enforcedOnly ? ",\"mode\":\"ENFORCE\"" : "")
                + "%";
    }
}
