package org.paygrid.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.paygrid.keys.control.EntitySealedValues;
import org.paygrid.keys.entity.KeyPurpose;
import org.paygrid.payment.entity.VaultedCard;

/** The cards waiting in the vault for a confirm, as the key rotation sees them. */
@ApplicationScoped
public class VaultedCards extends EntitySealedValues<VaultedCard> {

    @Inject
    CardVault vault;

    public VaultedCards() {
        super(KeyPurpose.CARD, VaultedCard.class, "paymentKey", "keyId");
    }

    @Override
    protected void reseal(VaultedCard card) {
        card.resealed(vault.reseal(card.paymentKey(), card.sealed()));
    }
}
