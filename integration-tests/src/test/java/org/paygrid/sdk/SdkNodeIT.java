package org.paygrid.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.paygrid.support.Commands;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.paygrid.support.Shared;

/**
 * The Node.js SDK's own tests ({@code sdk/node}: retries, idempotency keys, errors, pages, webhook verification) and
 * its stack tests (a key-in, a partial cancel, reads, pages, a decline, a retried charge) against the running
 * platform, with a new merchant's test key.
 */
@PaygridIT
@ResourceLock(Shared.NODE_SDK)
class SdkNodeIT {

    @Test
    void theNodeSdksTestsPassAgainstThePlatform() throws Exception {
        TestMerchant shop = TestMerchant.create("Node SDK Shop " + Long.toString(System.nanoTime(), 36));
        Path sdk = Path.of(TestStack.require("paygrid.home"), "sdk", "node");
        String report = Commands.run(sdk, Duration.ofMinutes(10), "npm", "ci", "--no-audit", "--no-fund",
                "--loglevel=error");
        ProcessBuilder test = new ProcessBuilder("npm", "test").directory(sdk.toFile());
        test.environment().put("PAYGRID_URL", TestStack.paygridUrl());
        test.environment().put("PAYGRID_SECRET_KEY", shop.secretKey());
        report += Commands.succeed(test, Duration.ofMinutes(10));
        assertThat(report).contains("# fail 0", "# skipped 0").containsPattern("# pass (1[4-9]|[2-9]\\d)");
    }
}
