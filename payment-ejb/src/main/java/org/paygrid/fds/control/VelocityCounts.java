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
 * restart: one row per key holding the attempts of its window ({@link AttemptWindow}). An attempt first takes its
 * key's row lock with an upsert; a key's first attempt is then done (the row is new). Otherwise it reads the row
 * under that lock, adds itself and writes the window back: attempts with the same key wait for each other until the
 * screening transaction commits, so every one of them counts all those before it and no concurrent increment is
 * lost. The key is a hash of rule, merchant, mode and value (a card's fingerprint, an e-mail, an address), never the
 * value itself.
 */
@Dependent
public class VelocityCounts {

    @PersistenceContext
    EntityManager em;

    /** Records this attempt and answers the attempts of the window, this one included; in the caller's transaction. */
    public long attempt(String ruleId, String merchantId, Mode mode, VelocityKey key, String value,
                        RuleParams.Velocity params, Instant now) {
        String keyHash = Sha256.hex(ruleId + "|" + merchantId + "|" + mode + "|" + key + "|" + value);
        // 1 row affected: inserted (the key's first attempt); 2: an existing row, now locked (seq always changes)
        int affected = em.createNativeQuery("insert into fds_velocity_key (key_hash, last_at, attempts, seq) "
                        + "values (?1, ?2, ?3, 1) on duplicate key update last_at = ?2, seq = seq + 1")
                .setParameter(1, keyHash).setParameter(2, now).setParameter(3, AttemptWindow.first(now).bytes())
                .executeUpdate();
        if (affected == 1) {
            return 1;
        }
        byte[] stored = (byte[]) em.createNativeQuery(
                        "select attempts from fds_velocity_key where key_hash = ?1 for update")
                .setParameter(1, keyHash).getSingleResult();
        AttemptWindow window = AttemptWindow.of(stored).add(now, Duration.ofMinutes(params.windowMinutes()),
                params.maxAttempts() + 1);
        em.createNativeQuery("update fds_velocity_key set attempts = ?2 where key_hash = ?1")
                .setParameter(1, keyHash).setParameter(2, window.bytes()).executeUpdate();
        return window.count();
    }
}
