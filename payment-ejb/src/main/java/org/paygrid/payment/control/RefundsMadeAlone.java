package org.paygrid.payment.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import org.paygrid.shared.time.ClockProducer;

/**
 * What a staff member refunded alone on a day (Asia/Seoul), kept in one row per person and day. Reading it locks the
 * row until the transaction ends, so two refunds by one person on two different payments, each under its own
 * payment's lock, still pass the daily limit one after the other and never both on the same old total.
 */
final class RefundsMadeAlone {

    private final EntityManager em;
    private final String staff;
    private final LocalDate day;

    private RefundsMadeAlone(EntityManager em, String staff, LocalDate day) {
        this.em = em;
        this.staff = staff;
        this.day = day;
    }

    /** Locks the staff member's row for the day of {@code now} (creating it at zero) for this transaction. */
    static RefundsMadeAlone lockToday(EntityManager em, String staff, Instant now) {
        RefundsMadeAlone today = new RefundsMadeAlone(em, staff, now.atZone(ClockProducer.SEOUL).toLocalDate());
        // on a duplicate key this takes the exclusive lock at once (a plain insert would take a shared one, and
        // two shared locks upgraded together deadlock)
        em.createNativeQuery("insert into pay_staff_refund_day (staff, refund_day, refunded_won) values (?1, ?2, 0) "
                        + "on duplicate key update refunded_won = refunded_won")
                .setParameter(1, staff).setParameter(2, today.day).executeUpdate();
        return today;
    }

    /** The total so far; a locking read, so it sees what other transactions committed before the lock was ours. */
    long won() {
        return ((Number) em.createNativeQuery("select refunded_won from pay_staff_refund_day "
                        + "where staff = ?1 and refund_day = ?2 for update")
                .setParameter(1, staff).setParameter(2, day).getSingleResult()).longValue();
    }

    void add(long amount) {
        em.createNativeQuery("update pay_staff_refund_day set refunded_won = refunded_won + ?1 "
                        + "where staff = ?2 and refund_day = ?3")
                .setParameter(1, amount).setParameter(2, staff).setParameter(3, day).executeUpdate();
    }
}
