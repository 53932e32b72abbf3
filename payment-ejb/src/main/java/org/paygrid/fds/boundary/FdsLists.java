package org.paygrid.fds.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.fds.control.CardFingerprints;
import org.paygrid.fds.control.RuleBook;
import org.paygrid.fds.control.RuleEvaluator;
import org.paygrid.fds.control.SeenCharge;
import org.paygrid.fds.entity.ListEntry;
import org.paygrid.fds.entity.ListKind;
import org.paygrid.fds.entity.Screening;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/**
 * The block lists as risk staff keep them (the LIST rules look in them): a value is added with a reason and an
 * optional expiry, and removed with a record of who did it. A card is listed by its fingerprint, never its number:
 * staff give the number (fingerprinted, then forgotten) or a payment whose card it is.
 */
@Stateless
public class FdsLists {

    static final String AUDIT_TARGET = "FDS_LIST_ENTRY";

    @PersistenceContext
    EntityManager em;

    @Inject
    CardFingerprints fingerprints;

    @Inject
    RuleBook ruleBook;

    @Inject
    Clock clock;

    @EJB
    AuditLog auditLog;

    /** What to list: exactly one of a value, a card number (CARD only) or a screened payment whose value it is. */
    public record Listing(ListKind list, String value, String cardNumber, String paymentKey, String reason,
                          Instant expiresAt) {
        @Override
        public String toString() {   // never the card number
            return "Listing[" + list + ", " + value + ", " + paymentKey + "]";
        }
    }

    /** The entries of one list (every list when null), newest first; removed and expired ones too when asked. */
    public List<ListEntryView> entries(ListKind list, boolean includeInactive, int limit) {
        Instant now = clock.instant();
        return em.createQuery("select e from ListEntry e where (:list is null or e.list = :list) "
                                + "and (:all = true or (e.removedAt is null and (e.expiresAt is null or e.expiresAt > :now))) "
                                + "order by e.id desc", ListEntry.class)
                .setParameter("list", list).setParameter("all", includeInactive).setParameter("now", now)
                .setMaxResults(limit).getResultList().stream().map(e -> ListEntryView.of(e, now)).toList();
    }

    public ListEntryView add(Listing listing, String actor) {
        Instant now = clock.instant();
        ListEntry entry;
        try {
            entry = new ListEntry(listing.list(), valueOf(listing), listing.reason(), listing.expiresAt(), actor, now);
        } catch (IllegalArgumentException e) {
            throw new PaygridException(ErrorCode.INVALID_REQUEST, e.getMessage());
        }
        em.persist(entry);
        em.flush();
        ruleBook.changed();
        auditLog.record(actor, "FDS_LIST_ENTRY_ADDED", AUDIT_TARGET, String.valueOf(entry.id()), null,
                entry.list() + " " + entry.value() + " reason=" + entry.reason() + " expiresAt=" + entry.expiresAt());
        return ListEntryView.of(entry, now);
    }

    public ListEntryView remove(long id, String actor) {
        ListEntry entry = em.find(ListEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new PaygridException(ErrorCode.NOT_FOUND_FDS_LIST_ENTRY, "No block-list entry " + id);
        }
        Instant now = clock.instant();
        boolean wasActive = entry.activeAt(now);
        entry.remove(actor, now);
        if (wasActive) {
            ruleBook.changed();
            auditLog.record(actor, "FDS_LIST_ENTRY_REMOVED", AUDIT_TARGET, String.valueOf(id),
                    entry.list() + " " + entry.value(), "removed");
        }
        return ListEntryView.of(entry, now);
    }

    private String valueOf(Listing listing) {
        if (listing.list() == null) {
            throw new IllegalArgumentException("list must be one of " + java.util.Arrays.toString(ListKind.values()));
        }
        int given = (listing.value() != null ? 1 : 0) + (listing.cardNumber() != null ? 1 : 0)
                + (listing.paymentKey() != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("give exactly one of value, cardNumber and paymentKey");
        }
        if (listing.cardNumber() != null) {
            if (listing.list() != ListKind.CARD || !listing.cardNumber().matches("\\d{13,19}")) {
                throw new IllegalArgumentException("cardNumber must be 13 to 19 digits, on the CARD list");
            }
            return fingerprints.of(listing.cardNumber());
        }
        if (listing.paymentKey() != null) {
            Screening s = em.find(Screening.class, listing.paymentKey());
            if (s == null) {
                throw new IllegalArgumentException("paymentKey names no screened payment");
            }
            String value = RuleEvaluator.valueOf(listing.list(), SeenCharge.of(s));
            if (value == null) {
                throw new IllegalArgumentException("the payment has no " + listing.list() + " to list");
            }
            return value;
        }
        return listing.value();
    }
}
