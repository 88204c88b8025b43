package org.homeward.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.audit.AuditLog;
import org.homeward.app.chain.Chain;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * The structure of DESIGN.md, checked. Each direct sub-package of {@code org.homeward.app} is a
 * feature module; other modules may use only the types at its root package (its public surface),
 * never its sub-packages, and modules must not depend on each other in a cycle.
 */
class ArchitectureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(HomewardApplication.class);

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.homeward");

    @Test
    void features_use_each_other_only_through_their_public_surface() {
        MODULES.verify();
    }

    @Test
    void the_modules_are_the_feature_packages() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("cli", "common", "database", "installation", "logging", "security", "web");
    }

    @Test
    void the_check_catches_a_feature_reaching_into_another_features_internals() {
        ApplicationModules broken = ApplicationModules.of("org.homeward.archfixture", location -> true);

        assertThatThrownBy(broken::verify)
                .hasMessageContaining("alpha")
                .hasMessageContaining("BetaInternals");
    }

    /**
     * Exactly one class computes chain hashes. The other SHA-256 users hash no chain: secrets
     * stored as digests (API tokens, one-time links), a backup file's checksum, and the fingerprint
     * of a screening run's inputs.
     */
    private static final ArchRule ONE_CLASS_COMPUTES_CHAIN_HASHES = noClasses()
            .that().doNotHaveFullyQualifiedName(Chain.class.getName())
            .and().doNotHaveFullyQualifiedName("org.homeward.app.security.Secrets")
            .and().doNotHaveFullyQualifiedName("org.homeward.app.database.DatabaseBackups")
            .and().doNotHaveFullyQualifiedName("org.homeward.app.identification.ScreeningEngine")
            .and().doNotHaveFullyQualifiedName("org.homeward.app.checkpoint.TimestampAuthority") // an RFC 3161 message imprint, no link
            .and().doNotHaveFullyQualifiedName("org.homeward.app.frequencies.LabFrequencies") // an uploaded file's checksum, no link
            .and().resideOutsideOfPackage("org.homeward.kinship..") // the engine fingerprints its model for stored profiles: no log
            .should().dependOnClassesThat().haveFullyQualifiedName(MessageDigest.class.getName())
            .orShould().dependOnClassesThat().resideInAPackage("org.erdtman.jcs..")
            .because("every tamper-evident log hashes its links with org.homeward.app.chain.Chain");

    @Test
    void exactly_one_class_computes_chain_hashes() {
        ONE_CLASS_COMPUTES_CHAIN_HASHES.check(MAIN_CLASSES);
    }

    @Test
    void the_check_catches_a_chain_hash_computed_elsewhere() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.homeward.archfixture");

        assertThatThrownBy(() -> ONE_CLASS_COMPUTES_CHAIN_HASHES.check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("HandRolledChain");
    }

    @Test
    void the_audit_log_is_written_only_through_events() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.homeward.app.audit..")
                .should().callMethod(AuditLog.class, "record", AuditEvent.class)
                .because("features publish an AuditEvent in their transaction; the audit module's listener appends it");
        rule.check(MAIN_CLASSES);
    }

    @Test
    void no_feature_depends_on_the_demo_data() {
        noFeatureUsesTheDemoData("org.homeward.app").check(MAIN_CLASSES);
    }

    @Test
    void the_check_catches_a_feature_using_the_demo_data() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.homeward.archfixture");

        assertThatThrownBy(() -> noFeatureUsesTheDemoData("org.homeward.archfixture").check(fixture))
                .hasMessageContaining("Gamma")
                .hasMessageContaining("GammaDemoData")
                .hasMessageNotContaining("Alpha");
    }

    /** Identification reaches transfers through the remains register; the demo data was its only direct use of the ledger. */
    @Test
    void identification_does_not_depend_on_the_ledger() {
        ApplicationModule identification = MODULES.getModuleByName("identification").orElseThrow();

        assertThat(identification.getDirectDependencies(MODULES).containsModuleNamed("ledger")).isFalse();
    }

    /** The demo data uses the features' public surfaces; nothing outside {@code demo} may use it. */
    private static ArchRule noFeatureUsesTheDemoData(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".demo..")
                .should().dependOnClassesThat().resideInAPackage(root + ".demo..")
                .because("demo data is loaded on request (serve --demo) and must stay removable");
    }

    @Test
    void only_the_entry_point_uses_the_command_line() {
        ArchRule rule = noClasses().that().resideInAPackage("org.homeward.app..")
                .and().resideOutsideOfPackage("org.homeward.app.cli..")
                .and().doNotHaveFullyQualifiedName(HomewardApplication.class.getName())
                .should().dependOnClassesThat().resideInAPackage("org.homeward.app.cli..");
        rule.check(MAIN_CLASSES);
    }

    /**
     * One Jackson: the application reads and writes JSON with Boot's Jackson 3 ({@code tools.jackson}).
     * Jackson 2's databind is still on the classpath for one reason only: springdoc 3.1.1 builds the
     * OpenAPI document with swagger-core 2.2, which has no Jackson 3 release yet (swagger-core#4991).
     * The annotations ({@code com.fasterxml.jackson.annotation}) are shared by both lines.
     */
    static ArchRule applicationUsesOnlyJackson3(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..")
                .because("Boot 4's Jackson 3 (tools.jackson) is the one JSON mapper; Jackson 2 stays only inside springdoc");
    }

    @Test
    void the_application_uses_only_jackson_3() {
        applicationUsesOnlyJackson3("org.homeward.app").check(MAIN_CLASSES);
    }

    @Test
    void the_check_catches_jackson_2_in_application_code() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.homeward.archfixture");

        assertThatThrownBy(() -> applicationUsesOnlyJackson3("org.homeward.archfixture").check(fixture))
                .hasMessageContaining("JacksonTwoMapper");
    }

    @Test
    void the_libraries_know_nothing_of_spring_or_the_application() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.homeward.kinship..", "org.homeward.formats..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.homeward.app..", "org.springframework..", "jakarta..")
                .allowEmptyShould(true);
        rule.check(MAIN_CLASSES);
    }

    @Test
    void controllers_are_package_private() {
        ArchRule rule = classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic();
        rule.check(MAIN_CLASSES);
    }

    /**
     * Page forms bind typed, validated records ({@code @ModelAttribute} with {@code BindingResult}),
     * never a bag of strings parsed by hand.
     */
    private static final ArchRule CONTROLLERS_TAKE_NO_FORM_MAPS = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
            .or().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
            .should(new ArchCondition<JavaMethod>("take no MultiValueMap form parameter") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    method.getRawParameterTypes().stream().filter(type -> type.isAssignableTo(MultiValueMap.class)).forEach(type ->
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes a " + type.getSimpleName())));
                }
            });

    @Test
    void controllers_take_typed_forms_not_maps_of_strings() {
        CONTROLLERS_TAKE_NO_FORM_MAPS.check(MAIN_CLASSES);
    }

    @Test
    void the_form_rule_catches_a_controller_taking_a_map() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedFormMapController.class);
        assertThatThrownBy(() -> CONTROLLERS_TAKE_NO_FORM_MAPS.check(planted)).hasMessageContaining("PlantedFormMapController.post");
    }

    @Controller
    static class PlantedFormMapController {
        String post(@RequestParam MultiValueMap<String, String> form) {
            return "redirect:/";
        }
    }

    @Test
    void only_web_defines_controller_advice() {
        onlyWebDefinesControllerAdvice("org.homeward.app").check(MAIN_CLASSES);
    }

    @Test
    void the_check_catches_controller_advice_outside_web() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.homeward.archfixture");

        assertThatThrownBy(() -> onlyWebDefinesControllerAdvice("org.homeward.archfixture").check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("AlphaProblems");
    }

    /** One error shape: refusals are answered in one place, the root's {@code web} package. */
    private static ArchRule onlyWebDefinesControllerAdvice(String root) {
        return classes().that().resideInAPackage(root + "..").and().areMetaAnnotatedWith(ControllerAdvice.class)
                .should().resideInAPackage(root + ".web")
                .because("every feature's refusals share one error shape, built in web");
    }

    /**
     * The features laid out as root (public face and domain), {@code web} (pages and API) and
     * {@code store} (SQL). A feature adopting the layout adds its name here.
     */
    static final List<String> LAID_OUT_FEATURES = List.of("registry", "families");

    /** A feature's {@code store} is its own: nothing outside the feature uses it (its root services may). */
    static ArchRule storesStayInsideTheirFeature(String root) {
        Pattern store = Pattern.compile(Pattern.quote(root) + "\\.([a-z]+)\\.store(\\..*)?");
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use no other feature's store") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            Matcher target = store.matcher(dependency.getTargetClass().getPackageName());
                            if (target.matches() && !origin.getPackageName().startsWith(root + "." + target.group(1))) {
                                events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
                            }
                        }
                    }
                })
                .because("a feature's SQL is reached only through its public face");
    }

    @Test
    void stores_are_used_only_inside_their_feature() {
        storesStayInsideTheirFeature("org.homeward.app").check(MAIN_CLASSES);
    }

    @Test
    void the_check_catches_a_feature_using_another_features_store() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.homeward.archfixture");

        assertThatThrownBy(() -> storesStayInsideTheirFeature("org.homeward.archfixture").check(fixture))
                .hasMessageContaining("Epsilon")
                .hasMessageNotContaining("Deltas");
    }

    /** Domain classes (a laid-out feature's root package) know neither SQL nor HTTP. */
    static ArchRule domainKnowsNoJdbcOrWeb(String root, List<String> features) {
        return noClasses().that().resideInAnyPackage(features.stream().map(feature -> root + "." + feature).toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.springframework.jdbc..", "org.springframework.web..",
                        "jakarta.servlet..")
                .because("SQL belongs in the feature's store and HTTP in its web package");
    }

    @Test
    void domain_classes_use_no_jdbc_and_no_spring_mvc() {
        domainKnowsNoJdbcOrWeb("org.homeward.app", LAID_OUT_FEATURES).check(MAIN_CLASSES);
    }

    @Test
    void the_check_catches_jdbc_or_the_servlet_api_in_a_domain_class() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.homeward.archfixture");

        assertThatThrownBy(() -> domainKnowsNoJdbcOrWeb("org.homeward.archfixture", List.of("delta")).check(fixture))
                .hasMessageContaining("DeltaRow")
                .hasMessageContaining("DeltaRequest")
                .hasMessageNotContaining("Deltas.");
    }

    /** The modules whose package-info does not state, with {@code @ApplicationModule(allowedDependencies)}, what they may use. */
    static List<String> modulesWithoutDeclaredDependencies(ApplicationModules modules) {
        return modules.stream().filter(module -> {
            org.springframework.modulith.ApplicationModule declared = declaration(module.getBasePackage().getName());
            return declared == null || List.of(declared.allowedDependencies()).contains(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
        }).map(module -> module.getIdentifier().toString()).sorted().toList();
    }

    private static org.springframework.modulith.ApplicationModule declaration(String basePackage) {
        try {
            return Class.forName(basePackage + ".package-info").getAnnotation(org.springframework.modulith.ApplicationModule.class);
        } catch (ClassNotFoundException none) {
            return null;
        }
    }

    @Test
    void every_feature_declares_what_it_may_use() {
        assertThat(modulesWithoutDeclaredDependencies(MODULES)).isEmpty();
    }

    @Test
    void the_check_catches_a_feature_without_declared_dependencies_and_one_using_more_than_declared() {
        ApplicationModules fixture = ApplicationModules.of("org.homeward.archfixture", location -> true);

        assertThat(modulesWithoutDeclaredDependencies(fixture)).contains("alpha").doesNotContain("gamma");
        assertThatThrownBy(fixture::verify).hasMessageContaining("gamma").hasMessageContaining("demo");
    }

    @Test
    void dependencies_are_injected_through_constructors() {
        noFields().should().beAnnotatedWith(Autowired.class).check(MAIN_CLASSES);
    }

    @Test
    void time_comes_from_the_injected_clock() {
        ArchRule rule = noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .because("timestamps (custody, audit) must come from the injected java.time.Clock");
        rule.check(MAIN_CLASSES);
    }
}
