package org.paygrid.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.paygrid.shared.Mode;
import org.paygrid.shared.grid.ClusterDrops;
import org.paygrid.shared.grid.NodeCache;
import org.paygrid.webhook.entity.EndpointChanged;
import org.paygrid.webhook.entity.EndpointChanges;
import org.paygrid.webhook.entity.Subscription;

/**
 * Each server keeps, per merchant and mode, what its active endpoints subscribe to, so that recording an event (on
 * every approval) does not read the endpoints again. An endpoint added, changed or removed drops them on every server
 * when that commits ({@link EndpointChanges}, {@link ClusterDrops}); kept at most 60 s, the bound for a server that
 * missed the drop. A delivery queued for an endpoint disabled meanwhile is never sent: the dispatcher sends only to
 * active endpoints.
 */
@ApplicationScoped
public class Subscriptions {

    static final String DROPS = "webhook-subscriptions";
    private static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 100_000;

    @Inject
    ClusterDrops drops;

    @EJB
    SubscriptionReader reader;

    private NodeCache<List<Subscription>> kept;

    @PostConstruct
    void connect() {
        kept = drops.cache(DROPS, TIME_TO_LIVE, MAX_ENTRIES);
    }

    /** The subscriptions of the merchant's active endpoints in this mode; {@code em} reads them where nothing is kept. */
    List<Subscription> of(String merchantId, Mode mode, EntityManager em) {
        if (!kept.keeps()) {
            return SubscriptionReader.read(em, merchantId, mode);
        }
        String key = key(merchantId, mode);
        Optional<List<Subscription>> known = kept.get(key);
        if (known.isPresent()) {
            return known.get();
        }
        long stamp = kept.stamp();
        List<Subscription> read = reader.active(merchantId, mode);
        kept.keep(key, read, stamp);
        return read;
    }

    void changed(@Observes EndpointChanged change) {
        drops.dropOnCommit(DROPS, key(change.merchantId(), change.mode()));
    }

    private static String key(String merchantId, Mode mode) {
        return merchantId + " " + mode.name();
    }
}
