package org.paygrid.event.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;

/** The JSON of an event exactly as contract section 7 writes it: {@code {id, type, createdAt, mode, data}}. */
@JsonbPropertyOrder({"id", "type", "createdAt", "mode", "data"})
public record EventBody(String id, String type, OffsetDateTime createdAt, String mode, Object data) {
}
