package org.paygrid.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The card network reached over HTTP (in test mode: the network simulator on Payara Micro), with connect and
 * read timeouts. Only the card number and expiry travel to the network; neither is logged.
 */
@ApplicationScoped
public class HttpCardNetwork implements CardNetwork {

    private static final Logger LOG = Logger.getLogger(HttpCardNetwork.class.getName());

    @Inject
    @ConfigProperty(name = "paygrid.network.url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "paygrid.network.connect-timeout-ms", defaultValue = "2000")
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "paygrid.network.read-timeout-ms", defaultValue = "5000")
    long readTimeoutMs;

    private HttpClient client;

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(connectTimeoutMs))
                    .version(HttpClient.Version.HTTP_1_1).build();
        }
        return client;
    }

    @Override
    public AuthorizationOutcome authorize(AuthorizationRequest request) {
        JsonObject body = Json.createObjectBuilder()
                .add("reference", request.reference())
                .add("cardNumber", request.cardNumber())
                .add("expiryYear", request.expiryYear())
                .add("expiryMonth", request.expiryMonth())
                .add("amount", request.amount())
                .add("currency", request.currency())
                .add("installmentMonths", request.installmentMonths())
                .build();
        try {
            Reply reply = send(post("/card/authorizations", body));
            return authorizationOutcome(reply);
        } catch (IOException e) {
            return unknown("authorize " + request.reference(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unknown("interrupted");
        }
    }

    @Override
    public AuthorizationOutcome inquire(String reference) {
        try {
            Reply reply = send(HttpRequest.newBuilder(uri("/card/authorizations/" + reference)).GET()
                    .timeout(Duration.ofMillis(readTimeoutMs)).build());
            if (reply.status() == 404) {
                return new Failed("NOT_FOUND", "The network has no such authorization");
            }
            if (reply.status() == 200) {
                String status = reply.json().getString("status", "");
                return switch (status) {
                    case "APPROVED", "PARTIAL_CANCELED", "CANCELED" -> approved(reply.json());
                    case "DECLINED" -> new Declined(reply.json().getString("declineCode", "REJECT_CARD_COMPANY"),
                            "Declined by the card company");
                    default -> new Unknown("inquiry answered status " + status);
                };
            }
            return new Unknown("inquiry answered HTTP " + reply.status());
        } catch (IOException e) {
            return unknown("inquire " + reference, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unknown("interrupted");
        }
    }

    @Override
    public CancelOutcome cancel(String reference, String cancelReference, long amount) {
        JsonObject body = Json.createObjectBuilder().add("cancelReference", cancelReference).add("amount", amount).build();
        try {
            Reply reply = send(post("/card/authorizations/" + reference + "/cancels", body));
            if (reply.status() == 200) {
                return new Canceled(reply.json().getJsonNumber("remainingAmount").longValue());
            }
            if (reply.status() >= 400 && reply.status() < 500) {
                return new CancelRefused(reply.json().getString("code", "NETWORK_REFUSED"),
                        reply.json().getString("message", "The network refused the cancel"));
            }
            return new CancelUnknown("cancel answered HTTP " + reply.status());
        } catch (IOException e) {
            LOG.warning(() -> "cancel " + cancelReference + " of " + reference + ": no answer (" + e + ")");
            return new CancelUnknown(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CancelUnknown("interrupted");
        }
    }

    private static AuthorizationOutcome authorizationOutcome(Reply reply) {
        JsonObject json = reply.json();
        return switch (reply.status()) {
            case 200 -> approved(json);
            case 402 -> new Declined(json.getString("code", "REJECT_CARD_COMPANY"), json.getString("message", "Declined"));
            case 400, 409, 502 -> new Failed(json.getString("code", "PROVIDER_ERROR"),
                    json.getString("message", "The card network failed"));
            default -> new Unknown("authorization answered HTTP " + reply.status());
        };
    }

    private static Approved approved(JsonObject json) {
        return new Approved(json.getString("approveNo"), json.getString("issuerCode"), json.getString("acquirerCode"),
                json.getString("cardType"), json.getInt("installmentMonths", 0), json.getBoolean("interestFree", false),
                json.getJsonNumber("amount").longValue());
    }

    private AuthorizationOutcome unknown(String what, IOException e) {
        String reason = e instanceof HttpTimeoutException ? "no answer within " + readTimeoutMs + " ms" : e.toString();
        LOG.warning(() -> what + ": " + reason);
        return new Unknown(reason);
    }

    private HttpRequest post(String path, JsonObject body) {
        return HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofMillis(readTimeoutMs))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private record Reply(int status, String body) {
        JsonObject json() {
            if (body == null || body.isBlank()) {
                return JsonObject.EMPTY_JSON_OBJECT;
            }
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            } catch (RuntimeException notJson) {
                return JsonObject.EMPTY_JSON_OBJECT;
            }
        }
    }
}
