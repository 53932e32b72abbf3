package org.paygrid.network.control;

import org.paygrid.network.boundary.PaymentNetwork;
import org.paygrid.network.entity.Channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.paygrid.shared.json.JsonObjects;
import org.paygrid.shared.logging.Log;

/**
 * The payment networks reached over HTTP (in test mode: the network simulator on Payara Micro), with connect and
 * read timeouts. Only the card number and expiry travel to the card network; neither is logged.
 */
@ApplicationScoped
public class HttpPaymentNetwork implements PaymentNetwork {

    private static final Log LOG = Log.of(HttpPaymentNetwork.class);

    @Inject
    NetworkHttp http;

    @Override
    public AuthorizationOutcome authorize(AuthorizationRequest request) {
        JsonObject body;
        if (request.instrument() instanceof CardInstrument card) {
            body = JsonObjects.builder()
                    .add("reference", request.reference())
                    .add("cardNumber", card.cardNumber())
                    .add("expiryYear", card.expiryYear())
                    .add("expiryMonth", card.expiryMonth())
                    .add("amount", request.amount())
                    .add("currency", request.currency())
                    .add("installmentMonths", card.installmentMonths())
                    .build();
        } else {
            AccountInstrument account = (AccountInstrument) request.instrument();
            body = JsonObjects.builder()
                    .add("reference", request.reference())
                    .add("channel", account.channel().name())
                    .add("provider", account.provider())
                    .add("customerId", account.customerId())
                    .add("amount", request.amount())
                    .build();
        }
        try {
            NetworkHttp.Reply reply = http.post(root(request.instrument().channel()), body);
            return authorizationOutcome(reply);
        } catch (ConnectException | HttpConnectTimeoutException neverSent) {
            // no connection, so the request never left: nothing can have been authorised
            LOG.warning(() -> "authorize " + request.reference() + ": network unreachable: " + neverSent);
            return new Failed("PROVIDER_ERROR", "The card network is unreachable; nothing was charged");
        } catch (IOException e) {
            return unknown("authorize " + request.reference(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unknown("interrupted");
        }
    }

    @Override
    public AuthorizationOutcome inquire(Channel channel, String reference) {
        try {
            NetworkHttp.Reply reply = http.get(root(channel) + "/" + reference);
            if (reply.status() == 404) {
                return new NotReceived("The network has no such authorization");
            }
            if (reply.status() == 200) {
                return bookedOutcome(channel, reply.json());
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
    public AuthorizationOutcome reverseUnreceived(Channel channel, String reference, long amount) {
        JsonObject body = JsonObjects.builder().add("channel", channel.name()).add("amount", amount).build();
        try {
            NetworkHttp.Reply reply = http.post(root(channel) + "/" + reference + "/reversal", body);
            if (reply.status() == 200) {
                return bookedOutcome(channel, reply.json());
            }
            return new Unknown("reversal answered HTTP " + reply.status());
        } catch (IOException e) {
            return unknown("reverse " + reference, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unknown("interrupted");
        }
    }

    /** What the network's books hold under an attempt's reference, as an inquiry or a reversal answers it. */
    static AuthorizationOutcome bookedOutcome(Channel channel, JsonObject json) {
        String status = json.getString("status", "");
        return switch (status) {
            case "APPROVED", "PARTIAL_CANCELED", "CANCELED" -> approved(json);
            case "DECLINED" -> new Declined(json.getString("declineCode", "REJECT_CARD_COMPANY"),
                    "Declined by the " + (channel == Channel.CARD ? "card company" : "provider"));
            case "REVERSED" -> reversed();
            default -> new Unknown("the network answered status " + status);
        };
    }

    @Override
    public CancelOutcome cancel(Channel channel, String reference, String cancelReference, long amount) {
        JsonObject body = JsonObjects.builder().add("cancelReference", cancelReference).add("amount", amount).build();
        try {
            NetworkHttp.Reply reply = http.post(root(channel) + "/" + reference + "/cancels", body);
            if (reply.status() == 200 && reply.json().get("remainingAmount") instanceof jakarta.json.JsonNumber left) {
                return new Canceled(left.longValue());
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

    static AuthorizationOutcome authorizationOutcome(NetworkHttp.Reply reply) {
        JsonObject json = reply.json();
        return switch (reply.status()) {
            case 200 -> approved(json);
            case 402 -> new Declined(json.getString("code", "REJECT_CARD_COMPANY"), json.getString("message", "Declined"));
            case 409 -> "REVERSED".equals(json.getString("code", "")) ? reversed() : failed(json);
            case 400, 502 -> failed(json);
            default -> new Unknown("authorization answered HTTP " + reply.status());
        };
    }

    private static Failed failed(JsonObject json) {
        return new Failed(json.getString("code", "PROVIDER_ERROR"), json.getString("message", "The card network failed"));
    }

    /** The attempt was reversed before the network received it: it never will, nothing was charged. */
    private static Failed reversed() {
        return new Failed("ACQUIRER_TIMEOUT", "The network never received the authorization in time; it is reversed "
                + "there and refused if it arrives");
    }

    /**
     * An approval as the network writes it; a 200 without its approval number and amount (an empty or cut body, as a
     * network restarting can send) says nothing about the money, so it is an unknown outcome the reconciler settles
     * by inquiry, never an error.
     */
    private static AuthorizationOutcome approved(JsonObject json) {
        if (!(json.get("approveNo") instanceof jakarta.json.JsonString)
                || !(json.get("amount") instanceof jakarta.json.JsonNumber)) {
            return new Unknown("the network answered 200 without an approval");
        }
        return new Approved(json.getString("approveNo"), json.getString("issuerCode", null),
                json.getString("acquirerCode", null), json.getString("cardType", null),
                json.getInt("installmentMonths", 0), json.getBoolean("interestFree", false),
                json.getJsonNumber("amount").longValue());
    }

    /** Cards go to the card network; wallets, transfers and carrier billing to the provider gateway. */
    private static String root(Channel channel) {
        return channel == Channel.CARD ? "/card/authorizations" : "/providers/authorizations";
    }

    private AuthorizationOutcome unknown(String what, IOException e) {
        String reason = e instanceof HttpTimeoutException ? "no answer within " + http.readTimeoutMs() + " ms" : e.toString();
        LOG.warning(() -> what + ": " + reason);
        return new Unknown(reason);
    }
}
