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
import org.paygrid.testkit.Json;

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

    /**
     * Contract section 2's text rule over generated text: any mix of scripts, emoji, spaces (leading and trailing
     * too) is approved and read back exactly, in the payment and in its cancel; the same text with one forbidden
     * code point anywhere (a control character, an unpaired surrogate, a noncharacter; a bidirectional control in
     * the order name) is refused naming the field, and no payment is made.
     */
    @Test
    void textIsKeptExactlyOrRefusedNamingItsField() {
        TestMerchant shop = TestMerchant.create("Text Rule Shop");
        List<String> texts = allowedText().sampleStream().limit(40).toList();
        for (String text : texts) {
            String orderId = "text-" + UUID.randomUUID().toString().substring(0, 12);
            String paymentKey = shop.api().body(keyIn(orderId, text)).post("/v1/payments/key-in")
                    .then().statusCode(200).extract().path("paymentKey");
            assertThat(shop.api().get("/v1/payments/orders/" + orderId).jsonPath().getString("orderName"))
                    .as(Json.string(text)).isEqualTo(text);
            shop.api().body("{\"cancelReason\": " + Json.string(text + "!") + "}").post("/v1/payments/" + paymentKey + "/cancel")
                    .then().statusCode(200).body("cancels[0].cancelReason", equalTo(text + "!"));
        }
        List<Integer> forbidden = Arbitraries.oneOf(Arbitraries.integers().between(0x00, 0x1F),
                Arbitraries.integers().between(0x7F, 0x9F), Arbitraries.integers().between(0xD800, 0xDFFF),
                Arbitraries.of(0xFDD0, 0xFFFE, 0x1FFFF, 0x202E, 0x2066)).sampleStream().limit(texts.size()).toList();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            int at = text.offsetByCodePoints(0, i % (text.codePointCount(0, text.length()) + 1));
            String tainted = text.substring(0, at) + new String(Character.toChars(forbidden.get(i))) + text.substring(at);
            Response refused = shop.api().body(keyIn("taint-" + UUID.randomUUID().toString().substring(0, 12), tainted))
                    .post("/v1/payments/key-in");
            assertThat(refused.statusCode()).as(Json.string(tainted)).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.jsonPath().getString("code")).isEqualTo("INVALID_REQUEST");
            assertThat(refused.jsonPath().getString("message")).as(Json.string(tainted)).startsWith("orderName: must not contain");
        }
        shop.api().queryParam("limit", 100).get("/v1/payments").then().statusCode(200)
                .body("items", hasSize(texts.size()));
    }

    /** 1,500 won: above CARD_TESTING's 1,000, which blocks the 21st small payment of a merchant in ten minutes. */
    private static String keyIn(String orderId, String orderName) {
        return "{\"orderId\": \"" + orderId + "\", \"orderName\": " + Json.string(orderName) + ", \"amount\": 1500, "
                + "\"cardNumber\": \"" + org.paygrid.testkit.Cards.fresh() + "\", \"cardExpirationYear\": \"30\", "
                + "\"cardExpirationMonth\": \"12\"}";
    }

    /** Scripts, emoji, spaces and punctuation, 1..60 code points, no digit (never a card number by chance). */
    private static Arbitrary<String> allowedText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange('\uAC00', '\uD7A3').ofMinLength(1).ofMaxLength(4),
                Arbitraries.of(" ", "  ", "-", ".", ",", "&", "<b>", "'", "\"", "\\", "·", "…", "😀", "🍵", "👩‍💻", "🇰🇷",
                        "é", "中文", "\u00A0", "\u200B"));
        return pieces.list().ofMinSize(1).ofMaxSize(10).map(list -> String.join("", list))
                .filter(text -> !text.isBlank() && text.codePointCount(0, text.length()) <= 99);
    }
}
