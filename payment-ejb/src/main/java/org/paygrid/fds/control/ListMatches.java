package org.paygrid.fds.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paygrid.fds.entity.ListEntry;
import org.paygrid.fds.entity.ListKind;

/** The block-list entries that hold a charge's values, found with one query for all the lists the rules ask. */
@Dependent
public class ListMatches {

    @PersistenceContext
    EntityManager em;

    /** The active entries holding the charge's values on {@code lists}, as the evaluator looks them up. */
    public RuleEvaluator.ListLookup of(SeenCharge charge, Set<ListKind> lists, Instant now) {
        List<String> conditions = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        for (ListKind list : lists) {
            String value = RuleEvaluator.valueOf(list, charge);
            if (value != null) {
                conditions.add("(e.list = :kind" + list.name() + " and e.value = :" + list.name() + ")");
                values.put(list.name(), value);
            }
        }
        if (conditions.isEmpty()) {
            return (list, value) -> null;
        }
        var query = em.createQuery("select e from ListEntry e where e.removedAt is null "
                        + "and (e.expiresAt is null or e.expiresAt > :now) and (" + String.join(" or ", conditions) + ")",
                ListEntry.class).setParameter("now", now);
        values.forEach((name, value) -> query.setParameter(name, value)
                .setParameter("kind" + name, ListKind.valueOf(name)));
        Map<ListKind, Map<String, Long>> held = new HashMap<>();
        for (ListEntry e : query.getResultList()) {
            held.computeIfAbsent(e.list(), k -> new HashMap<>()).putIfAbsent(e.value(), e.id());
        }
        return (list, value) -> held.getOrDefault(list, Map.of()).get(value);
    }
}
