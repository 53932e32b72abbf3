package org.paygrid.fds.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.paygrid.fds.entity.RuleParams;
import org.paygrid.fds.entity.VelocityKey;
import org.paygrid.shared.Mode;
import org.paygrid.shared.crypto.Sha256;

/**
 * Velocity counters in the database, so that one counter holds for every server of a cluster and survives a
 * restart. An attempt first takes its key's row lock (an upsert), then records itself and counts the attempts of the
 * window: attempts with the same key wait for each other until the screening transaction commits, so every one of
 * them counts all those before it and no concurrent increment is lost (the count is a locking read: it sees what
 * committed while the transaction waited, not its earlier snapshot). The key is a hash of rule, merchant, mode and
 * value (a card's fingerprint, an e-mail, an address), never the value itself.
 */
@Dependent
public class VelocityCounts {

    @PersistenceContext
    EntityManager em;

    /** Records this attempt and answers the attempts of the window, this one included; in the caller's transaction. */
    public long attempt(String ruleId, String merchantId, Mode mode, VelocityKey key, String value,
                        RuleParams.Velocity params, Instant now) {
        String keyHash = Sha256.hex(ruleId + "|" + merchantId + "|" + mode + "|" + key + "|" + value);
        em.createNativeQuery("insert into fds_velocity_key (key_hash, last_at) values (?1, ?2) "
                        + "on duplicate key update last_at = ?2")
                .setParameter(1, keyHash).setParameter(2, now).executeUpdate();
        em.createNativeQuery("insert into fds_attempt (key_hash, attempted_at) values (?1, ?2)")
                .setParameter(1, keyHash).setParameter(2, now).executeUpdate();
        return ((Number) em.createNativeQuery(
                        "select count(*) from fds_attempt where key_hash = ?1 and attempted_at > ?2 lock in share mode")
                .setParameter(1, keyHash).setParameter(2, now.minus(Duration.ofMinutes(params.windowMinutes())))
                .getSingleResult()).longValue();
    }
}
