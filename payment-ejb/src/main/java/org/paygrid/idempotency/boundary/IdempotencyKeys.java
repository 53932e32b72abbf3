package org.paygrid.idempotency.boundary;

import org.paygrid.idempotency.control.IssuedSecrets;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.shared.ThisServer;
import org.paygrid.shared.persistence.SqlTime;

/**
 * Idempotency keys (contract section 6), kept in the database so that they hold across server instances.
 * A key is claimed by inserting it (the unique index decides who is first, also between instances); the first
 * request's response is stored and replayed byte for byte for 15 days. Every statement commits on its own: each
 * is a single INSERT IGNORE, conditional UPDATE or DELETE whose outcome no other statement depends on, so a
 * transaction around it would only cost the database two {@code SET autocommit} and a {@code COMMIT}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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

    /** Outside any transaction (NOT_SUPPORTED): the pool hands out its connections in autocommit mode. */
    @Resource(lookup = "jdbc/paygrid")
    DataSource database;

    @Inject
    Clock clock;

    /**
     * Claims the key for this request. No locking reads: concurrent claims meet only at the unique index (an
     * INSERT IGNORE), and every later change is a conditional UPDATE that exactly one claimant can win, so
     * duplicates arriving together cannot deadlock each other.
     */
    public Claim claim(String scope, String key, String requestHash) {
        Instant now = clock.instant();
        if (update("""
                insert ignore into idm_idempotency_key (scope, idem_key, request_hash, state, created_at, updated_at,
                owner_server, owner_life) values (?, ?, ?, 'IN_FLIGHT', ?, ?, ?, ?)""",
                scope, key, requestHash, SqlTime.utc(now), SqlTime.utc(now), ThisServer.NAME, ThisServer.LIFE) == 1) {
            return new Claim.Proceed();
        }
        Stored row = stored(scope, key);
        if (row == null) {
            return new Claim.InFlight();
        }
        if (row.created().isBefore(now.minus(RETENTION))) {
            return takeOver("request_hash = ?, state = 'IN_FLIGHT', created_at = ?, response_status = null, "
                    + "response_type = null, response_body = null", List.of(requestHash, SqlTime.utc(now)),
                    "created_at = ?", row.created(), scope, key, now);
        }
        if (!requestHash.equals(row.requestHash())) {
            return new Claim.Mismatch();
        }
        if ("DONE".equals(row.state())) {
            return new Claim.Replay(row.responseStatus(), row.responseType(), row.responseBody());
        }
        if (row.touched().isBefore(now.minus(Duration.ofSeconds(Math.max(15, abandonedAfterSeconds))))) {
            return takeOver("state = 'IN_FLIGHT'", List.of(), "state = 'IN_FLIGHT' and updated_at = ?", row.touched(),
                    scope, key, now);
        }
        return new Claim.InFlight();
    }

    /** A key's row as stored. */
    private record Stored(String requestHash, String state, int responseStatus, String responseType,
                          byte[] responseBody, Instant created, Instant touched) {
    }

    private Stored stored(String scope, String key) {
        try (Connection db = database.getConnection(); PreparedStatement select = db.prepareStatement("""
                select request_hash, state, response_status, response_type, response_body, created_at, updated_at
                from idm_idempotency_key where scope = ? and idem_key = ?""")) {
            select.setString(1, scope);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Stored(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
                        row.getBytes(5), SqlTime.instant(row.getTimestamp(6)), SqlTime.instant(row.getTimestamp(7)))
                        : null;
            }
        } catch (SQLException e) {
            throw new EJBException("idempotency key " + scope + " could not be read", e);
        }
    }

    /**
     * Re-claims an expired or abandoned row ({@code set}, with {@code setValues} for its placeholders); of several
     * claimants exactly one sees its update succeed, as the row must still show what it showed when it was read
     * ({@code unchanged}: {@code seen}).
     */
    private Claim takeOver(String set, List<Object> setValues, String unchanged, Instant seen, String scope,
                           String key, Instant now) {
        List<Object> parameters = new ArrayList<>(setValues);
        parameters.addAll(List.of(SqlTime.utc(now), ThisServer.NAME, ThisServer.LIFE, scope, key, SqlTime.utc(seen)));
        return update("update idm_idempotency_key set " + set + ", updated_at = ?, owner_server = ?, owner_life = ? "
                + "where scope = ? and idem_key = ? and " + unchanged, parameters.toArray()) == 1
                ? new Claim.Proceed() : new Claim.InFlight();
    }

    /** Stores the answer for replays, with the secrets it handed out masked ({@link IssuedSecrets}). */
    public void complete(String scope, String key, int status, String contentType, byte[] body) {
        update("""
                update idm_idempotency_key set state = 'DONE', response_status = ?, response_type = ?,
                response_body = ?, updated_at = ? where scope = ? and idem_key = ?""",
                status, contentType, IssuedSecrets.masked(body), SqlTime.utc(clock.instant()), scope, key);
    }

    /**
     * At a start: the claims this server held in an earlier life died with it (a crash), so they count as abandoned
     * now rather than after {@code paygrid.idempotency.abandoned-after-seconds}, and the callers' retries are processed at once. Peers' claims
     * are not touched. Answers how many were released.
     */
    public int releaseEarlierLives() {
        return update("""
                update idm_idempotency_key set updated_at = ? where state = 'IN_FLIGHT' and owner_server = ?
                and owner_life <> ?""", SqlTime.utc(Instant.EPOCH), ThisServer.NAME, ThisServer.LIFE);
    }

    /** Gives a claim up without an answer, so that the next request with the key is processed. */
    public void release(String scope, String key) {
        update("delete from idm_idempotency_key where scope = ? and idem_key = ? and state = 'IN_FLIGHT'", scope, key);
    }

    private int update(String sql, Object... parameters) {
        try (Connection db = database.getConnection(); PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new EJBException("idempotency keys: " + sql, e);
        }
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
