package org.paygrid.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;
import org.paygrid.testkit.Cards;

/**
 * GET /v1/events?after= never skips an event (issue 16): an event whose transaction commits after a later event's
 * (numbered first at insert, visible last) still comes after the consumer's cursor.
 */
@PaygridIT
class EventFeedIT {

    @Test
    void anEventCommittedLateStillComesAfterTheCursor() throws Exception {
        TestMerchant shop = TestMerchant.create("Event Feed Shop");
        String lateId = "evt_late" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        try (Connection slow = TestStack.database()) {
            slow.setAutoCommit(false);
            // a transaction that records an event first (a lower insert number) and commits only later
            try (PreparedStatement insert = slow.prepareStatement("""
                    insert into evt_event (id, merchant_id, mode, type, ordering_key, body, created_at)
                    values (?, ?, 'TEST', 'PAYMENT_STATUS_CHANGED', 'pay_late', ?, ?)""")) {
                insert.setString(1, lateId);
                insert.setString(2, shop.id());
                insert.setString(3, "{\"id\":\"" + lateId + "\",\"type\":\"PAYMENT_STATUS_CHANGED\"}");
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            keyIn(shop);   // meanwhile other events commit
            List<String> seen = new ArrayList<>();
            String cursor = readAll(shop, null, seen);
            assertThat(seen).isNotEmpty().doesNotContain(lateId);
            slow.commit();

            List<String> after = new ArrayList<>();
            readAll(shop, cursor, after);
            assertThat(after).contains(lateId);
        }
    }

    /** Reads every page after {@code cursor}; answers the id of the last event read. */
    private static String readAll(TestMerchant shop, String cursor, List<String> ids) {
        String last = cursor;
        while (true) {
            var request = shop.api().queryParam("limit", 100);
            if (last != null) {
                request.queryParam("after", last);
            }
            JsonPath page = request.get("/v1/events").then().statusCode(200).extract().jsonPath();
            List<String> pageIds = page.getList("items.id", String.class);
            ids.addAll(pageIds);
            if (!pageIds.isEmpty()) {
                last = pageIds.get(pageIds.size() - 1);
            }
            if (page.getString("nextCursor") == null) {
                return last;
            }
        }
    }

    private static void keyIn(TestMerchant shop) {
        shop.api().body("""
                        {"orderId": "feed-%s", "orderName": "Feed", "amount": 1000, "cardNumber": "%s",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 18), Cards.fresh()))
                .post("/v1/payments/key-in").then().statusCode(200);
    }
}
