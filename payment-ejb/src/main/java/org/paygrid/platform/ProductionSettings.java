package org.paygrid.platform;

import org.paygrid.shared.config.DevelopmentSettings;
import org.paygrid.shared.config.Profile;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.paygrid.keys.control.KeyRingSource;
import org.paygrid.keys.entity.KeyPurpose;
import org.paygrid.shared.logging.Log;

/**
 * Refuses to start a server outside the development profile that lacks a setting production must supply, or that
 * runs with any development value (a key, a client secret, a localhost issuer, loopback webhooks), wherever that
 * value came from (keys also from the keys file), or whose database pool may change the schema (the application's
 * user reads and writes rows only; migrations run as the schema owner). The deployment fails with every problem
 * named; nothing is served before this check.
 */
@Startup
@Singleton
public class ProductionSettings {

    private static final Log LOG = Log.of(ProductionSettings.class);

    /** What production must be given: it has no default for these. */
    static final List<String> REQUIRED = List.of("paygrid.staff.token.issuer", "paygrid.console.oidc.provider-uri",
            "paygrid.console.oidc.client-secret", "paygrid.dashboard.oidc.provider-uri",
            "paygrid.dashboard.oidc.client-secret", "paygrid.network.url", "paygrid.checkout.base-url",
            "paygrid.mail.smtp.host", "paygrid.mail.from", "paygrid.dashboard.url");

    /** What the application's database user may do: rows, nothing that changes the schema or its triggers. */
    static final Set<String> ROW_PRIVILEGES = Set.of("USAGE", "SELECT", "INSERT", "UPDATE", "DELETE",
            "CREATE TEMPORARY TABLES", "LOCK TABLES", "EXECUTE", "SHOW VIEW");

    private static final Pattern GRANT = Pattern.compile("^GRANT (.+?) ON (.+?) TO .*", Pattern.CASE_INSENSITIVE);

    @Resource(lookup = "jdbc/paygrid")
    DataSource application;

    /** Development values that are no secret and open nothing in production. */
    private static final Set<String> HARMLESS = Set.of("paygrid.webhook.platform-ports", "paygrid.mail.smtp.port");

    @PostConstruct
    void check() {
        if (Profile.current() == Profile.DEVELOPMENT) {
            LOG.warning(() -> "Development profile: development keys, secrets and loopback webhooks are allowed. "
                    + "Never run a production deployment with -Dpaygrid.profile=development.");
            return;
        }
        var config = ConfigProvider.getConfig();
        var keys = KeyRingSource.lookup(config);
        List<String> problems = new ArrayList<>(problems(DevelopmentSettings.values(), name -> KeyPurpose
                .ofProperty(name).map(keys).orElseGet(() -> config.getOptionalValue(name, String.class))));
        problems.addAll(grantProblems(applicationGrants()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Paygrid refuses to start in production: " + String.join("; ", problems));
        }
    }

    private List<String> applicationGrants() {
        List<String> grants = new ArrayList<>();
        try (var connection = application.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("show grants for current_user()")) {
            while (rows.next()) {
                grants.add(rows.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Paygrid refuses to start in production: cannot read the rights of the "
                    + "database user of jdbc/paygrid: " + e.getMessage(), e);
        }
        return grants;
    }

    /** What the application's database user may do beyond rows ({@code SHOW GRANTS} lines); empty when nothing. */
    static List<String> grantProblems(List<String> grants) {
        List<String> problems = new ArrayList<>();
        for (String grant : grants) {
            Matcher matcher = GRANT.matcher(grant.trim());
            if (!matcher.matches()) {
                continue;   // a role granted to the user: its own privileges are listed as lines of their own
            }
            for (String privilege : matcher.group(1).split(",")) {
                String name = privilege.trim().replaceAll("\\s*\\(.*\\)$", "").toUpperCase(java.util.Locale.ROOT);
                if (!ROW_PRIVILEGES.contains(name)) {
                    problems.add("the database user of jdbc/paygrid has " + name + " on " + matcher.group(2)
                            + " (give the application a user with row rights only; migrations run as jdbc/paygrid-schema)");
                }
            }
            if (grant.toUpperCase(java.util.Locale.ROOT).contains("WITH GRANT OPTION")) {
                problems.add("the database user of jdbc/paygrid may grant rights (WITH GRANT OPTION)");
            }
        }
        return problems;
    }

    /** Everything wrong with these settings for production; empty when the server may start. */
    static List<String> problems(Map<String, String> developmentValues, Function<String, Optional<String>> config) {
        List<String> problems = new ArrayList<>();
        for (String name : REQUIRED) {
            if (config.apply(name).filter(value -> !value.isBlank()).isEmpty()) {
                problems.add(name + " is not set");
            }
        }
        for (Map.Entry<String, String> development : developmentValues.entrySet()) {
            String name = development.getKey();
            Optional<String> value = config.apply(name);
            if (name.startsWith("paygrid.keys.")) {
                value.ifPresent(keys -> keyMaterial(development.getValue()).stream().filter(keys::contains)
                        .findAny().ifPresent(k -> problems.add(name + " lists a development key")));
            } else if (value.filter(v -> sameMeaning(development.getValue(), v)).isPresent()
                    && !HARMLESS.contains(name)) {
                problems.add(name + " has its development value");
            }
        }
        for (KeyPurpose purpose : KeyPurpose.values()) {
            if (config.apply(purpose.property()).filter(keys -> !keys.isBlank()).isEmpty()) {
                problems.add(purpose.property() + " is not set (nor a line " + purpose.configName()
                        + " in paygrid.keys.file)");
            }
        }
        for (String secret : List.of("paygrid.console.oidc.client-secret", "paygrid.dashboard.oidc.client-secret")) {
            config.apply(secret).filter(s -> s.contains("change-me"))
                    .ifPresent(s -> problems.add(secret + " is a placeholder"));
        }
        return problems.stream().distinct().toList();
    }

    /**
     * Whether a setting means what its development value means, however it is spelt: a flag as MicroProfile Config
     * reads it ({@code 1}, {@code yes}, {@code ON} are true), anything else without case, spaces or a trailing slash.
     */
    static boolean sameMeaning(String developmentValue, String value) {
        if (developmentValue.equals("true") || developmentValue.equals("false")) {
            boolean on = Set.of("true", "1", "yes", "y", "on").contains(value.trim().toLowerCase(java.util.Locale.ROOT));
            return on == Boolean.parseBoolean(developmentValue);
        }
        return plain(developmentValue).equals(plain(value));
    }

    private static String plain(String value) {
        String plain = value.trim().toLowerCase(java.util.Locale.ROOT);
        return plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    /** The base64 parts of a key list ("id:base64, id:base64"). */
    private static List<String> keyMaterial(String keys) {
        return java.util.Arrays.stream(keys.split("[,\\s]+")).filter(k -> k.contains(":"))
                .map(k -> k.substring(k.indexOf(':') + 1)).toList();
    }
}
