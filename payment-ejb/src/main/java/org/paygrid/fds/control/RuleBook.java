package org.paygrid.fds.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paygrid.fds.entity.FdsRule;
import org.paygrid.fds.entity.ListEntry;
import org.paygrid.fds.entity.ListKind;
import org.paygrid.fds.entity.RuleOverride;

/**
 * The rules, the merchants' versions and the active block-list entries, held in memory by each server: a charge reads
 * one number ({@code fds_generation}, raised by every change in the change's own transaction) and the book reloads
 * only when it moved, so a change holds on every server of a cluster from the next charge on. The lists are held
 * whole: fine for the tens of thousands of entries a PG's lists hold, not for millions.
 */
@ApplicationScoped
public class RuleBook {

    /** One generation of the book. Never changes once built. */
    public record Snapshot(long generation, List<EffectiveRule> defaults, Map<String, List<EffectiveRule>> byMerchant,
                           Map<ListKind, Map<String, ListEntry>> lists) {

        /** The rules as they apply to the merchant: each default, or the merchant's own version of it. */
        public List<EffectiveRule> rulesFor(String merchantId) {
            return byMerchant.getOrDefault(merchantId, defaults);
        }

        /** The entry holding a value at {@code now}: listed, and not expired since the book was read. */
        public RuleEvaluator.ListLookup lists(Instant now) {
            return (list, value) -> {
                ListEntry entry = lists.getOrDefault(list, Map.of()).get(value);
                return entry != null && entry.activeAt(now) ? entry.id() : null;
            };
        }
    }

    @PersistenceContext
    EntityManager em;

    private volatile Snapshot current = new Snapshot(0, List.of(), Map.of(), Map.of());   // generations start at 1

    /** The book as of the database's generation, read in the caller's transaction. */
    public Snapshot current() {
        long generation = ((Number) em.createNativeQuery("select generation from fds_generation where id = 1")
                .getSingleResult()).longValue();
        Snapshot book = current;
        if (book.generation() != generation) {
            book = load(generation);
            current = book;
        }
        return book;
    }

    /** Raises the generation in the caller's transaction: every server reloads at its next charge after the commit. */
    public void changed() {
        em.createNativeQuery("update fds_generation set generation = generation + 1 where id = 1").executeUpdate();
    }

    /** Of two entries for one value, the one that blocks longer (no expiry is longest). */
    private static ListEntry longerLasting(ListEntry a, ListEntry b) {
        if (a.expiresAt() == null) {
            return a;
        }
        return b.expiresAt() == null || b.expiresAt().isAfter(a.expiresAt()) ? b : a;
    }

    private Snapshot load(long generation) {
        List<FdsRule> rules = em.createQuery("select r from FdsRule r order by r.ruleId", FdsRule.class)
                .setHint("org.hibernate.readOnly", true).getResultList();
        Map<String, Map<String, RuleOverride>> overrides = new HashMap<>();
        em.createQuery("select o from RuleOverride o", RuleOverride.class).setHint("org.hibernate.readOnly", true)
                .getResultList().forEach(o -> overrides.computeIfAbsent(o.merchantId(), m -> new HashMap<>())
                        .put(o.ruleId(), o));
        Map<ListKind, Map<String, ListEntry>> lists = new EnumMap<>(ListKind.class);
        em.createQuery("select e from ListEntry e where e.removedAt is null order by e.id", ListEntry.class)
                .setHint("org.hibernate.readOnly", true).getResultList()
                .forEach(e -> lists.computeIfAbsent(e.list(), k -> new HashMap<>()).merge(e.value(), e,
                        RuleBook::longerLasting));
        lists.values().forEach(entries -> entries.values().forEach(em::detach));
        Map<String, List<EffectiveRule>> byMerchant = new HashMap<>();
        overrides.forEach((merchantId, own) -> byMerchant.put(merchantId,
                rules.stream().map(rule -> EffectiveRule.of(rule, own.get(rule.ruleId()))).toList()));
        return new Snapshot(generation, rules.stream().map(rule -> EffectiveRule.of(rule, null)).toList(), byMerchant,
                lists);
    }
}
