package org.paygrid.keys.boundary;

import java.util.List;
import java.util.Map;

/** A purpose's keys as staff see them: ids only, never key material, and how many values each seals. */
public record KeyStatus(String purpose, String activeKeyId, List<String> keyIds, Map<String, Long> sealedValues) {
}
