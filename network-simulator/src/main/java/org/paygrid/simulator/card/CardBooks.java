package org.paygrid.simulator.card;

import static org.paygrid.simulator.books.Jdbc.instant;
import static org.paygrid.simulator.books.Jdbc.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paygrid.simulator.books.SimulatorDatabase;

/**
 * The network's books in plain JDBC. The authorization's reference is its primary key, so an attempt is booked
 * once however often (or however concurrently) it is sent; cancels lock their authorization's row.
 */
@ApplicationScoped
public class CardBooks {

    private static final String COLUMNS = "reference, card_bin, card_last4, amount, currency, installment_months, "
            + "status, decline_code, approve_no, issuer_code, acquirer_code, card_type, canceled_amount, created_at";

    @Inject
    SimulatorDatabase database;

    /** Books the attempt, unless it is already booked: then the booked one is returned and nothing changes. */
    public Authorization bookOnce(Authorization authorization) throws SQLException {
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement("insert into sim_card_authorization (" + COLUMNS
                     + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Timestamp now = utc(authorization.createdAt());
            insert.setString(1, authorization.reference());
            insert.setString(2, authorization.cardBin());
            insert.setString(3, authorization.cardLast4());
            insert.setLong(4, authorization.amount());
            insert.setString(5, authorization.currency());
            insert.setInt(6, authorization.installmentMonths());
            insert.setString(7, authorization.status());
            insert.setString(8, authorization.declineCode());
            insert.setString(9, authorization.approveNo());
            insert.setString(10, authorization.issuerCode());
            insert.setString(11, authorization.acquirerCode());
            insert.setString(12, authorization.cardType());
            insert.setLong(13, 0);
            insert.setTimestamp(14, now);
            insert.setTimestamp(15, now);
            insert.executeUpdate();
            return authorization;
        } catch (SQLIntegrityConstraintViolationException alreadyBooked) {
            return find(authorization.reference()).orElseThrow(() -> alreadyBooked);
        }
    }

    /**
     * A reversal (망취소): books the reference as reversed unless the attempt was booked first, in one insert whose
     * unique key decides which came first. Answers what is booked under the reference, either way.
     */
    public Authorization reverseUnlessBooked(String reference, long amount, Instant now) throws SQLException {
        return bookOnce(Authorization.reversal(reference, amount, now));
    }

