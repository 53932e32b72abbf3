package org.paygrid.keys.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.paygrid.keys.entity.KeyPurpose;

/**
 * {@link SealedValues} of one JPA entity whose key id is an attribute of its own: the queries are the same for every
 * capability; what re-sealing means for one row is the capability's ({@link #reseal(Object)}).
 */
public abstract class EntitySealedValues<E> implements SealedValues {

    @PersistenceContext
    EntityManager em;

    private final KeyPurpose purpose;
    private final Class<E> type;
    private final String idAttribute;
    private final String keyIdAttribute;

    protected EntitySealedValues(KeyPurpose purpose, Class<E> type, String idAttribute, String keyIdAttribute) {
        this.purpose = purpose;
        this.type = type;
        this.idAttribute = idAttribute;
        this.keyIdAttribute = keyIdAttribute;
    }

    @Override
    public KeyPurpose purpose() {
        return purpose;
    }

    /** Seals this (locked) row's value again under the active key. */
    protected abstract void reseal(E entity);

    @Override
    public Map<String, Long> countByKey() {
        return em.createQuery("select e." + keyIdAttribute + ", count(e) from " + type.getSimpleName() + " e where e."
                        + keyIdAttribute + " is not null group by e." + keyIdAttribute, Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    @Override
    public List<String> sealedUnderOtherKeys(String keyId, int limit) {
        return em.createQuery("select e." + idAttribute + " from " + type.getSimpleName() + " e where e."
                        + keyIdAttribute + " <> :keyId order by e." + idAttribute, String.class)
                .setParameter("keyId", keyId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void reseal(String id) {
        E entity = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity != null) {
            reseal(entity);
        }
    }
}
