package org.paygrid.keys.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import org.paygrid.keys.control.KeyRing;
import org.paygrid.keys.control.SealedValues;
import org.paygrid.keys.entity.KeyPurpose;

/** One short transaction of a rotation: lock a batch of values under older keys and re-seal them. */
@Stateless
public class ResealBatch {

    @Inject
    KeyRing keyRing;

    @Inject
    @Any
    Instance<SealedValues> sealedValues;

    /** How many values it re-sealed; 0 when none of the purpose is left under an older key. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int resealNext(KeyPurpose purpose, int limit) {
        int resealed = 0;
        for (SealedValues values : of(purpose)) {
            if (resealed >= limit) {
                break;
            }
            List<String> ids = values.sealedUnderOtherKeys(keyRing.activeKeyId(purpose), limit - resealed);
            ids.forEach(values::reseal);
            resealed += ids.size();
        }
        return resealed;
    }

    /** The capabilities' sealed values of this purpose. */
    public List<SealedValues> of(KeyPurpose purpose) {
        return sealedValues.stream().filter(v -> v.purpose() == purpose).toList();
    }
}
