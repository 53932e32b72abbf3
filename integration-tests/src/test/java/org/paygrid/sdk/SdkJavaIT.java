package org.paygrid.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.SettlementRuns;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.testkit.Cards;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.paygrid.support.Shared;

/**
 * The Java SDK against the running platform, as its README tells a merchant developer to use it: a key-in, a
 * partial cancel, reads and pages, a decline as a typed error, a retried call that charges once, a webhook endpoint
 * registered and a delivery verified by the SDK (a tampered one refused), events polled, a virtual account paid by
 * the sandbox bank, a billing key charged and revoked, settlement lines and payouts read. The receiver is a JDK HTTP server on 127.0.0.1:9395.
 */
@PaygridIT
@ResourceLock(Shared.SETTLEMENT_RUNS)
class SdkJavaIT {

    private static final int RECEIVER_PORT = 9395;
    private static final List<Received> received = new CopyOnWriteArrayList<>();
    private static HttpServer receiver;
    private static TestMerchant shop;
    private static Paygrid paygrid;

    record Received(byte[] body, Map<String, String> headers) {
    }

    @BeforeAll
    static void start() throws IOException {
        shop = TestMerchant.create("SDK Shop " + Long.toString(System.nanoTime(), 36));
        paygrid = Paygrid.builder(shop.secretKey()).baseUrl(TestStack.paygridUrl()).build();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", RECEIVER_PORT), 0);
        receiver.createContext("/hooks", exchange -> {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            received.add(new Received(exchange.getRequestBody().readAllBytes(), headers));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aKeyInIsCancelledInPartReadBackAndListed() {
        String orderId = "sdk-" + UUID.randomUUID().toString().substring(0, 18);
        Payment paid = paygrid.payments().keyIn(KeyInPayment.of(orderId, "SDK: 2 books", 15_000, Cards.fresh(),
                "30", "12"), null);
        assertThat(paid.status()).isEqualTo("DONE");
        assertThat(paid.card().number()).contains("******");

        Payment partly = paygrid.payments().cancel(paid.paymentKey(), Cancel.part(5_000, "one book out of stock"),
                null);
        assertThat(partly.status()).isEqualTo("PARTIAL_CANCELED");
        assertThat(partly.balanceAmount()).isEqualTo(10_000);
        assertThat(partly.cancels()).singleElement().satisfies(cancel -> {
            assertThat(cancel.cancelAmount()).isEqualTo(5_000);
            assertThat(cancel.transactionKey()).isNotBlank();
        });
        assertThat(paygrid.payments().getByOrderId(orderId).balanceAmount()).isEqualTo(10_000);
        assertThat(paygrid.payments().get(paid.paymentKey()).requestedAt()).isNotNull();

        boolean listed = false;
        for (Payment payment : paygrid.payments().all(1)) {
            listed |= payment.paymentKey().equals(paid.paymentKey());
        }
        assertThat(listed).as("the payment is among the pages").isTrue();
    }

    @Test
    void aDeclineIsATypedErrorAndARetryWithTheSameKeyChargesOnce() {
        assertThatThrownBy(() -> paygrid.payments().keyIn(KeyInPayment.of("sdk-declined-" + UUID.randomUUID()
                        .toString().substring(0, 8), "Declined", 15_000, "4000000000000002", "30", "12"), null))
                .isInstanceOfSatisfying(ApiException.class, declined -> {
                    assertThat(declined.status()).isEqualTo(402);
                    assertThat(declined.code()).isEqualTo("REJECT_CARD_COMPANY");
                });

        String key = UUID.randomUUID().toString();
        KeyInPayment payment = KeyInPayment.of("sdk-once-" + UUID.randomUUID().toString().substring(0, 8), "Once",
                9_900, Cards.fresh(), "30", "12");
        Payment first = paygrid.payments().keyIn(payment, key);
        Payment again = paygrid.payments().keyIn(payment, key);   // the caller's own retry after a timeout
        assertThat(again.paymentKey()).isEqualTo(first.paymentKey());
        assertThat(again.balanceAmount()).isEqualTo(9_900);
    }

    @Test
    void aWebhookIsVerifiedByTheSdkAndATamperedOneRefused() {
        WebhookEndpoints.WebhookEndpoint endpoint = paygrid.webhookEndpoints()
                .create("http://127.0.0.1:" + RECEIVER_PORT + "/hooks", List.of(), null);
        assertThat(endpoint.secret()).startsWith("whsec_");
        assertThat(endpoint.toString()).doesNotContain(endpoint.secret());
        assertThat(paygrid.webhookEndpoints().list().items()).extracting(WebhookEndpoints.WebhookEndpoint::id)
                .contains(endpoint.id());
        assertThat(paygrid.webhookEndpoints().get(endpoint.id()).secret()).isNull();
        String secret = endpoint.secret();
        Payment paid = paygrid.payments().keyIn(KeyInPayment.of("sdk-hook-" + UUID.randomUUID().toString()
                .substring(0, 8), "Hooked", 12_000, Cards.fresh(), "30", "12"), null);

        Webhooks webhooks = new Webhooks(secret);
        Received delivery = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> received.stream().filter(r -> new String(r.body()).contains(paid.paymentKey()))
                        .findFirst(), java.util.Optional::isPresent).get();
        WebhookEvent event = webhooks.verify(delivery.body(), delivery.headers());
        assertThat(event.type()).isEqualTo("PAYMENT_STATUS_CHANGED");
        assertThat(event.payment().paymentKey()).isEqualTo(paid.paymentKey());
        assertThat(event.payment().status()).isEqualTo("DONE");

        byte[] tampered = new String(delivery.body()).replace("12000", "1200").getBytes();
        assertThatThrownBy(() -> webhooks.verify(tampered, delivery.headers()))
                .isInstanceOf(WebhookSignatureException.class);

        assertThat(paygrid.events().all(null)).anySatisfy(polled -> assertThat(polled.id()).isEqualTo(event.id()));
        paygrid.webhookEndpoints().delete(endpoint.id());
        assertThatThrownBy(() -> paygrid.webhookEndpoints().get(endpoint.id()))
                .isInstanceOfSatisfying(ApiException.class, gone -> assertThat(gone.code())
                        .isEqualTo("NOT_FOUND_WEBHOOK"));
    }

    @Test
    void aVirtualAccountIsIssuedAndPaidByTheSandboxBank() {
        Payment waiting = paygrid.virtualAccounts().issue(VirtualAccounts.IssueVirtualAccount.of("sdk-va-"
                + UUID.randomUUID().toString().substring(0, 8), "SDK: deposit", 32_000, "88", "김민지"), null);
        assertThat(waiting.status()).isEqualTo("WAITING_FOR_DEPOSIT");
        assertThat(waiting.virtualAccount().accountNumber()).isNotBlank();
        assertThatThrownBy(() -> paygrid.virtualAccounts().sandboxDeposit(waiting.paymentKey(), 31_000, null))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.code())
                        .isEqualTo("INVALID_DEPOSIT_AMOUNT"));
        Payment paid = paygrid.virtualAccounts().sandboxDeposit(waiting.paymentKey(), 32_000, null);
        assertThat(paid.status()).isEqualTo("DONE");
    }

