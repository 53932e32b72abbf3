package org.paygrid.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each capability owns its tables (docs/architecture.md): only its own code names them, in SQL or in a mapping.
 * Others ask its boundary, or read a view its migrations publish under its prefix (payment's {@code pay_sale},
 * merchant's {@code mer_directory}). Read from the sources, because a table name is a string the compiler never sees.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/org/paygrid");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern VIEW = Pattern.compile("\\bVIEW\\s+(\\w+)\\s+AS\\b", Pattern.CASE_INSENSITIVE);

    /** Table prefix → the capability (top-level package under org.paygrid) that owns the tables. */
    private static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("pay", "payment"), Map.entry("mer", "merchant"), Map.entry("aud", "audit"),
            Map.entry("ldg", "ledger"), Map.entry("idm", "idempotency"), Map.entry("bil", "billing"),
            Map.entry("evt", "event"), Map.entry("whk", "webhook"), Map.entry("stl", "settlement"),
            Map.entry("rcn", "settlement"), Map.entry("sch", "shared"), Map.entry("fds", "fds"),
            Map.entry("hk", "housekeeping"), Map.entry("bat", "settlement"));

    private static final Pattern TABLE = Pattern.compile("\\b(" + String.join("|", OWNER.keySet()) + ")_[a-z_]+\\b");

    @Test
    void noCapabilityNamesAnotherOnesTable() throws IOException {
        Set<String> published = publishedViews();
        assertThat(published).as("the views the migrations publish").contains("pay_sale", "mer_directory");
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String capability = SOURCES.relativize(file).getName(0).toString();
                Matcher table = TABLE.matcher(Files.readString(file));
                while (table.find()) {
                    if (!OWNER.get(table.group(1)).equals(capability) && !published.contains(table.group())) {
                        trespasses.add(SOURCES.relativize(file) + " names " + table.group());
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    /** The views the migrations create: what a capability publishes for others to read. */
    private static Set<String> publishedViews() throws IOException {
        Set<String> views = new HashSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                VIEW.matcher(Files.readString(file)).results().forEach(view -> views.add(view.group(1)));
            }
        }
        return views;
    }

    @Test
    void findsATableNamedByAStranger() {
        Matcher table = TABLE.matcher("select count(*) from pay_payment");
        assertThat(table.find()).isTrue();
        assertThat(OWNER.get(table.group(1))).isEqualTo("payment");
    }
}
