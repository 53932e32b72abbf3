package org.paygrid.keys.control;

import java.util.List;
import java.util.Map;
import org.paygrid.keys.entity.KeyPurpose;

/**
 * A capability's own sealed values of one purpose, which it re-seals itself when asked: the capability owns the
 * table, the key ring owns the keys. Implementations are CDI beans; the rotation finds them all.
 */
public interface SealedValues {

    KeyPurpose purpose();

    /** How many values each key id seals now. */
    Map<String, Long> countByKey();

    /** Up to {@code limit} ids of values sealed under any key but {@code keyId} (each is locked when re-sealed). */
    List<String> sealedUnderOtherKeys(String keyId, int limit);

    /** Opens the value with its own key and seals it again under the active key, in the caller's transaction. */
    void reseal(String id);
}
