package org.paygrid.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.paygrid.billing.entity.BillingKey;
import org.paygrid.keys.control.EntitySealedValues;
import org.paygrid.keys.entity.KeyPurpose;
import org.paygrid.payment.boundary.StoredCards;

/** The cards stored behind active billing keys, as the key rotation sees them (revoked keys keep none). */
@ApplicationScoped
public class BillingKeyCards extends EntitySealedValues<BillingKey> {

    @Inject
    StoredCards storedCards;

    public BillingKeyCards() {
        super(KeyPurpose.CARD, BillingKey.class, "billingKey", "keyId");
    }

    @Override
    protected void reseal(BillingKey key) {
        key.resealedCard(storedCards.reseal(key.billingKey(), key.sealedCard()));
    }
}
