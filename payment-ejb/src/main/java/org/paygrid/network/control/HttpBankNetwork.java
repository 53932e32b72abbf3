package org.paygrid.network.control;

import org.paygrid.network.boundary.BankNetwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.paygrid.shared.json.JsonObjects;
import org.paygrid.shared.logging.Log;

/** The virtual-account bank reached over HTTP (in test mode: the network simulator's bank). */
@ApplicationScoped
public class HttpBankNetwork implements BankNetwork {

    private static final Log LOG = Log.of(HttpBankNetwork.class);

    @Inject
    NetworkHttp http;

    @Override
    public AccountOutcome open(String reference, String bankCode, String holderName, long amount, Instant dueAt) {
        JsonObject body = JsonObjects.builder().add("reference", reference).add("bankCode", bankCode)
                .add("holderName", holderName).add("amount", amount)
                .add("dueAt", dueAt.atOffset(ZoneOffset.UTC).toString()).build();
        return account("open " + reference, () -> http.post("/bank/virtual-accounts", body));
    }

    @Override
    public AccountOutcome inquire(String reference) {
        return account("inquire " + reference, () -> http.get("/bank/virtual-accounts/" + reference));
    }

    @Override
    public AccountOutcome close(String reference) {
        return account("close " + reference, () -> http.post("/bank/virtual-accounts/" + reference + "/close",
                JsonObject.EMPTY_JSON_OBJECT));
    }

    @Override
    public AccountOutcome deposit(String reference, long amount) {
        return account("deposit " + reference, () -> http.post("/bank/virtual-accounts/" + reference + "/deposits",
                JsonObjects.builder().add("amount", amount).build()));
    }

    @Override
    public RefundOutcome refund(String refundReference, String reference, long amount, RefundAccount to) {
        JsonObject body = JsonObjects.builder().add("refundReference", refundReference).add("reference", reference)
                .add("amount", amount).add("bankCode", to.bankCode()).add("accountNumber", to.accountNumber())
                .add("holderName", to.holderName()).build();
        try {
            NetworkHttp.Reply reply = http.post("/bank/refunds", body);
            if (reply.status() == 200) {
                return new Refunded();
            }
            if (reply.status() >= 400 && reply.status() < 500) {
                return new RefundRefused(reply.json().getString("code", "BANK_REFUSED"),
                        reply.json().getString("message", "The bank refused the refund"));
            }
            return new RefundUnknown("refund answered HTTP " + reply.status());
        } catch (IOException e) {
            LOG.warning(() -> "refund " + refundReference + ": no answer (" + e + ")");
            return new RefundUnknown(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RefundUnknown("interrupted");
        }
    }

    private interface Call {
        NetworkHttp.Reply send() throws IOException, InterruptedException;
    }

    private AccountOutcome account(String what, Call call) {
        try {
            NetworkHttp.Reply reply = call.send();
            JsonObject json = reply.json();
            if (reply.status() == 200) {
                return new Opened(new Account(json.getString("bankCode"), json.getString("accountNumber"),
                        Instant.parse(json.getString("dueAt")), json.getString("status"),
                        json.isNull("depositId") ? null : json.getString("depositId"),
                        json.isNull("depositedAt") ? null : Instant.parse(json.getString("depositedAt"))));
            }
            if (reply.status() >= 400 && reply.status() < 500) {
                return new Refused(json.getString("code", "BANK_REFUSED"), json.getString("message", "Refused by the bank"));
            }
            return new NoAnswer(what + " answered HTTP " + reply.status());
        } catch (IOException e) {
            LOG.warning(() -> what + ": no answer (" + e + ")");
            return new NoAnswer(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NoAnswer("interrupted");
        }
    }
}
