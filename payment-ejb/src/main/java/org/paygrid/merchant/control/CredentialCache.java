package org.paygrid.merchant.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.merchant.entity.CredentialChanged;
import org.paygrid.merchant.entity.CredentialChanges;
import org.paygrid.merchant.entity.MerchantStatus;
import org.paygrid.shared.Mode;
import org.paygrid.shared.grid.ClusterDrops;
import org.paygrid.shared.grid.NodeCache;

/**
 * What authenticating an API key read from the database, kept by each server for itself so that an API call opens
 * no transaction and makes no call into the data grid to look its key up: by key hash (never the key), the key's
 * merchant, mode and kind; by merchant, its status. A key revoked or rolled, or a merchant whose status changed, is
 * dropped on every server when that change commits ({@link CredentialChanges}, the entities' listener, and
 * {@link ClusterDrops}): at once on the server that made it, a moment later on the others. Entries also expire 60 s
 * after they were read: the bound for a server that missed a drop. Without a grid nothing is kept.
 */
@ApplicationScoped
public class CredentialCache {

    /** The merchant, mode and kind of an active key. */
    public record KeyOwner(String merchantId, Mode mode, ApiKeyKind kind) {
    }

    /** Taken before reading what is then kept: see {@link NodeCache#stamp()}. */
    public record Stamp(long keys, long merchants) {
    }

    static final String KEYS = "api-keys";
    static final String MERCHANTS = "merchant-statuses";
    private static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    /** Far above the active keys of any PG; a flood of unknown keys is never kept. */
    private static final int MAX_ENTRIES = 100_000;

    @Inject
    ClusterDrops drops;

    private NodeCache<KeyOwner> keys;
    private NodeCache<MerchantStatus> merchants;

    @PostConstruct
    void connect() {
        keys = drops.cache(KEYS, TIME_TO_LIVE, MAX_ENTRIES);
        merchants = drops.cache(MERCHANTS, TIME_TO_LIVE, MAX_ENTRIES);
    }

    public Optional<KeyOwner> key(String keyHash) {
        return keys.get(keyHash);
    }

    public Optional<MerchantStatus> merchantStatus(String merchantId) {
        return merchants.get(merchantId);
    }

    public Stamp stamp() {
        return new Stamp(keys.stamp(), merchants.stamp());
    }

    /** Keeps what was read after {@code stamp} was taken, unless a change came in since. */
    public void keep(String keyHash, KeyOwner owner, MerchantStatus status, Stamp stamp) {
        keys.keep(keyHash, owner, stamp.keys());
        merchants.keep(owner.merchantId(), status, stamp.merchants());
    }

    /** A key or a merchant changed ({@link CredentialChanges}): dropped everywhere when the change commits. */
    void changed(@Observes CredentialChanged change) {
        if (change.keyHash() != null) {
            drops.dropOnCommit(KEYS, change.keyHash());
        }
        if (change.merchantId() != null) {
            drops.dropOnCommit(MERCHANTS, change.merchantId());
        }
    }
}
