package org.paygrid.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.time.Duration;
import org.paygrid.testkit.Books;

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
        long lastMovement;
        try (Connection db = TestStack.database()) {
            lastMovement = Books.lastMovement(db);
        }
        // up to the last movement when the class ended: classes running beside it may have theirs in flight
        await(afterClass + ": every money movement answered (no transaction left PENDING or UNKNOWN)")
                .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    try (Connection db = TestStack.database()) {
                        return Books.openMovementsUpTo(db, lastMovement) == 0;
                    }
                });
        JsonPath trialBalance = given().baseUri(TestStack.paygridUrl()).auth().oauth2(TestStack.opsToken())
                .get("/v1/admin/ledger/trial-balance").then().statusCode(200).extract().jsonPath();
        assertThat(trialBalance.getBoolean("balanced")).as(afterClass + ": the ledger balances").isTrue();
        assertThat(trialBalance.getBoolean("matchesPayments"))
                .as(afterClass + ": the ledger agrees with the payments' balances").isTrue();
        try (Connection db = TestStack.database()) {
            assertThat(Books.ledgerImbalance(db)).as(afterClass + ": debits equal credits, counted in the database")
                    .isZero();
        }
    }
}
