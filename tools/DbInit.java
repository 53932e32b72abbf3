import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Prepares the MariaDB database and user of a Paygrid instance; run by ./paygrid with Java's source launcher
 * and the MariaDB driver on the class path, so a machine needs no mariadb client.
 *
 * Usage: java -cp mariadb-java-client.jar DbInit.java host port database user password adminUser adminPassword [fresh]
 * Exit 0: the app user can connect to the database. Exit 3: no MariaDB answers at host:port.
 */
public class DbInit {

    public static void main(String[] args) throws Exception {
        String host = args[0], port = args[1], database = args[2], user = args[3], password = args[4];
        String adminUser = args[5], adminPassword = args[6];
        boolean fresh = args.length > 7 && args[7].equals("fresh");
        if (!database.matches("[A-Za-z0-9_]+") || !user.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("database and user names must be [A-Za-z0-9_]");
        }
        String server = "jdbc:mariadb://" + host + ":" + port + "/";
        try (Connection admin = DriverManager.getConnection(server + "?connectTimeout=3000", adminUser, adminPassword);
             Statement sql = admin.createStatement()) {
            if (fresh) {
                sql.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
            sql.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String from : new String[] {"localhost", "127.0.0.1", "%"}) {
                sql.execute("CREATE USER IF NOT EXISTS '" + user + "'@'" + from + "' IDENTIFIED BY '"
                        + password.replace("'", "''") + "'");
                sql.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'" + from + "'");
                // scratch databases named <database>_<something>, e.g. for the schema migration tests
                sql.execute("GRANT ALL PRIVILEGES ON `" + database.replace("_", "\\_") + "\\_%`.* TO '" + user
                        + "'@'" + from + "'");
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
        try (Connection app = DriverManager.getConnection(server + database, user, password)) {
            System.out.println("database " + database + " ready for " + user + " at " + host + ":" + port);
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
