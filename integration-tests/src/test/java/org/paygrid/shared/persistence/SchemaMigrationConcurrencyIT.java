package org.paygrid.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestStack;

/**
 * Two instances starting together both run the application's migrations against one empty MariaDB
 * database, as {@link SchemaMigration} does at start-up: each migration must be applied exactly once.
 */
class SchemaMigrationConcurrencyIT {

    private static final String SCRATCH = "paygrid_test_migration";

    @Test
    void twoInstancesStartingTogetherApplyEachMigrationOnce() throws Exception {
        try (Connection db = TestStack.database(); Statement sql = db.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            sql.execute("CREATE DATABASE " + SCRATCH + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = TestStack.require("paygrid.db.url").replaceFirst("/[^/?]+(\\?.*)?$", "/" + SCRATCH);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<MigrateResult>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(instances.submit(() -> {
                Flyway flyway = Flyway.configure()
                        .dataSource(url, TestStack.require("paygrid.db.user"), TestStack.require("paygrid.db.password"))
                        .locations("classpath:db/migration")
                        .load();
                start.await();
                return flyway.migrate();
            }));
        }
        start.countDown();
        int applied = 0;
        for (Future<MigrateResult> result : results) {
            MigrateResult migration = result.get();
            assertThat(migration.success).isTrue();
            applied += migration.migrationsExecuted;
        }
        instances.shutdown();

        try (Connection db = TestStack.database(); Statement sql = db.createStatement();
             ResultSet history = sql.executeQuery("select version, count(*), min(success) from " + SCRATCH
                     + ".flyway_schema_history where version is not null group by version")) {
            int versions = 0;
            while (history.next()) {
                versions++;
                assertThat(history.getInt(2)).as("rows for version " + history.getString(1)).isEqualTo(1);
                assertThat(history.getBoolean(3)).isTrue();
            }
            assertThat(versions).isPositive().isEqualTo(applied);
        } finally {
            try (Connection db = TestStack.database(); Statement sql = db.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            }
        }
    }
}
