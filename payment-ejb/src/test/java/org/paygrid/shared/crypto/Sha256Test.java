package org.paygrid.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void knownAnswerOfFips180() {
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void partsAreDigestedAsOneSequence() {
        assertThat(Sha256.hex(bytes("a"), bytes("bc"))).isEqualTo(Sha256.hex("abc"));
        assertThat(Sha256.hex(bytes("ab"), new byte[] {0}, bytes("c"))).isNotEqualTo(Sha256.hex("abc"));
    }

    @Test
    void textIsDigestedAsUtf8() {
        assertThat(Sha256.hex("결제")).isEqualTo(Sha256.hex("결제".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}
