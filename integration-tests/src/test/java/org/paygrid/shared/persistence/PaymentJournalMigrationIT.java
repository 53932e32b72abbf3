package org.paygrid.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestStack;

/**
 * V028 turns payments into journals of transactions. Data written by the schema before it (V027: cancels in
 * pay_cancel, the outcome_unknown flag, the confirm claim) must come over: every approval, deposit, open or
 * failed authorization and cancel becomes its transaction, and the journal entries learn their transaction keys.
 */
class PaymentJournalMigrationIT {

    private static final String SCRATCH = "paygrid_test_journal_migration";
    private static final String PAYMENT = "insert into pay_payment (payment_key, merchant_id, mode, order_id, order_name, "
            + "status, method, currency, total_amount, balance_amount, tax_free_amount, requested_at, approved_at, "
            + "network_reference, outcome_unknown, confirm_claimed_at, deposit_id, failure_code, failure_message, "
            + "created_at, updated_at) values ";

    @Test
    void paymentsWrittenBeforeTheJournalBecomeTheirTransactions() throws Exception {
        try (Connection db = TestStack.database(); Statement sql = db.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            sql.execute("CREATE DATABASE " + SCRATCH + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = TestStack.require("paygrid.db.url").replaceFirst("/[^/?]+(\\?.*)?$", "/" + SCRATCH);
        String user = TestStack.require("paygrid.db.user");
        String password = TestStack.require("paygrid.db.password");
        try {
            flyway(url, user, password).target("27").load().migrate();
            try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
                sql.execute("SET FOREIGN_KEY_CHECKS = 0");   // the payments' merchant is not what this test is about
                String t = "'2026-12-01 10:00:00'";
                sql.execute(PAYMENT
                        + "('pay_partly', 'mer_1', 'TEST', 'o1', 'Books', 'PARTIAL_CANCELED', 'CARD', 'KRW', 10000, 4000, 0, "
                        + t + ", '2026-12-01 10:00:05', 'auth_partly', false, " + t + ", null, null, null, " + t + ", " + t + "),"
                        + "('pay_unknown', 'mer_1', 'TEST', 'o2', 'Books', 'IN_PROGRESS', 'CARD', 'KRW', 5000, 5000, 0, "
                        + t + ", null, 'auth_unknown', true, " + t + ", null, null, null, " + t + ", " + t + "),"
                        + "('pay_claimed', 'mer_1', 'TEST', 'o3', 'Books', 'IN_PROGRESS', 'EASY_PAY', 'KRW', 3000, 3000, 0, "
                        + t + ", null, 'prv_claimed', false, '2026-12-01 10:01:00', null, null, null, " + t + ", " + t + "),"
                        + "('pay_ready', 'mer_1', 'TEST', 'o4', 'Books', 'READY', null, 'KRW', 1000, 1000, 0, "
                        + t + ", null, null, false, null, null, null, null, " + t + ", " + t + "),"
                        + "('pay_deposit', 'mer_1', 'TEST', 'o5', 'Books', 'DONE', 'VIRTUAL_ACCOUNT', 'KRW', 7000, 7000, 500, "
                        + t + ", '2026-12-01 11:00:00', 'va_deposit', false, null, 'dep_1', null, null, " + t + ", " + t + "),"
                        + "('pay_declined', 'mer_1', 'TEST', 'o6', 'Books', 'ABORTED', 'CARD', 'KRW', 2000, 2000, 0, "
                        + t + ", null, 'auth_declined', false, " + t + ", null, 'REJECT_CARD_COMPANY', 'declined', "
                        + t + ", '2026-12-01 10:00:02')");
                sql.execute("insert into pay_cancel (payment_key, transaction_key, cancel_amount, tax_free_amount, "
                        + "cancel_reason, refundable_amount, canceled_at, network_confirmed_at) values "
                        + "('pay_partly', 'txn_confirmed', 4000, 0, 'one book', 6000, '2026-12-01 12:00:00', '2026-12-01 12:00:01'),"
                        + "('pay_partly', 'txn_unconfirmed', 2000, 0, 'another', 4000, '2026-12-01 13:00:00', null)");
                sql.execute("insert into ldg_journal_entry (reference, payment_key, mode, description, created_at) values "
                        + "('approval:pay_partly', 'pay_partly', 'TEST', 'approval', " + t + "),"
                        + "('cancel:txn_confirmed', 'pay_partly', 'TEST', 'cancel', " + t + "),"
                        + "('payout:1', null, 'TEST', 'payout', " + t + ")");
            }

            flyway(url, user, password).load().migrate();

            try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
                assertThat(rows(sql, "select payment_key, transaction_key, kind, status, amount, network_reference, "
                        + "completed_at is not null, failure_code from pay_transaction order by payment_key, id"))
                        .containsExactly(
                                "pay_claimed|pay_claimed|AUTHORIZATION|PENDING|3000|prv_claimed|0|null",
                                "pay_declined|pay_declined|AUTHORIZATION|FAILED|2000|auth_declined|1|REJECT_CARD_COMPANY",
                                "pay_deposit|pay_deposit|DEPOSIT|SUCCESS|7000|dep_1|1|null",
                                "pay_partly|txn_confirmed|CANCEL|SUCCESS|4000|null|1|null",
                                "pay_partly|txn_unconfirmed|CANCEL|PENDING|2000|null|0|null",
                                "pay_partly|pay_partly|AUTHORIZATION|SUCCESS|10000|auth_partly|1|null",
                                "pay_unknown|pay_unknown|AUTHORIZATION|UNKNOWN|5000|auth_unknown|0|null");
                assertThat(rows(sql, "select tax_free_amount from pay_transaction where transaction_key = 'pay_deposit'"))
                        .containsExactly("500");
                assertThat(rows(sql, "select reference, transaction_key from ldg_journal_entry order by id"))
                        .containsExactly("approval:pay_partly|pay_partly", "cancel:txn_confirmed|txn_confirmed",
                                "payout:1|null");
                assertThat(rows(sql, "select count(*) from information_schema.columns where table_schema = '"
                        + SCRATCH + "' and column_name in ('outcome_unknown', 'confirm_claimed_at')")).containsExactly("0");
            }
        } finally {
            try (Connection db = TestStack.database(); Statement sql = db.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            }
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user,
                                                                               String password) {
        return Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
    }

    private static List<String> rows(Statement sql, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet row = sql.executeQuery(query)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    line.append(i > 1 ? "|" : "").append(row.getString(i));
                }
                rows.add(line.toString());
            }
        }
        return rows;
    }
}
