package org.paygrid.merchant.entity;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The listener of {@link ApiKey} and {@link Merchant}: every update or removal of one announces a
 * {@link CredentialChanged} (a CDI event), which the credential cache observes. On the entities, so that no way of
 * changing them (a revocation, a roll, a review, a suspension, a termination) can forget to.
 */
public class CredentialChanges {

    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        CredentialChanged change;
        if (entity instanceof ApiKey key) {
            change = new CredentialChanged(key.keyHash(), null);
        } else if (entity instanceof Merchant merchant) {
            change = new CredentialChanged(null, merchant.id());
        } else {
            return;
        }
        CDI.current().getBeanManager().getEvent().fire(change);
    }
}
