package org.paygrid.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Fraud detection's default rules switched off and back on through the staff API (as the automation client, so each
 * change is audited like any other), for a benchmark that compares a run with the rules and one without. The rules
 * as they were are read from the database, and {@link #close()} puts every one back exactly so.
 */
public final class FraudRules implements AutoCloseable {

    private record Rule(String id, boolean enabled, String mode, String params) {
    }

    private static final HttpClient HTTP = Http.client().build();

    private final List<Rule> before;

    private FraudRules(List<Rule> before) {
        this.before = before;
    }

    /** Switches every default rule off; close() restores them. */
    public static FraudRules allOff() throws Exception {
        List<Rule> rules = new ArrayList<>();
        try (Connection db = Stack.database(); Statement s = db.createStatement();
             ResultSet row = s.executeQuery("select rule_id, enabled, mode, params from fds_rule order by rule_id")) {
            while (row.next()) {
                rules.add(new Rule(row.getString(1), row.getBoolean(2), row.getString(3), row.getString(4)));
            }
        }
        String token = Stack.opsToken();
        for (Rule rule : rules) {
            put(token, new Rule(rule.id(), false, rule.mode(), rule.params()));
        }
        return new FraudRules(rules);
    }

    @Override
    public void close() throws Exception {
        String token = Stack.opsToken();
        for (Rule rule : before) {
            put(token, rule);
        }
    }

    private static void put(String token, Rule rule) throws Exception {
        String body = "{\"enabled\": " + rule.enabled() + ", \"mode\": \"" + rule.mode() + "\", \"params\": "
                + rule.params() + "}";
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                        URI.create(Stack.paygridUrl() + "/v1/admin/fds/rules/" + rule.id()))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("rule " + rule.id() + ": " + answer.statusCode() + " " + answer.body());
        }
    }
}
