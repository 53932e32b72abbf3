package org.paygrid.housekeeping.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One rule's purge in one housekeeping run: what it removed, in how many batches, and its longest batch. */
@Entity
@Table(name = "hk_purge_run")
public class PurgeRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String rule;

    @Column(nullable = false)
    private Instant cutoff;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(nullable = false)
    private long removed;

    @Column(nullable = false)
    private int batches;

    @Column(name = "longest_batch_ms", nullable = false)
    private long longestBatchMs;

    @Column(nullable = false, length = 10)
    private String outcome;

    @Column(length = 300)
    private String failure;

    @Column(name = "run_by", nullable = false, length = 100)
    private String runBy;

    protected PurgeRun() {
    }

    public PurgeRun(String rule, Instant cutoff, Instant startedAt, Instant finishedAt, long removed, int batches,
                    long longestBatchMs, String failure, String runBy) {
        this.rule = rule;
        this.cutoff = cutoff;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.removed = removed;
        this.batches = batches;
        this.longestBatchMs = longestBatchMs;
        this.outcome = failure == null ? "COMPLETED" : "FAILED";
        this.failure = failure == null ? null : failure.substring(0, Math.min(300, failure.length()));
        this.runBy = runBy;
    }

    public String rule() {
        return rule;
    }

    public Instant cutoff() {
        return cutoff;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public long removed() {
        return removed;
    }

    public int batches() {
        return batches;
    }

    public long longestBatchMs() {
        return longestBatchMs;
    }

    public String outcome() {
        return outcome;
    }

    public String failure() {
        return failure;
    }

    public String runBy() {
        return runBy;
    }
}
