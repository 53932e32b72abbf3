package org.paygrid.shared.logging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the work on this thread is about: the merchant and the payment, named where they become known (the API's
 * authentication, a payment flow, a reconciler's or dispatcher's item), and the trace, which is OpenTelemetry's
 * current span. Every {@link Log} line carries them, and the current span gets them as attributes, so one
 * {@code paymentKey} finds both its log lines and its traces.
 *
 * <p>Thread-bound, because a request, a reconciliation and a webhook delivery each run on one thread; whoever
 * starts such a unit of work opens a fresh context ({@link #open()}) and closes it when done, so nothing leaks to
 * the next request the pooled thread serves. Never a card number, a secret or a customer's data: ids only.
 */
public final class LogContext {

    /** The span attributes, as OpenTelemetry names them: lowercase, dotted, under the product's name. */
    static final String MERCHANT_ATTRIBUTE = "paygrid.merchant_id";
    static final String PAYMENT_ATTRIBUTE = "paygrid.payment_key";

    private static final ThreadLocal<Ids> CURRENT = new ThreadLocal<>();

    private LogContext() {
    }

    /** Starts a fresh context on this thread; closing it puts back what was there before. */
    public static Scope open() {
        Ids previous = CURRENT.get();
        CURRENT.set(new Ids());
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** The merchant the work is for (from here on, on this thread, until its context closes). */
    public static void merchant(String merchantId) {
        ids().merchantId = merchantId;
        Span.current().setAttribute(MERCHANT_ATTRIBUTE, merchantId);
    }

    /** The payment the work is about. */
    public static void payment(String paymentKey) {
        ids().paymentKey = paymentKey;
        Span.current().setAttribute(PAYMENT_ATTRIBUTE, paymentKey);
    }

    /** The fields a log line written now carries: traceId and spanId when a trace is on, merchantId, paymentKey. */
    public static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>(4);
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            fields.put("traceId", span.getTraceId());
            fields.put("spanId", span.getSpanId());
        }
        Ids ids = CURRENT.get();
        if (ids != null) {
            if (ids.merchantId != null) {
                fields.put("merchantId", ids.merchantId);
            }
            if (ids.paymentKey != null) {
                fields.put("paymentKey", ids.paymentKey);
            }
        }
        return fields;
    }

    /** Outside an opened context (a timer, a startup), ids still land somewhere: in a context of the thread's own. */
    private static Ids ids() {
        Ids ids = CURRENT.get();
        if (ids == null) {
            ids = new Ids();
            CURRENT.set(ids);
        }
        return ids;
    }

    /** A context's end. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Ids {
        String merchantId;
        String paymentKey;
    }
}
