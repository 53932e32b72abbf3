package org.paygrid.payment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;

/**
 * Malformed and extreme key-in and create-payment bodies, generated with jqwik: each body breaks exactly one field
 * (or is not JSON at all). Every answer must be a 4xx problem, and no payment and no journal entry may appear.
 */
@PaygridIT
class MalformedInputFuzzIT {

    private static final int CASES = 250;


    /** JSON values that are wrong for the field they replace (as literal JSON). */
    private static final Map<String, List<String>> WRONG = Map.of(
            "orderId", List.of("null", "\"\"", "\"abc\"", "\"" + "o".repeat(65) + "\"", "\"has space 12\"", "[]", "{}", "7"),
            "orderName", List.of("null", "\"\"", "\"   \"", "\"" + "n".repeat(101) + "\"", "[]", "{}"),
            "amount", List.of("null", "0", "-1", "1000000000001", "9223372036854775808", "1.5", "1e20", "\"abc\"", "\"1000\"", "[]",
                    "{}", "true"),
            "cardNumber", List.of("null", "\"\"", "\"abc\"", "\"4000000000000001\"", "\"1234\"", "\"4330123456789018999\"",
                    "[]", "{}"),
            "cardExpirationYear", List.of("null", "\"\"", "\"ab\"", "\"1999\"", "\"20\"", "[]"),
            "cardExpirationMonth", List.of("null", "\"13\"", "\"0\"", "\"x\"", "{}"),
            "cardInstallmentPlan", List.of("13", "-5", "99", "\"x\"", "1.5", "[]"),
            "taxFreeAmount", List.of("-1", "1000001", "\"x\"", "[]"),
            "metadata", List.of("[]", "\"text\"", "{\"" + "k".repeat(41) + "\": \"v\"}", tooManyKeys()));

    private static String tooManyKeys() {
        return "{" + java.util.stream.IntStream.range(0, 21).mapToObj(i -> "\"k" + i + "\": \"v\"")
                .collect(Collectors.joining(", ")) + "}";
    }

    private static Map<String, String> valid(String orderId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("orderId", "\"" + orderId + "\"");
        fields.put("orderName", "\"Fuzzed order\"");
        fields.put("amount", "1000000");
        fields.put("cardNumber", "\"" + PaymentApiIT.APPROVED_CARD + "\"");
        fields.put("cardExpirationYear", "\"30\"");
        fields.put("cardExpirationMonth", "\"12\"");
        fields.put("cardInstallmentPlan", "0");
        fields.put("taxFreeAmount", "0");
        fields.put("metadata", "{\"a\": \"b\"}");
        return fields;
    }

    /** A body with one field made wrong, or a body that is not a JSON object at all. */
    private static Arbitrary<String> malformedBodies() {
        Arbitrary<String> oneFieldWrong = Combinators.combine(Arbitraries.of(WRONG.keySet()), Arbitraries.integers().between(0, 99))
                .as((field, pick) -> {
                    Map<String, String> body = valid("fuzz-" + UUID.randomUUID().toString().substring(0, 12));
                    List<String> wrong = WRONG.get(field);
                    body.put(field, wrong.get(pick % wrong.size()));
                    return body.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                            .collect(Collectors.joining(", ", "{", "}"));
                });
        Arbitrary<String> notAnObject = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200).map(s -> "{" + s),
                Arbitraries.strings().withChars("[]{}\":,0123456789").ofMaxLength(60),
                Arbitraries.of("null", "[]", "123", "\"a string\"", "{\"orderId\": }", "{}"));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, oneFieldWrong), net.jqwik.api.Tuple.of(1, notAnObject));
    }

    @Test
    void malformedBodiesGetProblemsAndMoveNoMoney() {
        TestMerchant fuzzed = TestMerchant.create("Fuzzed Shop");
        Random random = new Random(20261122);
        List<String> bodies = malformedBodies().sampleStream().limit(CASES).toList();
        for (String body : bodies) {
            String path = random.nextInt(4) == 0 ? "/v1/payments" : "/v1/payments/key-in";
            Response answer = fuzzed.api().body(body).post(path);
            assertThat(answer.statusCode()).as(path + " " + body).isBetween(400, 499);
            assertThat(answer.contentType()).as(body).startsWith("application/problem+json");
            assertThat(answer.jsonPath().getString("code")).as(body).matches("[A-Z_]+");
        }
        fuzzed.api().queryParam("limit", 100).get("/v1/payments").then().statusCode(200).body("items", hasSize(0));
        given().baseUri(TestStack.paygridUrl()).contentType(ContentType.JSON).auth().oauth2(TestStack.opsToken())
                .get("/v1/admin/ledger/trial-balance")
                .then().statusCode(200).body("balanced", equalTo(true)).body("matchesPayments", equalTo(true));
    }
}
