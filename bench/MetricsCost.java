import java.util.ArrayList;
import java.util.List;
import org.paygrid.testkit.KeyInProbe;
import org.paygrid.testkit.PayaraDomain;
import org.paygrid.testkit.ProcessCpu;

/**
 * What the business metrics cost on the approval path: Payara's CPU time per key-in approval (from /proc/<pid>/stat)
 * with the metrics on, then with {@code paygrid.metrics.enabled=false} (a JVM option, the domain restarted), each
 * warm: 10,000 approvals after the start, their rate printed per 2,000 to show it is stable, then N measured.
 * Sequential calls. The option is removed and the domain restarted at the end.
 * Run: ./bench/metrics-cost [N]  (after ./paygrid up; default N 5000)
 */
public class MetricsCost {

    static final String OFF = "-Dpaygrid.metrics.enabled=false";

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        double on = measure("metrics on", n);
        try {
            PayaraDomain.asadmin("create-jvm-options", OFF.replace("=", "\\="));
            PayaraDomain.restart();
            double off = measure("metrics off", n);
            System.out.printf("the metrics cost %.3f ms of Payara's CPU per approval (%.1f%%)%n", on - off,
                    100 * (on - off) / off);
        } finally {
            PayaraDomain.asadmin("delete-jvm-options", OFF.replace("=", "\\="));
            PayaraDomain.restart();
        }
    }

    static double measure(String label, int n) throws Exception {
        KeyInProbe approvals = new KeyInProbe();
        for (int round = 1; round <= 5; round++) {
            long t0 = System.nanoTime();
            approvals.warm(2_000);
            System.out.printf("  %s, warm-up round %d: %.0f approvals/s%n", label, round, 2_000 / ((System.nanoTime() - t0) / 1e9));
        }
        long cpu0 = new ProcessCpu().millis().get("payara");
        long t0 = System.nanoTime();
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            latencies.add(approvals.call());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (new ProcessCpu().millis().get("payara") - cpu0) / (double) n;
        System.out.printf("%s (warm, after 10,000): %,d sequential approvals at %.0f/s, p50 %.1f ms; Payara CPU %.3f ms "
                + "per approval%n", label, n, n / seconds, KeyInProbe.millis(latencies, 0.5), cpuMs);
        return cpuMs;
    }
}
