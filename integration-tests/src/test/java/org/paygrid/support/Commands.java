package org.paygrid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A program the tests need to succeed (npm, openssl, nginx -t): its output, or a failure that shows it. */
public final class Commands {

    private Commands() {
    }

    /** Runs {@code command} in {@code directory} (null: the current one); its output with stderr. */
    public static String run(Path directory, Duration timeout, String... command) throws Exception {
        ProcessBuilder process = new ProcessBuilder(command);
        if (directory != null) {
            process.directory(directory.toFile());
        }
        return succeed(process, timeout);
    }

    /** Starts a prepared process (its environment set) and waits for it to exit 0; its output with stderr. */
    public static String succeed(ProcessBuilder process, Duration timeout) throws Exception {
        Process started = process.redirectErrorStream(true).start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(started.exitValue()).as(String.join(" ", process.command()) + "\n" + output).isZero();
        return output;
    }
}
