package org.paygrid.merchant.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paygrid.merchant.control.KeyIssuer.IssuedKey;
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.shared.Mode;

class KeyIssuerTest {

    @Test
    void issuesKeysInTheContractFormat() {
        assertThat(KeyIssuer.issue(ApiKeyKind.CLIENT, Mode.TEST).plaintext()).matches("ck_test_[A-Za-z0-9]{24,}");
        assertThat(KeyIssuer.issue(ApiKeyKind.SECRET, Mode.LIVE).plaintext()).matches("sk_live_[A-Za-z0-9]{24,}");
    }

    @Test
    void secretKeysAreDisplayedMaskedAndClientKeysWhole() {
        IssuedKey secret = KeyIssuer.issue(ApiKeyKind.SECRET, Mode.TEST);
        assertThat(secret.display()).startsWith("sk_test_…").hasSize("sk_test_…".length() + 4)
                .endsWith(secret.plaintext().substring(secret.plaintext().length() - 4));
        IssuedKey client = KeyIssuer.issue(ApiKeyKind.CLIENT, Mode.TEST);
        assertThat(client.display()).isEqualTo(client.plaintext());
    }

    @Test
    void storesOnlyTheSha256OfTheKey() {
        IssuedKey key = KeyIssuer.issue(ApiKeyKind.SECRET, Mode.TEST);
        assertThat(key.hash()).hasSize(64).isEqualTo(KeyIssuer.hash(key.plaintext())).doesNotContain(key.plaintext());
        // SHA-256("abc") from FIPS 180-2
        assertThat(KeyIssuer.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void neverIssuesTheSameKeyTwice() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(keys.add(KeyIssuer.issue(ApiKeyKind.SECRET, Mode.TEST).plaintext())).isTrue();
        }
    }
}
