package org.paygrid.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.paygrid.billing.entity.BillingKey;
import org.paygrid.keys.control.EntitySealedValues;
import org.paygrid.keys.entity.KeyPurpose;
import org.paygrid.payment.control.CardVault;

/** The cards stored behind active billing keys, as the key rotation sees them (revoked keys keep none). */
@ApplicationScoped
public class BillingKeyCards extends EntitySealedValues<BillingKey> {

    @PersistenceContext
    EntityManager em;

    @Inject
    CardVault vault;

    public BillingKeyCards() {
        super(BillingKey.class, "billingKey", "keyId");
    }

    @Override
    public KeyPurpose purpose() {
        return KeyPurpose.CARD;
    }

    @Override
    protected EntityManager em() {
        return em;
    }

    @Override
    protected void reseal(BillingKey key) {
        key.resealedCard(vault.reseal(key.billingKey(), key.sealedCard()));
    }
}
