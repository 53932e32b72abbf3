package org.paygrid.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of the domain (docs/architecture.md): packages by business capability, each with boundary, control and
 * entity. Arrows between capabilities point one way (no cycle, whatever the path), and one capability talks to
 * another only through that one's boundary: its control classes and its tables (JPA entities) are its own
 * business; the values it publishes (enums and records such as a payment method) may be used by others.
 */
@AnalyzeClasses(packages = "org.paygrid", importOptions = ImportOption.DoNotIncludeTests.class)
class CapabilitiesTest {

    private static final Pattern CAPABILITY = Pattern.compile("org\\.paygrid\\.([a-z]+)\\.(boundary|control|entity|batch)(\\..*)?");

    @ArchTest
    static final ArchRule noCycleBetweenCapabilities = slices().matching("org.paygrid.(*)..")
            .should().beFreeOfCycles();

    /** Every log line carries its trace, merchant and payment: written through shared.logging's Log only. */
    @ArchTest
    static final ArchRule loggingThroughLog = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
            .that().resideOutsideOfPackage("org.paygrid.shared.logging..")
            .should().dependOnClassesThat().areAssignableTo(java.util.logging.Logger.class)
            .because("a line written past Log lacks the traceId, merchantId and paymentKey fields");

    /** {@code jakarta.json.Json} looks its provider up through the service loader on every call (JsonObjects). */
    @ArchTest
    static final ArchRule jsonThroughOneProvider = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
            .that().doNotHaveFullyQualifiedName("org.paygrid.shared.json.JsonObjects")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.json.Json")
            .because("each call of jakarta.json.Json searches the class loaders for the provider: use JsonObjects");

    @ArchTest
    static final ArchRule boundariesUseOnlyOtherCapabilitiesBoundaries = classes()
            .that().resideInAPackage("org.paygrid.*.boundary..")
            .should(useOfOtherCapabilitiesOnlyThroughTheirBoundary());

    private static ArchCondition<JavaClass> useOfOtherCapabilitiesOnlyThroughTheirBoundary() {
        return new ArchCondition<>("use another capability only through its boundary") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = capability(item).orElseThrow();
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Matcher matcher = CAPABILITY.matcher(target.getPackageName());
                    if (matcher.matches() && !matcher.group(1).equals(own) && !matcher.group(1).equals("shared")
                            && (matcher.group(2).equals("control") || matcher.group(2).equals("batch")
                            || isTable(target))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** A class that maps a table (an entity or a part of one): its owner's alone. Enums and records are values. */
    private static boolean isTable(JavaClass type) {
        return type.isAnnotatedWith(jakarta.persistence.Entity.class)
                || type.isAnnotatedWith(jakarta.persistence.Embeddable.class);
    }

    private static Optional<String> capability(JavaClass type) {
        Matcher matcher = CAPABILITY.matcher(type.getPackageName());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
