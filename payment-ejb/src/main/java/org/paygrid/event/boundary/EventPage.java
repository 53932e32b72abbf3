package org.paygrid.event.boundary;

import java.util.List;

/**
 * A page of events, oldest first: their bodies as stored (JSON text, byte for byte what webhooks carry), and the
 * id to pass as {@code after} for the next page, null on the last.
 */
public record EventPage(List<String> bodies, String nextCursor) {
}
