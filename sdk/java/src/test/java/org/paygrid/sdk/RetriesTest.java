package org.paygrid.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the SDK does when Paygrid is down, busy or refuses, against a local server answering as told. */
class RetriesTest {

    private static final String PAYMENT = """
            {"paymentKey":"pay_1","orderId":"o-1","status":"DONE","totalAmount":15000,"balanceAmount":15000,
             "card":{"number":"433012******9018","approveNo":"30001234"},"someFutureMember":true}""";

    private HttpServer server;
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<String> idempotencyKeys = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();
    private final List<Duration> waits = new ArrayList<>();
    private Paygrid paygrid;

    record Answer(int status, String body) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("User-Agent"));
            exchange.getRequestBody().readAllBytes();
            Answer answer = answers.isEmpty() ? new Answer(503, "") : answers.removeFirst();
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    answer.status() < 300 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        paygrid = Paygrid.builder("sk_test_unit").baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
                .retries(new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8))).sleeper(waits::add)
                .build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void serverErrorsAreRetriedWithTheSameIdempotencyKey() {
        answers.add(new Answer(503, ""));
        answers.add(new Answer(500, problem(500, "INTERNAL_ERROR")));
        answers.add(new Answer(200, PAYMENT));
        Payment paid = paygrid.payments().keyIn(KeyInPayment.of("o-1", "Book", 15000, "4330123456789018", "30", "12"),
                null);
        assertThat(paid.card().approveNo()).isEqualTo("30001234");
        assertThat(idempotencyKeys).hasSize(3).doesNotContainNull().containsOnly(idempotencyKeys.get(0));
        assertThat(waits).hasSize(2).allMatch(wait -> wait.compareTo(Duration.ofSeconds(8)) <= 0);
    }

    @Test
    void theSameKeyStillBeingWorkedOnIsRetried() {
        answers.add(new Answer(409, problem(409, "IDEMPOTENT_REQUEST_PROCESSING")));
        answers.add(new Answer(200, PAYMENT));
        assertThat(paygrid.payments().cancel("pay_1", Cancel.part(5000, "one item"), "my-key-1").paymentKey())
                .isEqualTo("pay_1");
        assertThat(idempotencyKeys).containsExactly("my-key-1", "my-key-1");
    }

    @Test
    void anyOtherRefusalIsTheCallersAndNotRetried() {
        answers.add(new Answer(400, problem(400, "NOT_CANCELABLE_AMOUNT")));
        assertThatThrownBy(() -> paygrid.payments().cancel("pay_1", Cancel.part(99_000, "too much"), null))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.code()).isEqualTo("NOT_CANCELABLE_AMOUNT");
                    assertThat(refused.getMessage()).contains("what went wrong");
                });
        assertThat(idempotencyKeys).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void afterTheLastRetryTheKeyIsHandedBackToTryAgainLater() {
        assertThatThrownBy(() -> paygrid.payments().keyIn(
                KeyInPayment.of("o-2", "Book", 15000, "4330123456789018", "30", "12"), "retry-me"))
                .isInstanceOfSatisfying(ConnectionException.class,
                        down -> assertThat(down.idempotencyKey()).isEqualTo("retry-me"));
        assertThat(idempotencyKeys).hasSize(4);
    }

    @Test
    void readsCarryNoIdempotencyKey() {
        answers.add(new Answer(200, PAYMENT));
        assertThat(paygrid.payments().get("pay_1").status()).isEqualTo("DONE");
        assertThat(idempotencyKeys).containsExactly((String) null);
    }

    @Test
    void pagesAreFollowedAsTheIterationReachesThem() {
        answers.add(new Answer(200, "{\"items\":[" + PAYMENT + "," + PAYMENT + "],\"nextCursor\":\"c1\"}"));
        answers.add(new Answer(200, "{\"items\":[" + PAYMENT + "],\"nextCursor\":null}"));
        int count = 0;
        for (Payment ignored : paygrid.payments().all(2)) {
            count++;
        }
        assertThat(count).isEqualTo(3);
    }

    @Test
    void aDeleteIsRetriedWithoutAKeyAndAnEmptyAnswerIsNothing() {
        answers.add(new Answer(503, ""));
        answers.add(new Answer(204, ""));
        paygrid.webhookEndpoints().delete("whk_1");
        assertThat(idempotencyKeys).containsExactly(null, null);
        assertThat(requests).allMatch(request -> request.startsWith("DELETE /v1/webhooks/whk_1 "));
    }

    @Test
    void aDeleteWhoseFirstAnswerWasLostIsDoneWhenTheRetryFindsNothing() {
        answers.add(new Answer(503, ""));
        answers.add(new Answer(404, problem(404, "NOT_FOUND_BILLING_KEY")));
        assertThat(paygrid.billing().revoke("bil_1")).isNull();
        answers.add(new Answer(404, problem(404, "NOT_FOUND_BILLING_KEY")));   // a first 404 is the caller's to know
        assertThatThrownBy(() -> paygrid.billing().revoke("bil_2")).isInstanceOf(ApiException.class);
    }

    @Test
    void pagesAreFetchedOnlyWhenIterated() {
        Iterable<Payment> all = paygrid.payments().all(2);
        assertThat(requests).isEmpty();
        answers.add(new Answer(200, "{\"items\":[" + PAYMENT + "],\"nextCursor\":null}"));
        assertThat(all).hasSize(1);
        assertThat(requests).hasSize(1);
    }

    @Test
    void everyRequestNamesTheSdkAndItsVersion() {
        answers.add(new Answer(200, PAYMENT));
        paygrid.payments().get("pay 1/2");
        assertThat(Paygrid.VERSION).matches("1\\.\\d+\\.\\d+");
        assertThat(requests).containsExactly("GET /v1/payments/pay%201%2F2 paygrid-java/" + Paygrid.VERSION);
    }

    private static String problem(int status, String code) {
        return "{\"type\":\"https://docs.paygrid.dev/errors#" + code + "\",\"title\":\"x\",\"status\":" + status
                + ",\"code\":\"" + code + "\",\"message\":\"what went wrong\"}";
    }
}
