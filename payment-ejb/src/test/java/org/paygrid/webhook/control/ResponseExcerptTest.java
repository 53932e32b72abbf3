package org.paygrid.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ResponseExcerptTest {

    @Test
    void keepsTheFirst1000CharactersAndStopsReading() throws Exception {
        ResponseExcerpt excerpt = new ResponseExcerpt();
        AtomicBoolean cancelled = new AtomicBoolean();
        excerpt.onSubscribe(subscription(cancelled));
        excerpt.onNext(List.of(ByteBuffer.wrap("가".repeat(3000).getBytes(StandardCharsets.UTF_8))));
        assertThat(cancelled).isTrue();
        assertThat(excerpt.getBody().toCompletableFuture().get()).isEqualTo("가".repeat(1000));
    }

    @Test
    void aShortAnswerIsKeptWhole() throws Exception {
        ResponseExcerpt excerpt = new ResponseExcerpt();
        excerpt.onSubscribe(subscription(new AtomicBoolean()));
        excerpt.onNext(List.of(ByteBuffer.wrap("ok".getBytes(StandardCharsets.UTF_8))));
        excerpt.onComplete();
        assertThat(excerpt.getBody().toCompletableFuture().get()).isEqualTo("ok");
    }

    private static Flow.Subscription subscription(AtomicBoolean cancelled) {
        return new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
                cancelled.set(true);
            }
        };
    }
}
