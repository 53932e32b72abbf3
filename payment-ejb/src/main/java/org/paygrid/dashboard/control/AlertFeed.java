package org.paygrid.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.dashboard.boundary.FiringAlerts;
import org.paygrid.shared.json.JsonObjects;

/**
 * The alerts firing now, as Alertmanager holds them ({@code GET /api/v2/alerts}, active and not silenced), for
 * the console's operations screen: so that staff without Grafana see what pages the operators. Unset
 * {@code paygrid.alertmanager.url}: not configured; no answer within two seconds: unreachable.
 */
@ApplicationScoped
public class AlertFeed {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    @ConfigProperty(name = "paygrid.alertmanager.url")
    Optional<String> url;

    public FiringAlerts firing() {
        if (url.isEmpty() || url.get().isBlank()) {
            return new FiringAlerts("NOT_CONFIGURED", List.of());
        }
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                            URI.create(url.get() + "/api/v2/alerts?active=true&silenced=false&inhibited=false"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return new FiringAlerts("UNREACHABLE", List.of());
            }
            JsonArray alerts = JsonObjects.parseArray(answer.body());
            return new FiringAlerts("OK", alerts.stream().map(JsonValue::asJsonObject).map(AlertFeed::alert).toList());
        } catch (IOException | RuntimeException unreachable) {
            return new FiringAlerts("UNREACHABLE", List.of());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new FiringAlerts("UNREACHABLE", List.of());
        }
    }

    private static FiringAlerts.Alert alert(JsonObject alert) {
        JsonObject labels = alert.getJsonObject("labels");
        JsonObject annotations = alert.containsKey("annotations") ? alert.getJsonObject("annotations")
                : JsonValue.EMPTY_JSON_OBJECT;
        return new FiringAlerts.Alert(labels.getString("alertname", "?"), labels.getString("severity", ""),
                annotations.getString("summary", ""), Instant.parse(alert.getString("startsAt")));
    }
}
