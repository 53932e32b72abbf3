package org.paygrid.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * What must hold after every integration test class, whatever it did: the ledger's trial balance is zero and agrees
 * with the payments' balances, and nothing is left with an unknown outcome: no payment whose authorization got no
 * answer and no cancel the network has not confirmed (the reconciler settles those within seconds; an attempt the
 * network never received is given up after two minutes, hence the deadline).
 */
public final class BooksInOrder {

    private BooksInOrder() {
    }

    public static void check(String afterClass) throws Exception {
        await(afterClass + ": payments and cancels with an unknown outcome settled")
                .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> count("select count(*) from pay_payment where outcome_unknown")
                        + count("select count(*) from pay_cancel where network_confirmed_at is null") == 0);
        JsonPath trialBalance = given().baseUri(TestStack.paygridUrl()).auth().oauth2(TestStack.opsToken())
                .get("/v1/admin/ledger/trial-balance").then().statusCode(200).extract().jsonPath();
        assertThat(trialBalance.getBoolean("balanced")).as(afterClass + ": the ledger balances").isTrue();
        assertThat(trialBalance.getBoolean("matchesPayments"))
                .as(afterClass + ": the ledger agrees with the payments' balances").isTrue();
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = TestStack.database(); Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
