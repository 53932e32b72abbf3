package org.paygrid.simulator.provider;

import static org.paygrid.simulator.books.Jdbc.instant;
import static org.paygrid.simulator.books.Jdbc.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.Optional;
import org.paygrid.simulator.books.Jdbc;
import org.paygrid.simulator.books.SimulatorDatabase;

/** The providers' books: a payment is booked once per reference; cancels lock the payment's row. */
@ApplicationScoped
public class ProviderBooks {

    private static final String COLUMNS = "reference, channel, provider, customer_id, amount, status, decline_code, "
            + "approve_no, canceled_amount, created_at";

    @Inject
    SimulatorDatabase database;

    public ProviderPayment bookOnce(ProviderPayment payment) throws SQLException {
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement("insert into sim_provider_payment (" + COLUMNS
                     + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
            insert.setString(1, payment.reference());
            insert.setString(2, payment.channel());
            insert.setString(3, payment.provider());
            insert.setString(4, payment.customerId());
            insert.setLong(5, payment.amount());
            insert.setString(6, payment.status());
            insert.setString(7, payment.declineCode());
            insert.setString(8, payment.approveNo());
            insert.setTimestamp(9, utc(payment.createdAt()));
            insert.setTimestamp(10, utc(payment.createdAt()));
            insert.executeUpdate();
            return payment;
        } catch (SQLIntegrityConstraintViolationException alreadyBooked) {
            return find(payment.reference()).orElseThrow(() -> alreadyBooked);
        }
    }

    /**
     * A reversal (망취소): books the reference as reversed unless the request was booked first, in one insert whose
     * unique key decides which came first. Answers what is booked under the reference, either way.
     */
    public ProviderPayment reverseUnlessBooked(String reference, String channel, long amount, Instant now)
            throws SQLException {
        return bookOnce(ProviderPayment.reversal(reference, channel, amount, now));
    }

    public Optional<ProviderPayment> find(String reference) throws SQLException {
        try (Connection connection = database.connection()) {
            return find(connection, reference, false);
        }
    }

    /** The outcome of a cancel: done (also when replayed), unknown payment, or more than what remains. */
    public sealed interface CancelResult {
        record Done(long amount, ProviderPayment payment) implements CancelResult {
        }

        record NotFound() implements CancelResult {
        }

        record Refused(long remaining) implements CancelResult {
        }
    }

    public CancelResult cancel(String reference, String cancelReference, long amount, Instant now) throws SQLException {
        try (Connection connection = database.connection()) {
            return Jdbc.inTransaction(connection, c -> {
                Optional<ProviderPayment> locked = find(c, reference, true);
                if (locked.isEmpty()) {
                    return new CancelResult.NotFound();
                }
                try (PreparedStatement existing = c.prepareStatement(
                        "select amount from sim_provider_cancel where cancel_reference = ?")) {
                    existing.setString(1, cancelReference);
                    try (ResultSet row = existing.executeQuery()) {
                        if (row.next()) {
                            return new CancelResult.Done(row.getLong(1), locked.get());
                        }
                    }
                }
                ProviderPayment payment = locked.get();
                if (!"APPROVED".equals(payment.status()) && !"PARTIAL_CANCELED".equals(payment.status())
                        || amount < 1 || amount > payment.remainingAmount()) {
                    return new CancelResult.Refused(payment.remainingAmount());
                }
                long canceled = payment.canceledAmount() + amount;
                try (PreparedStatement update = c.prepareStatement("update sim_provider_payment set canceled_amount = ?,"
                        + " status = ?, updated_at = ? where reference = ?");
                     PreparedStatement insert = c.prepareStatement("insert into sim_provider_cancel (reference, "
                             + "cancel_reference, amount, created_at) values (?, ?, ?, ?)")) {
                    update.setLong(1, canceled);
                    update.setString(2, canceled == payment.amount() ? "CANCELED" : "PARTIAL_CANCELED");
                    update.setTimestamp(3, utc(now));
                    update.setString(4, reference);
                    update.executeUpdate();
                    insert.setString(1, reference);
                    insert.setString(2, cancelReference);
                    insert.setLong(3, amount);
                    insert.setTimestamp(4, utc(now));
                    insert.executeUpdate();
                }
                return new CancelResult.Done(amount, find(c, reference, false).orElseThrow());
            });
        }
    }

    private static Optional<ProviderPayment> find(Connection connection, String reference, boolean lock)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                + " from sim_provider_payment where reference = ?" + (lock ? " for update" : ""))) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ProviderPayment(row.getString("reference"), row.getString("channel"),
                        row.getString("provider"), row.getString("customer_id"), row.getLong("amount"),
                        row.getString("status"), row.getString("decline_code"), row.getString("approve_no"),
                        row.getLong("canceled_amount"), instant(row.getTimestamp("created_at"))));
            }
        }
    }
}
