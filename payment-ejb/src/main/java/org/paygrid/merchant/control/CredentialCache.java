package org.paygrid.merchant.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.Factory;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ExpiryPolicy;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.paygrid.merchant.entity.CredentialChanged;
import org.paygrid.merchant.entity.CredentialChanges;
import org.paygrid.shared.grid.GridCaches;
import org.paygrid.shared.logging.Log;

/**
 * What authenticating an API key read from the database, kept in Payara's data grid (JCache over Hazelcast, shared
 * by every server of the domain) so that an API call does not open a transaction to look its key up: by key hash
 * (never the key), the key's merchant, mode and kind; by merchant, its status. A key revoked or a merchant whose
 * status changed is dropped from the grid when that change commits ({@link CredentialChanges}, the entities'
 * listener), so
 * every server refuses it from then on. Entries also expire 60 s after they were read: the bound for a read that
 * raced a change (read before the commit, kept just after the drop). Without a grid nothing is kept.
 */
@ApplicationScoped
public class CredentialCache {

    private static final Log LOG = Log.of(CredentialCache.class);
    static final String KEYS = "paygrid-api-keys";
    static final String MERCHANTS = "paygrid-merchant-statuses";
    private static final Factory<ExpiryPolicy> EXPIRY =
            CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, 60));

    private Cache<String, String> keys;
    private Cache<String, String> merchants;

    @PostConstruct
    void connect() {
        try {
            CacheManager manager = GridCaches.manager();
            keys = GridCaches.cache(manager, KEYS, String.class, String.class, EXPIRY);
            merchants = GridCaches.cache(manager, MERCHANTS, String.class, String.class, EXPIRY);
        } catch (NamingException | RuntimeException noGrid) {
            LOG.warning(() -> "No data grid for API keys (" + noGrid + "): every call reads its key from the database");
        }
    }

    /** The key's merchant, mode and kind as kept ({@code merchantId mode kind}), if kept. */
    public Optional<String> key(String keyHash) {
        return read(keys, keyHash);
    }

    public void keepKey(String keyHash, String merchantModeKind) {
        write(keys, keyHash, merchantModeKind);
    }

    /** The merchant's status as kept, if kept. */
    public Optional<String> merchantStatus(String merchantId) {
        return read(merchants, merchantId);
    }

    public void keepMerchantStatus(String merchantId, String status) {
        write(merchants, merchantId, status);
    }

    /** Drops a key when the current transaction commits (at once, outside one). */
    public void forgetKeyOnCommit(String keyHash) {
        afterCommit(() -> remove(keys, keyHash));
    }

    /** Drops a merchant's status when the current transaction commits (at once, outside one). */
    public void forgetMerchantOnCommit(String merchantId) {
        afterCommit(() -> remove(merchants, merchantId));
    }

    private static Optional<String> read(Cache<String, String> cache, String id) {
        if (cache == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(cache.get(id));
        } catch (RuntimeException gridTrouble) {
            return Optional.empty();   // the database answers instead
        }
    }

    private static void write(Cache<String, String> cache, String id, String value) {
        if (cache != null) {
            try {
                cache.put(id, value);
            } catch (RuntimeException gridTrouble) {
                // not kept: the next call reads the database again
            }
        }
    }

    private static void remove(Cache<String, String> cache, String id) {
        if (cache != null) {
            cache.remove(id);
        }
    }

    private static void afterCommit(Runnable drop) {
        TransactionSynchronizationRegistry transactions;
        try {
            transactions = (TransactionSynchronizationRegistry) new InitialContext()
                    .lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException noTransactions) {
            drop.run();
            return;
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            drop.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    drop.run();
                }
            }
        });
    }

    /** A key or a merchant changed ({@link CredentialChanges}): dropped when the change commits. */
    void changed(@Observes CredentialChanged change) {
        if (change.keyHash() != null) {
            forgetKeyOnCommit(change.keyHash());
        }
        if (change.merchantId() != null) {
            forgetMerchantOnCommit(change.merchantId());
        }
    }
}
