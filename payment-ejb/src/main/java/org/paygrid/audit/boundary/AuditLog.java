package org.paygrid.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.paygrid.audit.entity.AuditEntry;

/**
 * The append-only audit log. Entries are written in the caller's transaction (MANDATORY), so an action
 * and its audit entry commit or roll back together; there is deliberately no update or delete.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, String action, String targetType, String targetId, String before, String after) {
        em.persist(new AuditEntry(clock.instant(), actor, action, targetType,
                targetId, before, after));
    }

    /** For callers that run outside a transaction: the entry commits on its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String targetType, String targetId, String before, String after) {
        record(actor, action, targetType, targetId, before, after);
    }

    public List<AuditEntry> of(String targetType, String targetId) {
        return em.createQuery("select a from AuditEntry a where a.targetType = :type and a.targetId = :id order by a.id",
                        AuditEntry.class)
                .setParameter("type", targetType)
                .setParameter("id", targetId)
                .getResultList();
    }

    /**
     * Newest first, optionally for one target; {@code beforeId} pages backwards (the id of the last entry seen).
     * Answers one more entry than asked so the caller knows whether another page exists.
     */
    public List<AuditEntry> search(String targetType, String targetId, Long beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("select a from AuditEntry a where 1 = 1");
        if (targetType != null) {
            jpql.append(" and a.targetType = :type");
        }
        if (targetId != null) {
            jpql.append(" and a.targetId = :id");
        }
        if (beforeId != null) {
            jpql.append(" and a.id < :before");
        }
        var query = em.createQuery(jpql.append(" order by a.id desc").toString(), AuditEntry.class)
                .setMaxResults(limit + 1);
        if (targetType != null) {
            query.setParameter("type", targetType);
        }
        if (targetId != null) {
            query.setParameter("id", targetId);
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query.getResultList();
    }
}
