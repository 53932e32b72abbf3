package org.paygrid.webhook.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;
import org.paygrid.webhook.entity.AttemptResult;

/**
 * Reads the start of a receiver's response and stops there: staff see the first 1000 characters, and a receiver
 * answering with a huge (or endless) body cannot make the platform read it all. Once the excerpt is full it ends
 * the exchange; the status and what came stay readable ({@link #status()}, {@link #excerpt()}).
 */
final class ResponseExcerpt extends AbstractBinResponseConsumer<Integer> {

    /** 1000 characters of UTF-8 take at most 4000 bytes. */
    static final int MAX_BYTES = AttemptResult.EXCERPT_CHARS * 4;

    /** Thrown to stop reading once the excerpt is full: the answer's status has arrived already. */
    static final class ExcerptFull extends IOException {
        ExcerptFull() {
            super("response excerpt full", null);
        }
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Integer status;

    @Override
    protected void start(HttpResponse response, ContentType contentType) {
        status = response.getCode();
    }

    @Override
    protected int capacityIncrement() {
        return MAX_BYTES;
    }

    @Override
    protected void data(ByteBuffer data, boolean endOfStream) throws IOException {
        int take = Math.min(data.remaining(), MAX_BYTES - bytes.size());
        byte[] chunk = new byte[take];
        data.get(chunk);
        bytes.write(chunk, 0, take);
        if (bytes.size() >= MAX_BYTES && !endOfStream) {
            throw new ExcerptFull();
        }
    }

    @Override
    protected Integer buildResult() {
        return status;
    }

    @Override
    public void releaseResources() {
        // nothing held beyond the excerpt itself
    }

    /** The status line's code, null before the answer arrived. */
    Integer status() {
        return status;
    }

    synchronized String excerpt() {
        String text = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        return text.length() > AttemptResult.EXCERPT_CHARS ? text.substring(0, AttemptResult.EXCERPT_CHARS) : text;
    }
}
