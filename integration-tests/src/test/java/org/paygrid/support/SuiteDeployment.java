package org.paygrid.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import fish.payara.arquillian.container.payara.remote.PayaraRemoteContainerConfiguration;
import fish.payara.arquillian.container.payara.remote.PayaraRemoteDeployableContainer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.paygrid.testkit.Sql;

/**
 * The EAR, deployed once per test run to the test stack's Payara Server through Arquillian's Payara container
 * (its admin REST client), and undeployed when the test JVM ends. Every integration test then talks to it over
 * HTTP, as merchants, staff and browsers do. One for the JVM, not per test engine: the JUnit Jupiter classes
 * ({@link PaygridIT}) and the jqwik property classes ({@link PaygridProperties}) share it.
 */
final class SuiteDeployment {

    private static SuiteDeployment deployed;

    /** Deploys the EAR unless this JVM already did. */
    static synchronized void ensure() throws Exception {
        if (deployed == null) {
            TraceCollector.ensure();
            deployed = new SuiteDeployment();
            SuiteDeployment undeploying = deployed;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    NodeGroup.awaitQuietly();
                    undeploying.close();
                } catch (Exception ignored) {
                    // the next run undeploys what is left over
                }
            }, "undeploy-paygrid"));
        }
    }

    private final PayaraRemoteDeployableContainer payara = new PayaraRemoteDeployableContainer();
    private final EnterpriseArchive ear = PaygridDeployment.ear();

    private SuiteDeployment() throws Exception {
        PayaraRemoteContainerConfiguration admin = new PayaraRemoteContainerConfiguration();
        admin.setAdminHost("localhost");
        admin.setAdminPort(Integer.parseInt(TestStack.require("paygrid.admin.port")));
        admin.setAdminUser("admin");
        admin.setAdminPassword(TestStack.require("paygrid.admin.password"));
        admin.setAuthorisation(true);
        payara.setup(admin);
        payara.start();
        // left over by a run that was killed before it could undeploy (asked first: Arquillian's undeploy of an
        // application that is not there only logs a warning, and the domain had been restarted on every run)
        if (deployedAlready()) {
            payara.undeploy(ear);
            // a deployment onto a server that held an earlier one can come up half-loaded (its persistence unit
            // closed: every call a 500); ./paygrid restarts the domain after a redeployment for the same reason
            restartDomain();
        }
        payara.deploy(ear);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> given().baseUri(TestStack.paygridUrl()).get("/health/ready").statusCode() == 200);
        warmupPaymentsAtReady = countWarmupPayments();
        NodeGroup.createInBackground();
        TestStack.awaitKeycloak();
    }

    /** Whether the domain holds an application named paygrid (its admin REST resource: 200, or 404). */
    private static boolean deployedAlready() {
        int status = given().baseUri("http://localhost:" + TestStack.require("paygrid.admin.port")).auth().preemptive()
                .basic("admin", TestStack.require("paygrid.admin.password")).accept("application/json")
                .get("/management/domain/applications/application/paygrid").statusCode();
        if (status != 200 && status != 404) {
            throw new IllegalStateException("the admin REST interface answered " + status + " for the application");
        }
        return status == 200;
    }

    private static void restartDomain() throws Exception {
        java.nio.file.Path home = java.nio.file.Path.of(TestStack.require("paygrid.home"));
        ProcessBuilder restart = new ProcessBuilder(home.resolve(".paygrid/runtime/payara6/bin/asadmin").toString(),
                "--port", TestStack.require("paygrid.admin.port"), "restart-domain", "paygrid-test");
        restart.environment().put("AS_ADMIN_USER", "admin");
        restart.environment().put("AS_ADMIN_PASSWORDFILE", home.resolve(".paygrid/test/asadmin-password").toString());
        System.out.print(Commands.succeed(restart, Duration.ofMinutes(3)));
    }

    /** The warm-up merchant's payments when this deployment first said ready (PlatformIT: ready after warm-up). */
    static long warmupPaymentsAtReady;

    private static long countWarmupPayments() throws SQLException {
        try (Connection db = TestStack.database()) {
            return Sql.count(db, "select count(*) from pay_payment where merchant_id = 'mer_paygrid_warmup'");
        }
    }

    private void close() throws Exception {
        try {
            payara.undeploy(ear);
        } finally {
            payara.stop();
        }
    }
}
