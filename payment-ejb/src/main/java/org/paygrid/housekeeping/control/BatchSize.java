package org.paygrid.housekeeping.control;

/**
 * How many records the next batch takes, from how long the last one held its transaction: each aims at
 * {@code targetMillis}, so that no batch holds its locks for long whatever the table, the rows or the machine.
 * Grows by half while batches are quick, shrinks in proportion when one was slow.
 */
public record BatchSize(int targetMillis, int min, int max) {

    public static final int FIRST = 100;

    public int next(int limit, long tookMillis) {
        if (tookMillis > targetMillis) {
            return Math.max(min, (int) (limit * (double) targetMillis / tookMillis * 0.8));
        }
        if (tookMillis < targetMillis / 2) {
            return Math.min(max, limit + limit / 2);
        }
        return limit;
    }
}
