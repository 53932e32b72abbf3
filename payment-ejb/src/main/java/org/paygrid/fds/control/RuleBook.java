package org.paygrid.fds.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.paygrid.fds.entity.FdsRule;
import org.paygrid.fds.entity.ListEntry;
import org.paygrid.fds.entity.ListKind;
import org.paygrid.fds.entity.RuleOverride;
import org.paygrid.shared.grid.ClusterDrops;

/**
 * The rules, the merchants' versions and the active block-list entries, held in memory by each server. A change
 * raises one number ({@code fds_generation}) in its own transaction and, when it commits, announces the new number
 * to every server ({@link ClusterDrops}); a server reads the number again (one statement) only when a change it heard
 * of is newer than its book, and at least every {@link #RECHECK}, the bound for a server that missed the
 * announcement. It reloads the book when the number moved, so a change holds on the server that made it from the
 * next charge on, and on the others a moment later. Without a grid every charge reads the number. The lists are held
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

    static final String ANNOUNCEMENTS = "fds-rule-book";
    static final Duration RECHECK = Duration.ofSeconds(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    ClusterDrops announcements;

    private volatile Snapshot current = new Snapshot(0, List.of(), Map.of(), Map.of());   // generations start at 1
    /** The newest generation a committed change announced. */
    private final AtomicLong announced = new AtomicLong();
    /** Until when the book needs no look at the database's generation (System.nanoTime; expired at the start). */
    private volatile long checkedUntil = System.nanoTime();

    @PostConstruct
    void listen() {
        announcements.receive(ANNOUNCEMENTS, generation -> announced.accumulateAndGet(Long.parseLong(generation), Math::max));
    }

    /**
     * The book, as of the database's generation when a change may have moved it. Read in the caller's transaction:
     * a transaction whose snapshot is older than an announced change reads the book of its snapshot, consistently,
     * and the next charge reads again.
     */
    public Snapshot current() {
        Snapshot book = current;
        if (announcements.reachesOtherServers() && book.generation() >= announced.get()
                && System.nanoTime() - checkedUntil < 0) {
            return book;
        }
        long generation = databaseGeneration();
        if (book.generation() != generation) {
            book = load(generation);
            current = book;
        }
        if (generation >= announced.get()) {
            checkedUntil = System.nanoTime() + RECHECK.toNanos();
        }
        return book;
    }

    /**
     * Raises the generation in the caller's transaction; announced to every server when it commits, so that each
     * reloads at its next charge.
     */
    public void changed() {
        em.createNativeQuery("update fds_generation set generation = generation + 1 where id = 1").executeUpdate();
        long generation = databaseGeneration();
        announcements.dropOnCommit(ANNOUNCEMENTS, String.valueOf(generation));
    }

    /** The generation as the caller's transaction sees it. */
    private long databaseGeneration() {
        return ((Number) em.createNativeQuery("select generation from fds_generation where id = 1")
                .getSingleResult()).longValue();
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
