package org.paygrid.settlement.batch;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a partition's reader stands, and its checkpoint: approvals merchant by merchant in (approved at, payment
 * key) order, then the partition's cancels by id, then the movements of earlier dates that a fraud review held and
 * that were cleared since (LATE), by id ({@code cancelId} is the id the phase goes on after). Each page is a fresh indexed query from here, so no cursor is
 * held across chunk transactions and a restart resumes right after the last committed item.
 */
public record ReadPosition(Phase phase, String merchantId, Instant approvedAt, String paymentKey, long cancelId)
        implements Serializable {

    public enum Phase { APPROVALS, CANCELS, LATE, DONE }

    static ReadPosition approvalsOf(String merchantId) {
        return new ReadPosition(Phase.APPROVALS, merchantId, null, null, 0);
    }

    static ReadPosition cancels() {
        return new ReadPosition(Phase.CANCELS, null, null, null, 0);
    }

    ReadPosition afterApproval(Instant at, String key) {
        return new ReadPosition(Phase.APPROVALS, merchantId, at, key, 0);
    }

    ReadPosition afterCancel(long id) {
        return new ReadPosition(Phase.CANCELS, null, null, null, id);
    }

    static ReadPosition late() {
        return new ReadPosition(Phase.LATE, null, null, null, 0);
    }

    ReadPosition afterLate(long id) {
        return new ReadPosition(Phase.LATE, null, null, null, id);
    }

    ReadPosition done() {
        return new ReadPosition(Phase.DONE, null, null, null, cancelId);
    }
}
