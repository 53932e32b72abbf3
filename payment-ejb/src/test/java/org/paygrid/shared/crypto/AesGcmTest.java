package org.paygrid.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmTest {

    private static final byte[] KEY = AesGcm.key("cGF5Z3JpZC1kZXZlbG9wbWVudC1rZXktMzJieXRlcyE=", "test.key");

    @Test
    void opensWhatItSealedForTheSameRow() {
        byte[] iv = AesGcm.newIv();
        byte[] sealed = AesGcm.encrypt(KEY, iv, "whk_1", "whsec_abc".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(AesGcm.decrypt(KEY, iv, "whk_1", sealed), StandardCharsets.UTF_8)).isEqualTo("whsec_abc");
    }

    @Test
    void refusesACiphertextMovedToAnotherRow() {
        byte[] iv = AesGcm.newIv();
        byte[] sealed = AesGcm.encrypt(KEY, iv, "whk_1", "whsec_abc".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> AesGcm.decrypt(KEY, iv, "whk_2", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesKeysThatAreNot32Bytes() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> AesGcm.key(short16, "paygrid.x")).hasMessageContaining("paygrid.x");
        assertThatThrownBy(() -> AesGcm.key("not base64!", "paygrid.x")).hasMessageContaining("paygrid.x");
    }
}
