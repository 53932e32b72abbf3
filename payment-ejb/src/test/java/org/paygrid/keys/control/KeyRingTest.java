package org.paygrid.keys.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paygrid.keys.entity.KeyPurpose;
import org.paygrid.keys.entity.Sealed;

public class KeyRingTest {

    private static final byte[] CARD = "4330123456789018|2030-12|0".getBytes(StandardCharsets.UTF_8);

    @Test
    void sealsWithTheFirstKeyAndRecordsItsId() {
        KeyRing ring = ring("k2", "k1");
        Sealed sealed = ring.seal(KeyPurpose.CARD, "pay_1", CARD);
        assertThat(sealed.keyId()).isEqualTo("k2");
        assertThat(ring.activeKeyId(KeyPurpose.CARD)).isEqualTo("k2");
        assertThat(ring.keyIds(KeyPurpose.CARD)).containsExactly("k2", "k1");
        assertThat(ring.open(KeyPurpose.CARD, "pay_1", sealed)).isEqualTo(CARD);
    }

    @Test
    void opensWhatAnOlderKeySealedAndResealsItUnderTheActiveKey() {
        Sealed old = ring("k1").seal(KeyPurpose.CARD, "pay_1", CARD);
        KeyRing rotated = ring("k2", "k1");
        assertThat(rotated.open(KeyPurpose.CARD, "pay_1", old)).isEqualTo(CARD);
        Sealed resealed = rotated.reseal(KeyPurpose.CARD, "pay_1", old);
        assertThat(resealed.keyId()).isEqualTo("k2");
        assertThat(ring("k2").open(KeyPurpose.CARD, "pay_1", resealed)).isEqualTo(CARD);
    }

    @Test
    void refusesAValueWhoseKeyIsNotListedOrThatBelongsToAnotherRow() {
        Sealed sealed = ring("k1").seal(KeyPurpose.CARD, "pay_1", CARD);
        assertThatThrownBy(() -> ring("k2").open(KeyPurpose.CARD, "pay_1", sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("k1");
        assertThatThrownBy(() -> ring("k1").open(KeyPurpose.CARD, "pay_2", sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keepsPurposesApart() {
        // the same key id under another purpose is another key
        KeyRing ring = KeyRing.from(purpose -> Optional.of("k1:" + Base64.getEncoder().encodeToString(
                Arrays.copyOf(purpose.name().getBytes(StandardCharsets.UTF_8), 32))));
        Sealed card = ring.seal(KeyPurpose.CARD, "x", CARD);
        assertThatThrownBy(() -> ring.open(KeyPurpose.WEBHOOK_SECRET, "x", card))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hasNoDefaultAndSaysWhatIsMissingOrMalformed() {
        assertThatThrownBy(() -> KeyRing.from(purpose -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("paygrid.keys.card is not set")
                .hasMessageContaining("paygrid.keys.webhook-secret is not set")
                .hasMessageContaining("paygrid.keys.merchant-document is not set");
        assertThatThrownBy(() -> KeyRing.from(purpose -> Optional.of("k1:dG9vIHNob3J0")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> KeyRing.from(purpose -> Optional.of(newKey())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("id:base64");
        assertThatThrownBy(() -> KeyRing.from(purpose -> Optional.of("k1:" + newKey() + ", k1:" + newKey())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
    }

    @Test
    void neverPrintsKeyMaterial() {
        String material = newKey();
        KeyRing ring = KeyRing.from(purpose -> Optional.of("k1:" + material));
        assertThat(ring.toString()).contains("k1").doesNotContain(material);
    }

    private static String newKey() {
        return KeyRing.newKeyMaterial();
    }

    /** A ring whose every purpose lists these ids (the first active), each id with its own fixed key. */
    public static KeyRing ring(String... keyIds) {
        String listed = Arrays.stream(keyIds).map(id -> id + ":" + Base64.getEncoder().encodeToString(
                Arrays.copyOf(id.getBytes(StandardCharsets.UTF_8), 32))).collect(Collectors.joining(", "));
        return KeyRing.from(purpose -> Optional.of(listed));
    }
}
