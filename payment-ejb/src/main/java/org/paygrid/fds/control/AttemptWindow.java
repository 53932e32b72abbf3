package org.paygrid.fds.control;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;

/**
 * The attempts of one velocity key as its counter row stores them: epoch milliseconds, 8 bytes each, oldest first,
 * only those inside the rule's window and at most {@code maxAttempts + 1} of them (enough to tell that the limit is
 * passed; the count a rule reports stops there). Pure, so that the windows are tested without a database.
 */
public record AttemptWindow(long[] attempts) {

    /** The window of a key's first attempt. */
    public static AttemptWindow first(Instant now) {
        return new AttemptWindow(new long[] {now.toEpochMilli()});
    }

    /** Reads a stored window. */
    public static AttemptWindow of(byte[] stored) {
        ByteBuffer buffer = ByteBuffer.wrap(stored);
        long[] attempts = new long[stored.length / Long.BYTES];
        for (int i = 0; i < attempts.length; i++) {
            attempts[i] = buffer.getLong();
        }
        return new AttemptWindow(attempts);
    }

    /** This window with one more attempt at {@code now}: older ones leave it, and no more than {@code keep} stay. */
    public AttemptWindow add(Instant now, Duration window, int keep) {
        long since = now.minus(window).toEpochMilli();
        int first = 0;
        while (first < attempts.length && attempts[first] <= since) {
            first++;
        }
        int kept = Math.min(attempts.length - first, keep - 1);
        long[] next = new long[kept + 1];
        System.arraycopy(attempts, attempts.length - kept, next, 0, kept);
        next[kept] = now.toEpochMilli();
        return new AttemptWindow(next);
    }

    public int count() {
        return attempts.length;
    }

    public byte[] bytes() {
        ByteBuffer buffer = ByteBuffer.allocate(attempts.length * Long.BYTES);
        for (long attempt : attempts) {
            buffer.putLong(attempt);
        }
        return buffer.array();
    }
}
