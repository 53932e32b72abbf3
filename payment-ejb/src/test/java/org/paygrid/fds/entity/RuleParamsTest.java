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
        RuleParams small = RuleParams.parse(RuleKind.VELOCITY, JsonObjects.parse(
                "{\"key\":\"MERCHANT\",\"windowMinutes\":10,\"maxAttempts\":20,\"maxAmount\":1000,\"decision\":\"BLOCK\"}"));
        assertThat(RuleParams.parse(RuleKind.VELOCITY, small.toJson())).isEqualTo(small);
        RuleParams listed = RuleParams.parse(RuleKind.LIST, JsonObjects.parse("{\"list\":\"bin\",\"decision\":\"BLOCK\"}"));
        assertThat(listed).isEqualTo(new RuleParams.Listed(ListKind.BIN, FdsDecision.BLOCK));
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
        assertThatThrownBy(() -> RuleParams.parse(RuleKind.LIST, JsonObjects.parse(
                "{\"list\":\"PHONE\",\"decision\":\"BLOCK\"}"))).hasMessageContaining("list must be one of");
        assertThatThrownBy(() -> ListKind.BIN.normalize("4330")).hasMessageContaining("six digits");
        assertThat(ListKind.EMAIL.normalize(" Fraud@Example.COM ")).isEqualTo("fraud@example.com");
    }
}
