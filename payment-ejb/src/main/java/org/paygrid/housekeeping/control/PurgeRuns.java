package org.paygrid.housekeeping.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.paygrid.housekeeping.entity.PurgeRun;

/** The record of every rule's runs (kept a year by the housekeeping's own rule). */
@Stateless
public class PurgeRuns {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PurgeRun record(PurgeRun run) {
        em.persist(run);
        return run;
    }

    public Optional<PurgeRun> last(String rule) {
        return em.createQuery("select r from PurgeRun r where r.rule = :rule order by r.id desc", PurgeRun.class)
                .setParameter("rule", rule).setMaxResults(1).getResultStream().findFirst();
    }
}
