package org.paygrid.simulator.bank;

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
import java.util.concurrent.ThreadLocalRandom;
import org.paygrid.simulator.books.Jdbc;
import org.paygrid.simulator.books.SimulatorDatabase;

/** The bank's books of virtual accounts, deposits and refunds; every change locks the account's row. */
@ApplicationScoped
public class BankBooks {

    private static final String COLUMNS = "reference, bank_code, account_number, holder_name, amount, due_at, status, "
            + "deposit_id, deposited_at";

    @Inject
    SimulatorDatabase database;

    /** Opens the account once per reference; a number clash (never reused) draws another number. */
    public BankAccount open(String reference, String bankCode, String holderName, long amount, Instant dueAt)
            throws SQLException {
        Optional<BankAccount> existing = find(reference);
        if (existing.isPresent()) {
            return existing.get();
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            String number = bankCode + "0" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
            try (Connection connection = database.connection();
                 PreparedStatement insert = connection.prepareStatement("insert into sim_bank_account (" + COLUMNS
                         + ", created_at) values (?, ?, ?, ?, ?, ?, 'OPEN', null, null, ?)")) {
                insert.setString(1, reference);
                insert.setString(2, bankCode);
                insert.setString(3, number);
                insert.setString(4, holderName);
                insert.setLong(5, amount);
                insert.setTimestamp(6, utc(dueAt));
                insert.setTimestamp(7, utc(Instant.now()));
                insert.executeUpdate();
                return find(reference).orElseThrow();
            } catch (SQLIntegrityConstraintViolationException clash) {
                Optional<BankAccount> raced = find(reference);
                if (raced.isPresent()) {
                    return raced.get();
                }
            }
        }
        throw new SQLException("no free account number after 5 draws");
    }

    public Optional<BankAccount> find(String reference) throws SQLException {
        try (Connection connection = database.connection()) {
            return find(connection, reference, false);
        }
    }

    /** What a deposit did: booked (or replayed), refused with a code, or the account is unknown. */
    public sealed interface DepositResult {
        record Deposited(BankAccount account) implements DepositResult {
        }

        record Refused(String code, String message) implements DepositResult {
        }

        record NotFound() implements DepositResult {
        }
    }

    /** The customer's transfer into the account: only the exact amount, only while open and not past due. */
    public DepositResult deposit(String reference, long amount, Instant now) throws SQLException {
        try (Connection connection = database.connection()) {
            return Jdbc.inTransaction(connection, c -> {
                Optional<BankAccount> locked = find(c, reference, true);
                if (locked.isEmpty()) {
                    return new DepositResult.NotFound();
                }
                BankAccount account = locked.get();
                if (!"OPEN".equals(account.status())) {
                    return new DepositResult.Refused("ACCOUNT_NOT_OPEN", "The account is " + account.status());
                }
                if (now.isAfter(account.dueAt())) {
                    return new DepositResult.Refused("ACCOUNT_EXPIRED", "The account's due date has passed");
                }
                if (amount != account.amount()) {
                    return new DepositResult.Refused("INVALID_DEPOSIT_AMOUNT",
                            "The account accepts exactly " + account.amount() + ", not " + amount);
                }
                try (PreparedStatement update = c.prepareStatement("update sim_bank_account set status = 'DEPOSITED', "
                        + "deposit_id = ?, deposited_at = ? where reference = ?")) {
                    update.setString(1, "dep_" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36));
                    update.setTimestamp(2, utc(now));
                    update.setString(3, reference);
                    update.executeUpdate();
                }
                return new DepositResult.Deposited(find(c, reference, false).orElseThrow());
            });
        }
    }

    /** Closes an open account (the payment expired); a deposited account stays as it is and is returned. */
    public Optional<BankAccount> close(String reference) throws SQLException {
        try (Connection connection = database.connection()) {
            return Jdbc.inTransaction(connection, c -> {
                Optional<BankAccount> locked = find(c, reference, true);
                if (locked.isPresent() && "OPEN".equals(locked.get().status())) {
                    try (PreparedStatement update = c.prepareStatement(
                            "update sim_bank_account set status = 'CLOSED' where reference = ?")) {
                        update.setString(1, reference);
                        update.executeUpdate();
                    }
                    return find(c, reference, false);
                }
                return locked;
            });
        }
    }

    /**
     * Sends money back from a deposited account to the customer's own account; booked once per refund reference,
     * never more than what was deposited.
     */
    public boolean refund(String refundReference, String reference, long amount, String toBank, String toAccount,
                          String toHolder) throws SQLException {
        try (Connection connection = database.connection()) {
            return Jdbc.inTransaction(connection, c -> {
                Optional<BankAccount> locked = find(c, reference, true);
                if (locked.isEmpty() || !"DEPOSITED".equals(locked.get().status())) {
                    return false;
                }
                long refunded;
                try (PreparedStatement sum = c.prepareStatement("select coalesce(sum(amount), 0), "
                        + "sum(refund_reference = ?) from sim_bank_refund where reference = ?")) {
                    sum.setString(1, refundReference);
                    sum.setString(2, reference);
                    try (ResultSet row = sum.executeQuery()) {
                        row.next();
                        if (row.getLong(2) > 0) {
                            return true;
                        }
                        refunded = row.getLong(1);
                    }
                }
                if (amount < 1 || refunded + amount > locked.get().amount()) {
                    return false;
                }
                try (PreparedStatement insert = c.prepareStatement("insert into sim_bank_refund (refund_reference, "
                        + "reference, amount, to_bank_code, to_account, to_holder, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, refundReference);
                    insert.setString(2, reference);
                    insert.setLong(3, amount);
                    insert.setString(4, toBank);
                    insert.setString(5, toAccount);
                    insert.setString(6, toHolder);
                    insert.setTimestamp(7, utc(Instant.now()));
                    insert.executeUpdate();
                }
                return true;
            });
        }
    }

    private static Optional<BankAccount> find(Connection connection, String reference, boolean lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                + " from sim_bank_account where reference = ?" + (lock ? " for update" : ""))) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new BankAccount(row.getString("reference"), row.getString("bank_code"),
                        row.getString("account_number"), row.getString("holder_name"), row.getLong("amount"),
                        instant(row.getTimestamp("due_at")), row.getString("status"), row.getString("deposit_id"),
                        instant(row.getTimestamp("deposited_at"))));
            }
        }
    }
}
