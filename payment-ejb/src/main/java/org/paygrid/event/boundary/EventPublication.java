package org.paygrid.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.paygrid.shared.Mode;

/**
 * Numbers committed events in the order they became visible (published_seq), so that a reader paging with
 * {@code after} never skips an event whose transaction committed after a later-numbered one's: the insert order
 * (seq) is fixed before commit, this order after it. One counter row, locked for the numbering, keeps the numbers
 * increasing across transactions and servers; an event still uncommitted is not seen, and is numbered later.
 */
@Stateless
public class EventPublication {

    @PersistenceContext
    EntityManager em;

    /** Publishes the merchant's committed, unpublished events of this mode; answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int publish(String merchantId, Mode mode) {
        long last = ((Number) em.createNativeQuery("select last_seq from evt_publication where id = 1 for update")
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Number> unpublished = em.createNativeQuery("""
                        select seq from evt_event where merchant_id = ?1 and mode = ?2 and published_seq is null
                        order by seq""")
                .setParameter(1, merchantId).setParameter(2, mode.name()).getResultList();
        for (Number seq : unpublished) {
            em.createNativeQuery("update evt_event set published_seq = ?1 where seq = ?2")
                    .setParameter(1, ++last).setParameter(2, seq.longValue()).executeUpdate();
        }
        if (!unpublished.isEmpty()) {
            em.createNativeQuery("update evt_publication set last_seq = ?1 where id = 1").setParameter(1, last)
                    .executeUpdate();
        }
        return unpublished.size();
    }
}
