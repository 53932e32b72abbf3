package org.paygrid.support;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The test suite's OpenTelemetry collector: the OTLP/HTTP endpoint the test stack's platform and simulator export
 * their spans to ({@code ./paygrid}'s test profile), running in the test JVM for the whole run, keeping what it
 * receives for the tests to read ({@link #trace}).
 */
public final class TraceCollector {

    private static TraceCollector running;

    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    /** A span as exported: ids in hex (the parent's empty for a root), its service, name, kind and attributes. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
                               String kind, Map<String, String> attributes) {
    }

    /** Starts the collector unless this JVM already did. */
    static synchronized void ensure() throws IOException {
        if (running == null) {
            running = new TraceCollector(Integer.parseInt(TestStack.require("paygrid.otlp.port")));
        }
    }

    /** The collector of this run. */
    public static synchronized TraceCollector get() {
        if (running == null) {
            throw new IllegalStateException("the trace collector starts with the suite's deployment");
        }
        return running;
    }

    private TraceCollector(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/v1/traces", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                keep(ExportTraceServiceRequest.parseFrom(body));
                byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
                exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
                exchange.getResponseBody().write(answer);
            } catch (IOException | RuntimeException unreadable) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** The spans received so far of one trace. */
    public List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    private void keep(ExportTraceServiceRequest request) {
        HexFormat hex = HexFormat.of();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = text(resource.getResource().getAttributesList()).getOrDefault("service.name", "");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (var span : scope.getSpansList()) {
                    spans.add(new ReceivedSpan(service, hex.formatHex(span.getTraceId().toByteArray()),
                            hex.formatHex(span.getSpanId().toByteArray()),
                            hex.formatHex(span.getParentSpanId().toByteArray()), span.getName(),
                            span.getKind().name(), text(span.getAttributesList())));
                }
            }
        }
    }

    private static Map<String, String> text(List<KeyValue> attributes) {
        return attributes.stream().collect(Collectors.toMap(KeyValue::getKey, attribute -> {
            var value = attribute.getValue();
            return value.hasStringValue() ? value.getStringValue()
                    : value.hasIntValue() ? String.valueOf(value.getIntValue()) : value.toString();
        }, (first, second) -> second));
    }
}
