package org.paygrid.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsStringsNumbersAndLiterals() {
        String json = "{\"access_token\": \"eyJ.a\\\"b\", \"expires_in\":300, \"ok\": true, \"runId\" : 7}";
        assertThat(Json.field(json, "access_token")).isEqualTo("eyJ.a\\\"b");
        assertThat(Json.field(json, "expires_in")).isEqualTo("300");
        assertThat(Json.field(json, "ok")).isEqualTo("true");
        assertThat(Json.field(json, "runId")).isEqualTo("7");
    }

    @Test
    void readsAValueOfAnyLength() {
        String token = "x".repeat(200_000);
        assertThat(Json.field("{\"access_token\":\"" + token + "\"}", "access_token")).hasSize(200_000);
    }

    @Test
    void saysWhichMemberIsMissing() {
        assertThatThrownBy(() -> Json.field("{\"a\": 1}", "status")).hasMessageContaining("status");
    }
}
