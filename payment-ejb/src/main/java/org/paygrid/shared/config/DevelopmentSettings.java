package org.paygrid.shared.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The development profile's settings ({@code META-INF/paygrid-development.properties}) as a configuration source
 * above the application's own defaults (ordinal 150; {@code microprofile-config.properties} has 100) and below the
 * environment (300) and JVM options (400), present only in the development profile. {@link ProductionSettings} reads the same file to recognise these values anywhere else.
 */
public class DevelopmentSettings implements ConfigSource {

    static final String FILE = "META-INF/paygrid-development.properties";

    private final Map<String, String> values = Profile.current() == Profile.DEVELOPMENT ? values() : Map.of();

    /** Every development value, whatever the profile. */
    public static Map<String, String> values() {
        Properties file = new Properties();
        try (InputStream in = DevelopmentSettings.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the application");
            }
            file.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new TreeMap<>();
        file.stringPropertyNames().forEach(name -> values.put(name, file.getProperty(name)));
        return values;
    }

    @Override
    public Map<String, String> getProperties() {
        return values;
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "paygrid-development";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
