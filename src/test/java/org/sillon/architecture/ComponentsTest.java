package org.sillon.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contracts between components, read from the compiled classes: a component reaches another only
 * through that component's boundary (facades, cards, events, the enums and records they speak), never its
 * entities or rules; components depend on each other without cycles; the platform depends on none of them,
 * and nobody depends on the guard, which the container alone calls.
 */
class ComponentsTest {

    private static JavaClasses classes;

    /** Every component but the platform, the shared kernel everyone may use: found, so a new one is checked too. */
    private static List<String> components;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sillon");
        components = classes.stream().map(c -> c.getPackageName().split("\\."))
                .filter(p -> p.length > 2).map(p -> p[2]).filter(c -> !c.equals("platform"))
                .distinct().sorted().toList();
    }

    @Test
    void eachComponentSaysWhatItOwns() {
        assertTrue(components.containsAll(List.of("accounts", "people", "exchange", "dedupe", "privacy", "followup")),
                components::toString);
        for (String component : components) {
            assertTrue(classes.containPackage("org.sillon." + component)
                    && classes.getPackage("org.sillon." + component).tryGetPackageInfo().isPresent(),
                    component + " has no package-info.java saying what it owns");
        }
    }

    @Test
    void noComponentReachesIntoAnothersEntitiesOrRules() {
        List<String> violations = new ArrayList<>();
        for (String component : components) {
            noClasses().that().resideOutsideOfPackage("org.sillon." + component + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.sillon." + component + ".entity..",
                            "org.sillon." + component + ".control..")
                    .because("other components use " + component + "'s boundary: its facades, cards and events")
                    .evaluate(classes).getFailureReport().getDetails().forEach(violations::add);
        }
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    /**
     * A call whose result is ignored leaves no dependency on its return type in the caller's bytecode: a facade
     * handing another component one of its entities is found at the call instead.
     */
    @Test
    void noComponentIsHandedAnothersEntities() {
        List<String> violations = new ArrayList<>();
        classes.stream().flatMap(c -> c.getMethodCallsFromSelf().stream()).forEach(call -> {
            String from = component(call.getOriginOwner().getPackageName());
            String to = component(call.getTargetOwner().getPackageName());
            String returned = call.getTarget().getRawReturnType().getPackageName();
            if (from != null && to != null && !from.equals(to) && returned.startsWith("org.sillon." + to + ".entity")) {
                violations.add(call.getDescription());
            }
        });
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    /** The component of a package under org.sillon, or null (platform, which everyone shares, or outside). */
    private static String component(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 && parts[0].equals("org") && parts[1].equals("sillon") && !parts[2].equals("platform")
                ? parts[2] : null;
    }

    /**
     * A caller is one request's: a bean that outlives the request (a resource, made once for the application, a
     * facade, a page's view or session) asks its {@code Provider<Caller>} in each call and never keeps one in a
     * field, else the next request would act as the previous one's caller. (A constant, the demo's system caller, is
     * nobody's request.)
     */
    @Test
    void noBeanThatOutlivesARequestKeepsACaller() {
        for (Class<? extends java.lang.annotation.Annotation> scope : List.of(
                jakarta.enterprise.context.ApplicationScoped.class, jakarta.enterprise.context.SessionScoped.class,
                jakarta.enterprise.context.ConversationScoped.class, jakarta.faces.view.ViewScoped.class,
                jakarta.inject.Singleton.class)) {
            noFields().that().haveRawType(org.sillon.platform.boundary.Caller.class).and().areNotStatic()
                    .should().beDeclaredInClassesThat().areAnnotatedWith(scope)
                    .check(classes);
        }
    }

    @Test
    void componentsDependOnEachOtherWithoutCycles() {
        slices().matching("org.sillon.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void thePlatformDependsOnNoComponent() {
        noClasses().that().resideInAPackage("org.sillon.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(components.stream()
                        .map(c -> "org.sillon." + c + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void nobodyCallsTheGuard() {
        noClasses().that().resideOutsideOfPackage("org.sillon.guard..")
                .should().dependOnClassesThat().resideInAPackage("org.sillon.guard..")
                .check(classes);
    }
}