    @Test
    void aBillingKeyIsChargedThenRevoked() {
        String customer = "sdk-customer-" + UUID.randomUUID().toString().substring(0, 8);
        Billing.BillingKey key = paygrid.billing().authorizeCard(new Billing.CardAuthorization(customer,
                Cards.fresh(), "30", "12"), null);
        assertThat(key.status()).isEqualTo("ACTIVE");
        assertThat(key.card().number()).contains("******");
        Payment charged = paygrid.billing().charge(key.billingKey(), new Billing.Charge(customer, 9_900,
                "sdk-sub-" + UUID.randomUUID().toString().substring(0, 8), "Monthly plan"), null);
        assertThat(charged.status()).isEqualTo("DONE");
        assertThat(paygrid.billing().revoke(key.billingKey()).status()).isEqualTo("REVOKED");
        assertThatThrownBy(() -> paygrid.billing().charge(key.billingKey(), new Billing.Charge(customer, 9_900,
                "sdk-sub-" + UUID.randomUUID().toString().substring(0, 8), "Monthly plan"), null))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void settledLinesAndPayoutsAreRead() {
        Payment paid = paygrid.payments().keyIn(KeyInPayment.of("sdk-settle-" + UUID.randomUUID().toString()
                .substring(0, 8), "Settled", 20_000, Cards.fresh(), "30", "12"), null);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        SettlementRuns.runToCompletion(today);

        List<Settlements.SettlementLine> lines = new ArrayList<>();
        paygrid.settlements().allLines(today, today, Settlements.DateType.SOLD_DATE).forEach(lines::add);
        assertThat(lines).filteredOn(line -> line.paymentKey().equals(paid.paymentKey())).singleElement()
                .satisfies(line -> {
                    assertThat(line.amount()).isEqualTo(20_000);
                    assertThat(line.payOutAmount()).isEqualTo(line.amount() - line.fee() - line.vat());
                    assertThat(line.transactionKey()).isNotBlank();
                });
        LocalDate payoutDate = lines.stream().filter(line -> line.paymentKey().equals(paid.paymentKey())).findFirst()
                .orElseThrow().paidOutDate();
        assertThat(paygrid.settlements().payouts(payoutDate, payoutDate)).singleElement()
                .satisfies(payout -> assertThat(payout.status()).isEqualTo("SCHEDULED"));
    }
}
