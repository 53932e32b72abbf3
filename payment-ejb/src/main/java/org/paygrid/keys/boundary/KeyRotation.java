package org.paygrid.keys.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.keys.control.KeyRing;
import org.paygrid.keys.control.SealedValues;
import org.paygrid.keys.entity.KeyPurpose;

/**
 * Key rotation, online: the operator lists a new key first for a purpose (the servers then seal with it and still
 * open with the old ones), then asks for a re-seal, which moves every value under an older key to the active key
 * in short transactions ({@link KeyPurpose#resealBatch()} values each) while payments go on; afterwards the old key
 * can be removed.
 */
@Stateless
public class KeyRotation {

    @Inject
    KeyRing keyRing;

    @EJB
    ResealBatch batches;

    @EJB
    AuditLog audit;

    public List<KeyStatus> status() {
        return Arrays.stream(KeyPurpose.values()).map(this::status).toList();
    }

    public KeyStatus status(KeyPurpose purpose) {
        Map<String, Long> counts = new TreeMap<>();
        for (SealedValues values : batches.of(purpose)) {
            values.countByKey().forEach((keyId, count) -> counts.merge(keyId, count, Long::sum));
        }
        return new KeyStatus(purpose.configName(), keyRing.activeKeyId(purpose), keyRing.keyIds(purpose), counts);
    }

    /** Re-seals every value of the purpose under the active key; audited with the counts before and after. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public KeyStatus reseal(KeyPurpose purpose, String actor) {
        KeyStatus before = status(purpose);
        long resealed = 0;
        int size = purpose.resealBatch();
        for (int batch = batches.resealNext(purpose, size); batch > 0; batch = batches.resealNext(purpose, size)) {
            resealed += batch;
        }
        KeyStatus after = status(purpose);
        audit.recordAlone(actor, "KEYS_RESEALED", "KEY_PURPOSE", purpose.configName(),
                "sealed " + before.sealedValues(), "active key " + after.activeKeyId() + ", re-sealed " + resealed
                        + ", sealed " + after.sealedValues());
        return after;
    }
}
