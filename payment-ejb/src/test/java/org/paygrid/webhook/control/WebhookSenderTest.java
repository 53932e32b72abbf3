package org.paygrid.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Test;
import org.paygrid.webhook.entity.AttemptResult;

class WebhookSenderTest {

    @Test
    void aReceiverThatDripsItsAnswerIsCutOffAtTheDeadline() throws Exception {
        WebhookSender sender = new WebhookSender(new WebhookDestinations(true, List.of()), Timeout.ofSeconds(1));
        sender.create();
        AtomicBoolean cutOff = new AtomicBoolean();
        try (ServerSocket receiver = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread dripping = new Thread(() -> drip(receiver, cutOff));
            dripping.start();
            String url = "http://127.0.0.1:" + receiver.getLocalPort() + "/hooks";
            AttemptResult attempt = sender.send(new DueDelivery(1, "we_1", "evt_1", url,
                    "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "{}"), 1_614_265_330L).get(10, TimeUnit.SECONDS);

            assertThat(attempt.httpStatus()).isNull();
            assertThat(attempt.error()).isEqualTo("no answer within 1 s");
            // the connection is closed at the deadline, not held while the receiver keeps dripping
            await().atMost(Duration.ofSeconds(5)).untilTrue(cutOff);
            dripping.interrupt();
        } finally {
            sender.close();
        }
    }

    /** Answers 200 with a long body, one byte every 300 ms: each byte restarts the socket timeout. */
    private static void drip(ServerSocket receiver, AtomicBoolean cutOff) {
        try (Socket connection = receiver.accept()) {
            connection.getInputStream().read(new byte[8192]);
            OutputStream out = connection.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(300);
            }
        } catch (IOException closedByTheSender) {
            cutOff.set(true);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
