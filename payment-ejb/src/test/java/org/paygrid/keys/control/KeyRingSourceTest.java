package org.paygrid.keys.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paygrid.keys.entity.KeyPurpose;

/** Where production's keys come from: a keys file (a Docker secret) first, then the environment; never a default. */
class KeyRingSourceTest {

    @TempDir
    Path dir;

    @Test
    void theKeysFileNamesAPurposesKeysAndTheEnvironmentTheRest() throws Exception {
        String fileCard = "c2:" + KeyRing.newKeyMaterial() + ",c1:" + KeyRing.newKeyMaterial();
        Path file = dir.resolve("paygrid-keys");
        Files.writeString(file, "# mounted from a Docker secret\ncard=" + fileCard + "\nmerchant-document=d1:"
                + KeyRing.newKeyMaterial() + "\n");
        Map<String, String> settings = new HashMap<>();
        settings.put(KeyRingSource.FILE_PROPERTY, file.toString());
        settings.put("paygrid.keys.card", "env1:" + KeyRing.newKeyMaterial());
        settings.put("paygrid.keys.webhook-secret", "w1:" + KeyRing.newKeyMaterial());
        settings.put("paygrid.keys.card-fingerprint", "f1:" + KeyRing.newKeyMaterial());

        var lookup = KeyRingSource.lookup(config(settings));
        assertThat(lookup.apply(KeyPurpose.CARD)).contains(fileCard);
        assertThat(lookup.apply(KeyPurpose.WEBHOOK_SECRET)).contains(settings.get("paygrid.keys.webhook-secret"));

        KeyRing ring = KeyRingSource.load(config(settings));
        assertThat(ring.keyIds(KeyPurpose.CARD)).containsExactly("c2", "c1");
        assertThat(ring.activeKeyId(KeyPurpose.MERCHANT_DOCUMENT)).isEqualTo("d1");
        assertThat(ring.activeKeyId(KeyPurpose.WEBHOOK_SECRET)).isEqualTo("w1");
    }

    @Test
    void aKeysFileThatCannotBeReadStopsTheServerNamingIt() throws Exception {
        Path unreadable = dir.resolve("missing-secret");
        assertThatThrownBy(() -> KeyRingSource.load(config(Map.of(KeyRingSource.FILE_PROPERTY,
                unreadable.toString())))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(unreadable.toString());
        Path locked = Files.createFile(dir.resolve("locked"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("---------")));
        if (!Files.isReadable(locked)) {   // root reads anything
            assertThatThrownBy(() -> KeyRingSource.load(config(Map.of(KeyRingSource.FILE_PROPERTY,
                    locked.toString())))).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void nothingConfiguredIsNoKeyAtAll() {
        assertThatThrownBy(() -> KeyRingSource.load(config(Map.of()))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("paygrid.keys.card is not set");
    }

    /** A MicroProfile Config over a map: only what KeyRingSource asks of it. */
    private static Config config(Map<String, String> values) {
        return (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getOptionalValue" -> Optional.ofNullable(values.get((String) args[0]));
                    case "toString" -> "Config" + values.keySet();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
