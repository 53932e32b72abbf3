package org.paygrid.idempotency.boundary;

import org.paygrid.idempotency.control.IssuedSecrets;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.shared.ThisServer;
import org.paygrid.shared.persistence.SqlTime;

/**
 * Idempotency keys (contract section 6), kept in the database so that they hold across server instances.
 * A key is claimed by inserting it (the unique index decides who is first, also between instances); the first
 * request's response is stored and replayed byte for byte for 15 days. Every method commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyKeys {

    /** How long a key is remembered; after that the merchant may use it for another request. */
    public static final Duration RETENTION = Duration.ofDays(15);
    /**
     * A claim still in flight after this long belongs to a request that died with its server (or lost its database
     * mid-way): it may be taken over. Far longer than any request takes (network calls time out in seconds); two
     * minutes by default, shorter in the test stack so that its crash tests need not wait for it.
     */
    @Inject
    @ConfigProperty(name = "paygrid.idempotency.abandoned-after-seconds", defaultValue = "120")
    long abandonedAfterSeconds;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Claims the key for this request. No locking reads: concurrent claims meet only at the unique index (an
     * INSERT IGNORE), and every later change is a conditional UPDATE that exactly one claimant can win, so
     * duplicates arriving together cannot deadlock each other.
     */
    public Claim claim(String scope, String key, String requestHash) {
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("""
                        insert ignore into idm_idempotency_key (scope, idem_key, request_hash, state, created_at, updated_at,
                        owner_server, owner_life) values (?1, ?2, ?3, 'IN_FLIGHT', ?4, ?4, ?5, ?6)""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                .setParameter(5, ThisServer.NAME).setParameter(6, ThisServer.LIFE)
                .executeUpdate();
        if (inserted == 1) {
            return new Claim.Proceed();
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select request_hash, state, response_status, response_type, response_body, created_at, updated_at
                        from idm_idempotency_key where scope = ?1 and idem_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return new Claim.InFlight();
        }
        Object[] row = rows.get(0);
        Instant created = SqlTime.instant(row[5]);
        Instant touched = SqlTime.instant(row[6]);
        if (created.isBefore(now.minus(RETENTION))) {
            return takeOver("request_hash = ?7, state = 'IN_FLIGHT', created_at = ?3, response_status = null, "
                    + "response_type = null, response_body = null", "created_at = ?4", scope, key, now, row[5], requestHash);
        }
        if (!requestHash.equals(row[0])) {
            return new Claim.Mismatch();
        }
        if ("DONE".equals(row[1])) {
            return new Claim.Replay(((Number) row[2]).intValue(), (String) row[3], (byte[]) row[4]);
        }
        if (touched.isBefore(now.minus(Duration.ofSeconds(Math.max(15, abandonedAfterSeconds))))) {
            return takeOver("state = 'IN_FLIGHT'", "state = 'IN_FLIGHT' and updated_at = ?4", scope, key, now, row[6],
                    requestHash);
        }
        return new Claim.InFlight();
    }

    /** Re-claims an expired or abandoned row; of several claimants exactly one sees its update succeed. */
    private Claim takeOver(String set, String unchanged, String scope, String key, Instant now, Object seen,
                           String requestHash) {
        var update = em.createNativeQuery("update idm_idempotency_key set " + set + ", updated_at = ?3, "
                        + "owner_server = ?5, owner_life = ?6 where scope = ?1 and idem_key = ?2 and " + unchanged)
                .setParameter(1, scope).setParameter(2, key).setParameter(3, now).setParameter(4, seen)
                .setParameter(5, ThisServer.NAME).setParameter(6, ThisServer.LIFE);
        if (set.contains("?7")) {
            update.setParameter(7, requestHash);
        }
        return update.executeUpdate() == 1 ? new Claim.Proceed() : new Claim.InFlight();
    }

    /** Stores the answer for replays, with the secrets it handed out masked ({@link IssuedSecrets}). */
    public void complete(String scope, String key, int status, String contentType, byte[] body) {
        em.createNativeQuery("""
                        update idm_idempotency_key set state = 'DONE', response_status = ?3, response_type = ?4,
                        response_body = ?5, updated_at = ?6 where scope = ?1 and idem_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, status).setParameter(4, contentType)
                .setParameter(5, IssuedSecrets.masked(body)).setParameter(6, clock.instant()).executeUpdate();
    }

    /**
     * At a start: the claims this server held in an earlier life died with it (a crash), so they count as abandoned
     * now rather than after {@code paygrid.idempotency.abandoned-after-seconds}, and the callers' retries are processed at once. Peers' claims
     * are not touched. Answers how many were released.
     */
    public int releaseEarlierLives() {
        return em.createNativeQuery("""
                        update idm_idempotency_key set updated_at = ?1 where state = 'IN_FLIGHT' and owner_server = ?2
                        and owner_life <> ?3""")
                .setParameter(1, Instant.EPOCH).setParameter(2, ThisServer.NAME).setParameter(3, ThisServer.LIFE)
                .executeUpdate();
    }

    /** Gives a claim up without an answer, so that the next request with the key is processed. */
    public void release(String scope, String key) {
        em.createNativeQuery("delete from idm_idempotency_key where scope = ?1 and idem_key = ?2 and state = 'IN_FLIGHT'")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
    }

    /** What to do with a request that carries an idempotency key. */
    public sealed interface Claim {
        /** First with this key (or taking over an abandoned claim): process it. */
        record Proceed() implements Claim {
        }

        /** Already answered: send the stored answer again. */
        record Replay(int status, String contentType, byte[] body) implements Claim {
        }

        /** The first request with this key is still being processed. */
        record InFlight() implements Claim {
        }

        /** The key was used with a different request. */
        record Mismatch() implements Claim {
        }
    }
}
