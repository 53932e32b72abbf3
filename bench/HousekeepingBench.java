import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paygrid.testkit.KeyInProbe;
import org.paygrid.testkit.Sql;
import org.paygrid.testkit.Stack;
import org.paygrid.testkit.Http;

/**
 * Housekeeping at scale (shared/RELIABILITY.md scenario 22): fills the purged tables with N expired records (by
 * default 1,000,000: 40% events with a webhook delivery each, 30% idempotency keys, 30% test-mode payments with
 * their authorization), then times sequential key-in approvals alone, starts the housekeeping through the staff
 * API and times the same approvals while it purges, until it is done. Prints p50/p99 alone and during, their
 * ratio, the purge's time and rows, and each rule's longest batch (the longest any of its transactions held
 * locks). Run: ./bench/housekeeping [N] [--probe-seconds S]  (after ./paygrid up)
 */
public class HousekeepingBench {

    static final String MERCHANT = "mer_hk_bench";

    public static void main(String[] args) throws Exception {
        int n = 1_000_000;
        int probeSeconds = 30;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--probe-seconds")) {
                probeSeconds = Integer.parseInt(args[++i]);
            } else {
                n = Integer.parseInt(args[i]);
            }
        }
        String url = Stack.paygridUrl();
        HttpClient http = Http.client().build();
        try (Connection db = Stack.database()) {
            long t0 = System.nanoTime();
            fill(db, n);
            System.out.printf("%,d expired records written in %.1f s%n", n, seconds(t0));
            Sql.awaitQuietDatabase(db);
            KeyInProbe approvals = new KeyInProbe().warm(300);
            List<Long> alone = approvals.forSeconds(probeSeconds);
            String token = Stack.opsToken();
            long purgeStart = System.nanoTime();
            int status = http.send(HttpRequest.newBuilder(URI.create(url + "/v1/admin/housekeeping/runs"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 202) {
                throw new IllegalStateException("housekeeping did not start: " + status);
            }
            List<Long> during = new ArrayList<>();
            String view;
            long nextLook = System.nanoTime() + 1_000_000_000L;
            while (true) {
                during.add(approvals.call());
                if (System.nanoTime() >= nextLook) {
                    view = look(http, url, token);
                    if (!view.contains("\"running\":true")) {
                        break;
                    }
                    nextLook = System.nanoTime() + 1_000_000_000L;
                }
            }
            double purge = seconds(purgeStart);
            long left = Sql.count(db, "select count(*) from evt_event where merchant_id = ?", MERCHANT)
                    + Sql.count(db, "select count(*) from pay_payment where merchant_id = ?", MERCHANT)
                    + Sql.count(db, "select count(*) from idm_idempotency_key where scope = ?", MERCHANT);
            System.out.printf("housekeeping: %.1f s for the run (%,d bench records left)%n", purge, left);
            Matcher rule = Pattern.compile("\"rule\":\"([a-z-]+)\".*?\"removed\":(\\d+),\"batches\":(\\d+),"
                    + "\"longestBatchMs\":(\\d+)").matcher(view);
            while (rule.find()) {
                System.out.printf("  %-22s %,10d rows in %,6d batches, longest %d ms%n", rule.group(1),
                        Long.parseLong(rule.group(2)), Long.parseLong(rule.group(3)), Long.parseLong(rule.group(4)));
            }
            double p99Alone = KeyInProbe.millis(alone, 0.99);
            double p99During = KeyInProbe.millis(during, 0.99);
            System.out.printf("key-ins alone:  %,d calls, p50 %.1f ms, p99 %.1f ms (warm, after 300)%n", alone.size(),
                    KeyInProbe.millis(alone, 0.50), p99Alone);
            System.out.printf("key-ins during: %,d calls, p50 %.1f ms, p99 %.1f ms%n", during.size(),
                    KeyInProbe.millis(during, 0.50), p99During);
            System.out.printf("p99 during / alone = %.2fx (target at most 1.5x)%n", p99During / p99Alone);
        }
    }

    /** N expired records in the tables the rules purge, each older than its rule keeps. */
    static void fill(Connection db, int n) throws Exception {
        int events = n * 4 / 10;
        int keys = n * 3 / 10;
        int payments = n - events - keys;
        try (Statement s = db.createStatement()) {
            s.executeUpdate("insert ignore into mer_merchant (id, name, business_number, representative, email, status, "
                    + "created_at, updated_at) values ('" + MERCHANT + "', 'Housekeeping bench', '8000000001', 'Bench', "
                    + "'bench@example.kr', 'APPROVED', utc_timestamp(6), utc_timestamp(6))");
            s.executeUpdate("insert ignore into whk_endpoint (id, merchant_id, mode, url, secret_key_id, secret_iv, "
                    + "secret_ciphertext, secret_hint, status, created_at, updated_at) values ('we_hk_bench', '"
                    + MERCHANT + "', 'TEST', 'https://shop.example.kr/hooks', 'bench', x'00', x'00', 'bench', 'DISABLED', "
                    + "utc_timestamp(6), utc_timestamp(6))");
            inChunks(s, events, (from, to) -> """
                    insert into evt_event (id, merchant_id, mode, type, ordering_key, body, created_at, published_seq)
                    select concat('evt_hkb_', uuid_short()), '%s', 'TEST', 'PAYMENT_STATUS_CHANGED', concat('o', seq),
                           '{"bench": true}', utc_timestamp(6) - interval 40 day + interval seq second, null
                    from seq_%d_to_%d""".formatted(MERCHANT, from, to));
            s.executeUpdate("""
                    insert into whk_delivery (event_seq, event_id, event_type, endpoint_id, merchant_id, mode,
                        ordering_key, status, attempts, created_at, updated_at)
                    select seq, id, type, 'we_hk_bench', merchant_id, mode, ordering_key, 'DELIVERED', 1, created_at,
                           created_at from evt_event e where e.merchant_id = '%s'
                      and not exists (select 1 from whk_delivery d where d.event_seq = e.seq)""".formatted(MERCHANT));
            inChunks(s, keys, (from, to) -> """
                    insert into idm_idempotency_key (scope, idem_key, request_hash, state, created_at, updated_at)
                    select '%s', concat('hkb-', uuid_short()), repeat('0', 64), 'DONE',
                           utc_timestamp(6) - interval 20 day + interval seq second,
                           utc_timestamp(6) - interval 20 day + interval seq second
                    from seq_%d_to_%d""".formatted(MERCHANT, from, to));
            inChunks(s, payments, (from, to) -> """
                    insert into pay_payment (payment_key, merchant_id, mode, order_id, order_name, status, method,
                        currency, total_amount, balance_amount, requested_at, approved_at, approve_no, created_at,
                        updated_at)
                    select concat('pay_hkb_', uuid_short()), '%s', 'TEST', concat('hkb-', uuid_short()), 'bench',
                           'DONE', 'CARD', 'KRW', 1000, 1000, t, t, '00000000', t, t
                    from (select utc_timestamp(6) - interval 100 day + interval seq second t from seq_%d_to_%d) s"""
                    .formatted(MERCHANT, from, to));
            s.executeUpdate("""
                    insert into pay_transaction (payment_key, transaction_key, kind, amount, tax_free_amount, status,
                        requested_at, completed_at)
                    select payment_key, payment_key, 'AUTHORIZATION', total_amount, 0, 'SUCCESS', approved_at,
                           approved_at from pay_payment p where merchant_id = '%s'
                      and not exists (select 1 from pay_transaction t where t.payment_key = p.payment_key)"""
                    .formatted(MERCHANT));
        }
    }

    interface Chunk {
        String sql(int from, int to);
    }

    /** Generated rows 100,000 at a time: one statement of a million rows would hold the table for a minute. */
    static void inChunks(Statement s, int rows, Chunk chunk) throws Exception {
        for (int from = 1; from <= rows; from += 100_000) {
            s.executeUpdate(chunk.sql(from, Math.min(rows, from + 99_999)));
        }
    }

    static String look(HttpClient http, String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + "/v1/admin/housekeeping"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
