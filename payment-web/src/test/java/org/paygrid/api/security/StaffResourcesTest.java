package org.paygrid.api.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * Which resources are staff's is decided by the class ({@link StaffApi}), not by the request path: every resource
 * under /admin must carry the mark, no other may, and every endpoint of a staff resource names its roles.
 */
class StaffResourcesTest {

    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.paygrid");

    private static final DescribedPredicate<JavaClass> UNDER_ADMIN = new DescribedPredicate<>("a resource under /admin") {
        @Override
        public boolean test(JavaClass type) {
            return type.isAnnotatedWith(Path.class)
                    && type.getAnnotationOfType(Path.class).value().replaceFirst("^/", "").startsWith("admin");
        }
    };

    @Test
    void everyResourceUnderAdminIsAStaffResourceAndNoOtherIs() {
        classes().that(UNDER_ADMIN).should().beAnnotatedWith(StaffApi.class).check(API);
        classes().that().areAnnotatedWith(StaffApi.class).should(haveAdminPath()).check(API);
    }

    @Test
    void everyEndpointOfAStaffResourceNamesItsRoles() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(StaffApi.class)
                .and().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class).or().areAnnotatedWith(PUT.class)
                .or().areAnnotatedWith(DELETE.class)
                .should().beAnnotatedWith(StaffRoles.class).orShould().beDeclaredInClassesThat()
                .areAnnotatedWith(StaffRoles.class)
                .allowEmptyShould(true)
                .check(API.that(new DescribedPredicate<>("staff resources") {
                    @Override
                    public boolean test(JavaClass type) {
                        return type.isAnnotatedWith(StaffApi.class);
                    }
                }));
    }

    private static com.tngtech.archunit.lang.ArchCondition<JavaClass> haveAdminPath() {
        return new com.tngtech.archunit.lang.ArchCondition<>("have a path under /admin") {
            @Override
            public void check(JavaClass type, com.tngtech.archunit.lang.ConditionEvents events) {
                if (!UNDER_ADMIN.test(type)) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(type,
                            type.getName() + " is a staff resource outside /admin"));
                }
            }
        };
    }
}
