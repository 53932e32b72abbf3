package org.paygrid.webhook.entity;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The listener of {@link WebhookEndpoint}: every endpoint written announces an {@link EndpointChanged} (a CDI event),
 * which the subscriptions each server keeps observe. On the entity, so that no way of changing an endpoint (a
 * registration, a 410, a deletion) can forget to.
 */
public class EndpointChanges {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(WebhookEndpoint endpoint) {
        CDI.current().getBeanManager().getEvent().fire(new EndpointChanged(endpoint.merchantId(), endpoint.mode()));
    }
}
