package org.paygrid.fds.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.paygrid.shared.json.JsonObjects;

class RuleParamsTest {

    @Test
    void readsAndWritesEachKind() {
        RuleParams velocity = RuleParams.parse(RuleKind.VELOCITY,
                JsonObjects.parse("{\"key\":\"card\",\"windowMinutes\":10,\"maxAttempts\":5,\"decision\":\"BLOCK\"}"));
        assertThat(velocity).isEqualTo(new RuleParams.Velocity(VelocityKey.CARD, 10, 5, FdsDecision.BLOCK));
        assertThat(RuleParams.parse(RuleKind.VELOCITY, velocity.toJson())).isEqualTo(velocity);
        RuleParams amount = RuleParams.parse(RuleKind.AMOUNT,
                JsonObjects.parse("{\"minAmount\":5000000,\"decision\":\"REVIEW\"}"));
        assertThat(amount).isEqualTo(new RuleParams.Amount(5_000_000, null, FdsDecision.REVIEW));
    }

    @Test
    void refusesWhatARuleCannotMean() {
        assertThatThrownBy(() -> RuleParams.parse(RuleKind.VELOCITY, JsonObjects.parse(
                "{\"key\":\"CARD\",\"windowMinutes\":0,\"maxAttempts\":5,\"decision\":\"BLOCK\"}")))
                .hasMessageContaining("windowMinutes");
        assertThatThrownBy(() -> RuleParams.parse(RuleKind.VELOCITY, JsonObjects.parse(
                "{\"key\":\"SHOE_SIZE\",\"windowMinutes\":10,\"maxAttempts\":5,\"decision\":\"BLOCK\"}")))
                .hasMessageContaining("key must be one of");
        assertThatThrownBy(() -> RuleParams.parse(RuleKind.AMOUNT, JsonObjects.parse(
                "{\"minAmount\":100,\"decision\":\"ALLOW\"}"))).hasMessageContaining("REVIEW or BLOCK");
        assertThatThrownBy(() -> RuleParams.parse(RuleKind.AMOUNT, JsonObjects.parse(
                "{\"minAmount\":\"lots\",\"decision\":\"BLOCK\"}"))).hasMessageContaining("minAmount");
    }
}
