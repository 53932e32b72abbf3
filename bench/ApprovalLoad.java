import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.paygrid.testkit.KeyInProbe;

/**
 * A fixed number of key-in approvals from N clients, the rate printed every 2,000: the load bench/profile runs
 * while the profiler records. Run: java -cp ... bench/ApprovalLoad.java <clients> <approvals>
 */
public class ApprovalLoad {

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(args[0]);
        int total = Integer.parseInt(args[1]);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long[] lap = {System.nanoTime()};
        List<Future<Void>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                KeyInProbe probe = new KeyInProbe();
                while (next.getAndIncrement() < total) {
                    probe.call();
                    if (done.incrementAndGet() % 2_000 == 0) {
                        synchronized (lap) {
                            long now = System.nanoTime();
                            System.out.printf("  %,6d approvals: %.0f/s%n", done.get(), 2_000 / ((now - lap[0]) / 1e9));
                            lap[0] = now;
                        }
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<Void> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();   // a failed worker ends the run instead of leaving the others' threads running
        }
    }
}
