package org.paygrid.support;

/**
 * What integration test classes share beyond the stack itself, named for {@code @ResourceLock}: test classes run three
 * at a time (junit-platform.properties), and classes holding the same lock never run side by side. A class that
 * changes what every other class relies on is {@code @Isolated} instead.
 */
public final class Shared {

    /**
     * Settlement and reconciliation runs of a date: a run settles every merchant's transactions of its date, so a
     * class's run beside another's could settle the other's payments, and reconciliation would see the other's
     * approvals in flight.
     */
    public static final String SETTLEMENT_RUNS = "settlement and reconciliation runs";

    /**
     * The fraud rules' defaults, which every merchant without a rule of its own is judged by: a class that changes
     * one (even to what it is, which makes a new version) holds this, and so does a class whose payments depend on
     * the defaults' amounts. A class that only sets rules for its own merchants or lists its own values needs
     * nothing: payments of other merchants and other cards are judged as before.
     */
    public static final String FRAUD_RULE_DEFAULTS = "the fraud rules' defaults";

    /** The Node.js SDK's working copy: {@code npm ci} there replaces its node_modules, which another test may be using. */
    public static final String NODE_SDK = "sdk/node and its node_modules";

    /** The test stack's Alertmanager port, 10093: Debian's Alertmanager or a test's stand-in listens there. */
    public static final String ALERTMANAGER_PORT = "the test stack's Alertmanager port";

    private Shared() {
    }
}