    public Optional<Authorization> find(String reference) throws SQLException {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "select " + COLUMNS + " from sim_card_authorization where reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    /** A cancel already booked under this cancel reference, as {reference, amount}. */
    public Optional<BookedCancel> findCancel(String cancelReference) throws SQLException {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "select reference, cancel_reference, amount, created_at from sim_card_cancel where cancel_reference = ?")) {
            select.setString(1, cancelReference);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(readCancel(row)) : Optional.empty();
            }
        }
    }

    /**
     * Cancels part of an authorization in one transaction under its row lock: the remaining amount can never go
     * below zero, and a cancel reference is booked once.
     */
    public CancelResult cancel(String reference, String cancelReference, long amount, Instant now) throws SQLException {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                CancelResult result = cancelLocked(connection, reference, cancelReference, amount, now);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private CancelResult cancelLocked(Connection connection, String reference, String cancelReference, long amount,
                                      Instant now) throws SQLException {
        Authorization authorization;
        try (PreparedStatement lock = connection.prepareStatement(
                "select " + COLUMNS + " from sim_card_authorization where reference = ? for update")) {
            lock.setString(1, reference);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    return new CancelResult.NotFound();
                }
                authorization = read(row);
            }
        }
        try (PreparedStatement existing = connection.prepareStatement(
                "select reference, cancel_reference, amount, created_at from sim_card_cancel where cancel_reference = ?")) {
            existing.setString(1, cancelReference);
            try (ResultSet row = existing.executeQuery()) {
                if (row.next()) {
                    return new CancelResult.Done(readCancel(row), authorization);
                }
            }
        }
        if (!authorization.approved() || authorization.remainingAmount() == 0) {
            return new CancelResult.NotCancelable(authorization.status());
        }
        if (amount < 1 || amount > authorization.remainingAmount()) {
            return new CancelResult.ExceedsRemaining(authorization.remainingAmount());
        }
        long canceled = authorization.canceledAmount() + amount;
        String status = canceled == authorization.amount() ? "CANCELED" : "PARTIAL_CANCELED";
        try (PreparedStatement update = connection.prepareStatement("update sim_card_authorization set canceled_amount = ?, "
                + "status = ?, updated_at = ?, version = version + 1 where reference = ?");
             PreparedStatement insert = connection.prepareStatement("insert into sim_card_cancel (reference, "
                     + "cancel_reference, amount, created_at) values (?, ?, ?, ?)")) {
            update.setLong(1, canceled);
            update.setString(2, status);
            update.setTimestamp(3, utc(now));
            update.setString(4, reference);
            update.executeUpdate();
            insert.setString(1, reference);
            insert.setString(2, cancelReference);
            insert.setLong(3, amount);
            insert.setTimestamp(4, utc(now));
            insert.executeUpdate();
        }
        BookedCancel booked = new BookedCancel(reference, cancelReference, amount, now);
        return new CancelResult.Done(booked, find(connection, reference));
    }

    /** The day's books: authorizations and cancels booked between {@code from} and {@code to}. */
    public DayBooks day(Instant from, Instant to) throws SQLException {
        List<Authorization> authorizations = new ArrayList<>();
        List<BookedCancel> cancels = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement auths = connection.prepareStatement("select " + COLUMNS
                     + " from sim_card_authorization where created_at >= ? and created_at < ? order by created_at");
             PreparedStatement cancelled = connection.prepareStatement("select reference, cancel_reference, amount, "
                     + "created_at from sim_card_cancel where created_at >= ? and created_at < ? order by id")) {
            auths.setTimestamp(1, utc(from));
            auths.setTimestamp(2, utc(to));
            try (ResultSet row = auths.executeQuery()) {
                while (row.next()) {
                    authorizations.add(read(row));
                }
            }
            cancelled.setTimestamp(1, utc(from));
            cancelled.setTimestamp(2, utc(to));
            try (ResultSet row = cancelled.executeQuery()) {
                while (row.next()) {
                    cancels.add(readCancel(row));
                }
            }
        }
        return new DayBooks(authorizations, cancels);
    }

    private Authorization find(Connection connection, String reference) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select " + COLUMNS + " from sim_card_authorization where reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return read(row);
            }
        }
    }

    private static Authorization read(ResultSet row) throws SQLException {
        return new Authorization(row.getString("reference"), row.getString("card_bin"), row.getString("card_last4"),
                row.getLong("amount"), row.getString("currency"), row.getInt("installment_months"),
                row.getString("status"), row.getString("decline_code"), row.getString("approve_no"),
                row.getString("issuer_code"), row.getString("acquirer_code"), row.getString("card_type"),
                row.getLong("canceled_amount"), instant(row.getTimestamp("created_at")));
    }

    private static BookedCancel readCancel(ResultSet row) throws SQLException {
        return new BookedCancel(row.getString("reference"), row.getString("cancel_reference"), row.getLong("amount"),
                instant(row.getTimestamp("created_at")));
    }

    /** Times are kept in UTC in the books. */

    /** One cancel in the books. */
    public record BookedCancel(String reference, String cancelReference, long amount, Instant createdAt) {
    }

    /** A day of the network's books, for reconciliation. */
    public record DayBooks(List<Authorization> authorizations, List<BookedCancel> cancels) {
    }

    /** What a cancel came to. */
    public sealed interface CancelResult {
        record Done(BookedCancel cancel, Authorization authorization) implements CancelResult {
        }

        record NotFound() implements CancelResult {
        }

        record NotCancelable(String status) implements CancelResult {
        }

        record ExceedsRemaining(long remaining) implements CancelResult {
        }
    }
}
