package org.paygrid.merchant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reviewer's decision, kept with the checklist as it stood at that moment: later edits to the documents
 * do not rewrite what the decision was based on.
 */
@Entity
@Table(name = "mer_review")
public class MerchantReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "merchant_id", nullable = false, length = 32, updatable = false)
    private String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ReviewDecision decision;

    @Column(length = 1000, updatable = false)
    private String note;

    @Column(nullable = false, length = 1000, updatable = false)
    private String checklist;

    @Column(nullable = false, length = 100, updatable = false)
    private String reviewer;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected MerchantReview() {
        // for JPA
    }

    public MerchantReview(String merchantId, ReviewDecision decision, String note, ReviewChecklist checklist,
                          String reviewer, Instant decidedAt) {
        this.merchantId = merchantId;
        this.decision = decision;
        this.note = note;
        this.checklist = checklist.summary();
        this.reviewer = reviewer;
        this.decidedAt = decidedAt;
    }

    public Long id() {
        return id;
    }

    public String merchantId() {
        return merchantId;
    }

    public ReviewDecision decision() {
        return decision;
    }

    public String note() {
        return note;
    }

    public String checklist() {
        return checklist;
    }

    public String reviewer() {
        return reviewer;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
