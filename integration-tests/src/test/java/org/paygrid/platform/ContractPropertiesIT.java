package org.paygrid.platform;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.Shared;

/**
 * The contract's properties ({@link ContractProperties}, jqwik) run as one class beside the others. As a class of
 * jqwik's own engine they ran alone after every Jupiter class, since the JUnit Platform runs its engines one after
 * the other: 21-27 s in which the build machine was half idle. Here a Jupiter class hands them to jqwik through the
 * platform's launcher, in one of the suite's lanes, and reports each property as a test of its own; a failed one
 * fails with jqwik's report (its seed and shrunk sample; {@code @Property(seed = ...)} repeats it). It holds the
 * settlement runs' lock: a run of today settles the properties' merchants' payments too, and the postings and
 * events that adds would show as stored by a refused request (seen once beside {@code SettlementApiIT}).
 */
@PaygridIT
@ResourceLock(Shared.SETTLEMENT_RUNS)
class ContractPropertiesIT {

    @TestFactory
    Stream<DynamicTest> everyPropertyHolds() {
        Outcomes outcomes = new Outcomes();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(ContractProperties.class))
                .filters(EngineFilter.includeEngines("jqwik")).build(), outcomes);
        if (outcomes.finished.stream().noneMatch(Outcome::property)) {
            throw new AssertionError("jqwik ran no property of ContractProperties: " + outcomes.finished);
        }
        return outcomes.finished.stream().map(outcome -> DynamicTest.dynamicTest(outcome.name(), outcome::holds));
    }

    /** A property, or a container that failed (its hooks: the deployment before, the books after). */
    private record Outcome(String name, boolean property, TestExecutionResult result, List<String> report) {

        void holds() {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                throw new AssertionError(name + ": " + result.getStatus() + "\n" + String.join("\n", report),
                        result.getThrowable().orElse(null));
            }
        }
    }

    private static final class Outcomes implements TestExecutionListener {

        private final Map<String, List<String>> reports = new ConcurrentHashMap<>();
        private final List<Outcome> finished = new CopyOnWriteArrayList<>();

        @Override
        public void reportingEntryPublished(TestIdentifier identifier, ReportEntry entry) {
            String line = identifier.getDisplayName() + " " + entry.getKeyValuePairs();
            System.out.println(line);
            reports.computeIfAbsent(identifier.getUniqueId(), id -> new CopyOnWriteArrayList<>()).add(line);
        }

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (identifier.isTest() || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                finished.add(new Outcome(identifier.getDisplayName(), identifier.isTest(), result,
                        reports.getOrDefault(identifier.getUniqueId(), List.of())));
            }
        }
    }
}
