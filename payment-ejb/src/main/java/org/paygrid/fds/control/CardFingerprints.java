package org.paygrid.fds.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.paygrid.keys.control.KeyRing;
import org.paygrid.keys.entity.KeyPurpose;

/** A card's fingerprint: a keyed hash of its number (the card-fingerprint key), the same for every use of the card. */
@ApplicationScoped
public class CardFingerprints {

    @Inject
    KeyRing keyRing;

    public String of(String cardNumber) {
        return cardNumber == null ? null : keyRing.mac(KeyPurpose.CARD_FINGERPRINT, cardNumber);
    }
}
