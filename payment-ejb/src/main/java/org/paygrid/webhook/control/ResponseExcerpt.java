package org.paygrid.webhook.control;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.paygrid.webhook.entity.AttemptResult;

/**
 * Reads the start of a receiver's response and stops there: staff see the first 1000 characters, and a receiver
 * answering with a huge (or endless) body cannot make the platform read it all.
 */
final class ResponseExcerpt implements HttpResponse.BodySubscriber<String> {

    /** 1000 characters of UTF-8 take at most 4000 bytes. */
    private static final int MAX_BYTES = AttemptResult.EXCERPT_CHARS * 4;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<String> excerpt = new CompletableFuture<>();
    private Flow.Subscription subscription;

    static HttpResponse.BodyHandler<String> handler() {
        return info -> new ResponseExcerpt();
    }

    @Override
    public CompletionStage<String> getBody() {
        return excerpt;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int take = Math.min(buffer.remaining(), MAX_BYTES - bytes.size());
            byte[] chunk = new byte[take];
            buffer.get(chunk);
            bytes.write(chunk, 0, take);
        }
        if (bytes.size() >= MAX_BYTES) {
            subscription.cancel();
            complete();
        }
    }

    /** The answer's status already arrived; a body cut short still shows what came. */
    @Override
    public void onError(Throwable failure) {
        complete();
    }

    @Override
    public void onComplete() {
        complete();
    }

    private void complete() {
        if (!excerpt.isDone()) {
            String text = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
            excerpt.complete(text.length() > AttemptResult.EXCERPT_CHARS
                    ? text.substring(0, AttemptResult.EXCERPT_CHARS) : text);
        }
    }
}
