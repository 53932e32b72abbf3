package org.paygrid.ledger.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.paygrid.shared.Mode;

/**
 * A balanced set of postings recording one money movement. It cannot be built unbalanced: per currency the
 * debits equal the credits. {@code reference} is unique, so the same movement can never be booked twice.
 */
@Entity
@Table(name = "ldg_journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 80, unique = true)
    private String reference;

    @Column(name = "payment_key", updatable = false, length = 40)
    private String paymentKey;

    /** The payment's money movement this entry books (its approval or a cancel); null for settlement's entries. */
    @Column(name = "transaction_key", updatable = false, length = 40)
    private String transactionKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 4)
    private Mode mode;

    @Column(nullable = false, updatable = false, length = 200)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ldg_posting", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "line_no")
    private List<Posting> postings;

    protected JournalEntry() {
        // for JPA
    }

    private JournalEntry(String reference, String paymentKey, Mode mode, String description, List<Posting> postings,
                         Instant createdAt) {
        this.reference = reference;
        this.paymentKey = paymentKey;
        this.mode = mode;
        this.description = description;
        this.postings = List.copyOf(postings);
        this.createdAt = createdAt;
    }

    public static JournalEntry of(String reference, String paymentKey, Mode mode, String description,
                                  List<Posting> postings, Instant createdAt) {
        if (postings.size() < 2) {
            throw new UnbalancedEntryException("a journal entry needs at least two postings");
        }
        Map<String, Long> net = postings.stream().collect(
                Collectors.groupingBy(Posting::currencyCode, Collectors.summingLong(Posting::signedMinorUnits)));
        net.forEach((currency, sum) -> {
            if (sum != 0) {
                throw new UnbalancedEntryException("debits and credits differ by " + sum + " " + currency);
            }
        });
        return new JournalEntry(reference, paymentKey, mode, description, postings, createdAt);
    }

    /** The entry of one money movement of a payment, under {@code <kind>:<transactionKey>}. */
    public static JournalEntry ofMovement(String kind, String transactionKey, String paymentKey, Mode mode,
                                          String description, List<Posting> postings, Instant createdAt) {
        JournalEntry entry = of(kind + ":" + transactionKey, paymentKey, mode, description, postings, createdAt);
        entry.transactionKey = transactionKey;
        return entry;
    }

    public Long id() { return id; }
    public String transactionKey() { return transactionKey; }
    public String reference() { return reference; }
    public String paymentKey() { return paymentKey; }
    public Mode mode() { return mode; }
    public String description() { return description; }
    public List<Posting> postings() { return postings; }
    public Instant createdAt() { return createdAt; }

    /** Raised instead of creating an entry whose debits and credits differ. */
    public static class UnbalancedEntryException extends IllegalArgumentException {
        public UnbalancedEntryException(String message) {
            super(message);
        }
    }
}
