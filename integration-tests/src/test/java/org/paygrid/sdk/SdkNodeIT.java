package org.paygrid.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;

/**
 * The Node.js SDK's own tests ({@code sdk/node}: retries, idempotency keys, errors, pages, webhook verification) and
 * its stack tests (a key-in, a partial cancel, reads, pages, a decline, a retried charge) against the running
 * platform, with a new merchant's test key.
 */
@PaygridIT
class SdkNodeIT {

    @Test
    void theNodeSdksTestsPassAgainstThePlatform() throws Exception {
        TestMerchant shop = TestMerchant.create("Node SDK Shop " + Long.toString(System.nanoTime(), 36));
        Path sdk = Path.of(TestStack.require("paygrid.home"), "sdk", "node");
        String report = run(sdk, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        ProcessBuilder test = new ProcessBuilder("npm", "test").directory(sdk.toFile()).redirectErrorStream(true);
        test.environment().put("PAYGRID_URL", TestStack.paygridUrl());
        test.environment().put("PAYGRID_SECRET_KEY", shop.secretKey());
        report += output(test.start());
        assertThat(report).contains("# fail 0", "# skipped 0").containsPattern("# pass (1[4-9]|[2-9]\\d)");
    }

    private static String run(Path directory, String... command) throws Exception {
        return output(new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start());
    }

    private static String output(Process process) throws Exception {
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }
}
