package org.paygrid.keys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.paygrid.keys.entity.KeyPurpose;

/**
 * Reads the key ring once per application: from the file {@code paygrid.keys.file} (a Docker secret: lines
 * {@code card=id:base64,...}, {@code webhook-secret=...}, {@code merchant-document=...}) where it names a purpose,
 * else from {@code paygrid.keys.<purpose>} (environment {@code PAYGRID_KEYS_CARD}, ...). Only the development
 * profile's configuration has default keys.
 */
@ApplicationScoped
public class KeyRingSource {

    static final String FILE_PROPERTY = "paygrid.keys.file";

    @Produces
    @Singleton
    KeyRing keyRing() {
        return load(ConfigProvider.getConfig());
    }

    static KeyRing load(Config config) {
        return KeyRing.from(lookup(config));
    }

    /** A purpose's key list as configured: the keys file's line for it, else its property. */
    public static Function<KeyPurpose, Optional<String>> lookup(Config config) {
        Properties file = config.getOptionalValue(FILE_PROPERTY, String.class).filter(s -> !s.isBlank())
                .map(KeyRingSource::read).orElseGet(Properties::new);
        return purpose -> Optional.ofNullable(file.getProperty(purpose.configName()))
                .or(() -> config.getOptionalValue(purpose.property(), String.class));
    }

    private static Properties read(String path) {
        Properties keys = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
            keys.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(FILE_PROPERTY + " names " + path + ", which cannot be read: " + e, e);
        }
        return keys;
    }
}
