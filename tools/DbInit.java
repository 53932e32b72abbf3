import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Prepares the MariaDB databases and users of a Paygrid instance; run by ./paygrid with Java's source launcher
 * and the MariaDB driver on the class path, so a machine needs no mariadb client. Two users: the schema owner
 * (all rights: Flyway's migrations, the batch runtime's tables, the simulator, tests and benchmarks) and the
 * application's user, which reads and writes rows and nothing more (no DDL, no triggers: SQL that reaches the
 * application's pool cannot drop the audit log's append-only triggers or alter a table).
 *
 * On this machine's own MariaDB it also sizes InnoDB for the machine ({@link #sizeForThisMachine}).
 *
 * Usage: java -cp mariadb-java-client.jar DbInit.java host port owner ownerPassword appUser appPassword adminUser
 *        adminPassword fresh|keep database...
 * Exit 0: both users can connect to the database. Exit 3: no MariaDB answers at host:port.
 */
public class DbInit {

    public static void main(String[] args) throws Exception {
        String host = args[0], port = args[1], user = args[2], password = args[3];
        String appUser = args[4], appPassword = args[5];
        String adminUser = args[6], adminPassword = args[7];
        boolean fresh = args[8].equals("fresh");
        String[] databases = java.util.Arrays.copyOfRange(args, 9, args.length);
        if (databases.length == 0 || !user.matches("[A-Za-z0-9_]+") || !appUser.matches("[A-Za-z0-9_]+")
                || !java.util.Arrays.stream(databases).allMatch(db -> db.matches("[A-Za-z0-9_]+"))) {
            throw new IllegalArgumentException("one or more databases, names and user of [A-Za-z0-9_]");
        }
        String database = databases[0];
        String server = "jdbc:mariadb://" + host + ":" + port + "/";
        try (Connection admin = DriverManager.getConnection(server + "?connectTimeout=3000", adminUser, adminPassword);
             Statement sql = admin.createStatement()) {
            for (String db : databases) {
                if (fresh) {
                    sql.execute("DROP DATABASE IF EXISTS `" + db + "`");
                }
                sql.execute("CREATE DATABASE IF NOT EXISTS `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            for (String from : new String[] {"localhost", "127.0.0.1", "%"}) {
                sql.execute("CREATE USER IF NOT EXISTS '" + user + "'@'" + from + "' IDENTIFIED BY '"
                        + password.replace("'", "''") + "'");
                for (String db : databases) {
                    sql.execute("GRANT ALL PRIVILEGES ON `" + db + "`.* TO '" + user + "'@'" + from + "'");
                }
                // scratch databases named <database>_<something>, e.g. for the schema migration tests
                sql.execute("GRANT ALL PRIVILEGES ON `" + database.replace("_", "\\_") + "\\_%`.* TO '" + user
                        + "'@'" + from + "'");
                sql.execute("CREATE USER IF NOT EXISTS '" + appUser + "'@'" + from + "' IDENTIFIED BY '"
                        + appPassword.replace("'", "''") + "'");
                sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON `" + database + "`.* TO '" + appUser + "'@'"
                        + from + "'");
            }
            if (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1")) {
                sizeForThisMachine(sql);
            }
        } catch (SQLException e) {
            if (isConnectionRefused(e)) {
                System.err.println("no MariaDB answers at " + host + ":" + port + ": " + e.getMessage());
                System.exit(3);
            }
            // no admin rights here (a managed database): fine if the app user already has its database
            System.err.println("note: could not prepare the database as " + adminUser + " (" + e.getMessage()
                    + "); checking the application user");
        }
        for (String db : databases) {
            try (Connection owner = DriverManager.getConnection(server + db, user, password)) {
                System.out.println("database " + db + " ready for " + user + " at " + host + ":" + port);
            }
        }
        try (Connection app = DriverManager.getConnection(server + database, appUser, appPassword)) {
            System.out.println("database " + database + " ready for " + appUser + " (rows only)");
        }
    }

    /**
     * MariaDB's defaults (a 128 MiB buffer pool, a 96 MiB redo log) are sized for a small shared host: a day of a
     * million payments is about 800 MiB of rows and indexes, so settlement and clean-up would read from disk and
     * checkpoint every few seconds while approvals wait. The buffer pool gets an eighth of this machine's memory
     * (the rest is for Payara, Keycloak, the simulator and the browsers of the tests), between 512 MiB and 4 GiB;
     * the redo log half of that, between 256 MiB and 2 GiB, so that a settlement chunk or a purge batch never forces
     * a checkpoint. Both are online settings in MariaDB 10.9 and later; a value already larger is kept, and nothing
     * outlives a restart of MariaDB (./paygrid up sets them again). Production sets them in docker/compose.yaml.
     */
    static void sizeForThisMachine(Statement sql) {
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        long mib = 1024L * 1024;
        long bufferPool = Math.max(512 * mib, Math.min(4096 * mib, memory / 8)) / (128 * mib) * (128 * mib);
        long redoLog = Math.max(256 * mib, Math.min(2048 * mib, bufferPool / 2));
        raise(sql, "innodb_buffer_pool_size", bufferPool);
        raise(sql, "innodb_log_file_size", redoLog);
    }

    private static void raise(Statement sql, String variable, long wanted) {
        try (var row = sql.executeQuery("SELECT @@GLOBAL." + variable)) {
            long now = row.next() ? row.getLong(1) : 0;
            if (now >= wanted) {
                return;
            }
            sql.execute("SET GLOBAL " + variable + " = " + wanted);
            System.out.println("MariaDB: " + variable + " " + now / (1024 * 1024) + " -> " + wanted / (1024 * 1024)
                    + " MiB for this machine");
        } catch (SQLException e) {
            System.err.println("note: could not set " + variable + " (" + e.getMessage() + "); MariaDB keeps its own");
        }
    }

    private static boolean isConnectionRefused(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return "08000".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("connect");
    }
}
