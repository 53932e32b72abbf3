package org.paygrid.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time the stack's processes have used, read from {@code /proc/<pid>/stat} (user and system time, in clock
 * ticks of 10 ms): Payara (its domain's pid file), the network simulator ({@code ./paygrid}'s pid file), MariaDB
 * (the process named {@code mariadbd} or {@code mysqld}) and the benchmark's own JVM, the client. Two readings
 * around a run give each process's CPU per call. Linux only, the stack on this host.
 */
public final class ProcessCpu {

    /** The processes, in the order benchmarks print them. */
    public static final String[] NAMES = {"payara", "simulator", "mariadb", "client"};

    private final Map<String, Long> pids = new LinkedHashMap<>();

    public ProcessCpu() throws IOException {
        Path domain = Path.of(Stack.variable("PAYGRID_DOMAIN_DIR"));
        Path state = Path.of(Stack.variable("PAYGRID_STATE_DIR"));
        pids.put("payara", Long.parseLong(Files.readString(domain.resolve("config/pid")).trim()));
        pids.put("simulator", Long.parseLong(Files.readString(state.resolve("simulator.pid")).trim()));
        pids.put("mariadb", mariadb());
        pids.put("client", ProcessHandle.current().pid());
    }

    /** Each process's CPU so far, in milliseconds. */
    public Map<String, Long> millis() throws IOException {
        Map<String, Long> used = new LinkedHashMap<>();
        for (var process : pids.entrySet()) {
            String[] stat = Files.readString(Path.of("/proc", process.getValue().toString(), "stat"))
                    .split("\\) ", 2)[1].split(" ");
            // after the command: state is field 3, utime 14 and stime 15 of the whole line
            used.put(process.getKey(), (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 10);
        }
        return used;
    }

    /** Milliseconds of CPU per call of each process between two readings. */
    public static Map<String, Double> perCall(Map<String, Long> before, Map<String, Long> after, long calls) {
        Map<String, Double> per = new LinkedHashMap<>();
        for (String name : NAMES) {
            per.put(name, (after.get(name) - before.get(name)) / (double) Math.max(1, calls));
        }
        return per;
    }

    /** Payara's pid now (it changes when the domain restarts). */
    public ProcessCpu refreshed() throws IOException {
        return new ProcessCpu();
    }

    private static long mariadb() throws IOException {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            String name = Files.readString(p.resolve("comm")).trim();
                            return name.equals("mariadbd") || name.equals("mysqld");
                        } catch (IOException gone) {
                            return false;
                        }
                    })
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no mariadbd process on this host"));
        }
    }
}
