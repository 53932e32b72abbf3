package org.paygrid.ledger.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.paygrid.ledger.entity.JournalEntry;

/** A journal entry as others read it: its reference, what it was, when, and its balanced postings. */
public record EntryView(long id, String reference, String description, Instant createdAt, List<Line> lines)
        implements Serializable {

    /** One posting: account, the merchant it concerns (if any), side and amount in minor units. */
    public record Line(String account, String merchantId, String side, long amountMinor, String currency)
            implements Serializable {
    }

    static EntryView of(JournalEntry entry) {
        return new EntryView(entry.id(), entry.reference(), entry.description(), entry.createdAt(),
                entry.postings().stream().map(p -> new Line(p.account().name(), p.merchantId(), p.side().name(),
                        p.amount().minorUnits(), p.amount().currency().getCurrencyCode())).toList());
    }
}
