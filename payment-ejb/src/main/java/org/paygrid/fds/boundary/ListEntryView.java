package org.paygrid.fds.boundary;

import java.time.OffsetDateTime;
import org.paygrid.fds.entity.ListEntry;
import org.paygrid.shared.time.SeoulTime;

/** A block-list entry as staff see it; {@code active} is false once removed or expired. */
public record ListEntryView(long id, String list, String value, String reason, OffsetDateTime expiresAt,
                            boolean active, String addedBy, OffsetDateTime addedAt, String removedBy,
                            OffsetDateTime removedAt) implements java.io.Serializable {

    static ListEntryView of(ListEntry e, java.time.Instant now) {
        return new ListEntryView(e.id(), e.list().name(), e.value(), e.reason(), at(e.expiresAt()), e.activeAt(now),
                e.addedBy(), SeoulTime.of(e.addedAt()), e.removedBy(), at(e.removedAt()));
    }

    private static OffsetDateTime at(java.time.Instant instant) {
        return instant == null ? null : SeoulTime.of(instant);
    }
}
