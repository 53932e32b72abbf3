package org.paygrid.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.TraceCollector;
import org.paygrid.support.TraceCollector.ReceivedSpan;
import org.paygrid.testkit.Cards;

/**
 * Traces and logs (docs/operations.md, "Logs and traces"), read where an operator reads them: the spans the
 * platform and the simulator export by OTLP (to the suite's {@link TraceCollector}), and the JSON lines of their
 * logs. A merchant's call that sends a W3C {@code traceparent} is one trace, through the platform's network call
 * into the card network; a line the platform logs about the payment names the trace, the payment and the merchant,
 * and the simulator's line about the same call names the same trace. No line holds the card number.
 */
@PaygridIT
class TracingIT {

    @Test
    void aKeyInIsOneTraceFromTheMerchantsCallIntoTheCardNetwork() {
        TestMerchant shop = TestMerchant.create("Tracing Shop");
        String traceId = randomHex(16);
        String callerSpan = randomHex(8);
        String paymentKey = shop.api().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .body(keyIn(orderId(), Cards.fresh())).post("/v1/payments/key-in")
                .then().statusCode(200).body("status", equalTo("DONE")).extract().path("paymentKey");

        List<ReceivedSpan> trace = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> TraceCollector.get().trace(traceId), spans -> spans.size() >= 3);

        ReceivedSpan api = only(trace, "paygrid", "SPAN_KIND_SERVER");
        assertThat(api.name()).isEqualTo("POST /v1/payments/key-in");
        assertThat(api.parentSpanId()).as("the merchant's span is the parent").isEqualTo(callerSpan);
        assertThat(api.attributes()).containsEntry("paygrid.payment_key", paymentKey)
                .containsEntry("paygrid.merchant_id", shop.id());
        ReceivedSpan networkCall = only(trace, "paygrid", "SPAN_KIND_CLIENT");
        assertThat(networkCall.name()).isEqualTo("POST card");
        assertThat(networkCall.parentSpanId()).isEqualTo(api.spanId());
        ReceivedSpan network = only(trace, "paygrid-network-simulator", "SPAN_KIND_SERVER");
        assertThat(network.name()).isEqualTo("POST /card/authorizations");
        assertThat(network.parentSpanId()).as("the network continues the platform's call").isEqualTo(networkCall.spanId());
    }

    @Test
    void aLineAboutAPaymentNamesItsTraceThePaymentAndTheMerchantAndTheNetworkNamesTheSameTrace() throws IOException {
        TestMerchant shop = TestMerchant.create("Tracing Log Shop");
        String traceId = randomHex(16);
        String orderId = orderId();
        // the slow test card: the network answers after the platform's read timeout (4 s against 2 s in the test
        // stack), so the platform logs that the authorization went unanswered, the simulator that it held its answer
        // (the platform's inquiry that follows finds it approved, or the call answers ACQUIRER_TIMEOUT)
        String card = Cards.SLOW;
        assertThat(shop.api().header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                .body(keyIn(orderId, card)).post("/v1/payments/key-in").statusCode()).isIn(200, 504);
        String paymentKey = shop.api().get("/v1/payments/orders/" + orderId).then().statusCode(200)
                .extract().path("paymentKey");

        List<String> platform = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> linesOf("paygrid.server.log", traceId), lines -> !lines.isEmpty());
        assertThat(platform).as("JSON lines of the trace in the server log")
                .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"))
                .anySatisfy(line -> assertThat(line).contains("\"paymentKey\":\"" + paymentKey + "\"")
                        .contains("\"merchantId\":\"" + shop.id() + "\"")
                        .contains("no answer"));
        assertThat(await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> linesOf("simulator.log", traceId), lines -> !lines.isEmpty()))
                .as("the simulator's line about the same call").anySatisfy(line -> assertThat(line)
                        .startsWith("{").contains("delaying the answer"));
        assertThat(Files.readString(Path.of(TestStack.require("paygrid.server.log")))).doesNotContain(card);
        assertThat(Files.readString(Path.of(TestStack.require("simulator.log")))).doesNotContain(card);
    }

    private static ReceivedSpan only(List<ReceivedSpan> trace, String service, String kind) {
        List<ReceivedSpan> matching = trace.stream()
                .filter(span -> span.service().equals(service) && span.kind().equals(kind)).toList();
        assertThat(matching).as(kind + " span of " + service + " in " + trace).hasSize(1);
        return matching.get(0);
    }

    private static List<String> linesOf(String logProperty, String traceId) throws IOException {
        try (var lines = Files.lines(Path.of(TestStack.require(logProperty)))) {
            return lines.filter(line -> line.contains("\"traceId\":\"" + traceId + "\"")).toList();
        }
    }

    private static String keyIn(String orderId, String card) {
        return """
                {"orderId": "%s", "orderName": "Tracing", "amount": 15000, "cardNumber": "%s",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(orderId, card);
    }

    private static String orderId() {
        return "trace-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
