package org.hotline.console;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md section 2: telephony, workflow and knowledge never depend on one another; only web-console composes
 * them; nothing but telephony speaks Asterisk-Java.
 */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hotline");
    }

    @Test
    void telephonyDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.hotline.telephony..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hotline.workflow..", "org.hotline.knowledge..",
                "org.hotline.console..")
            .check(classes);
    }

    @Test
    void workflowDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.hotline.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hotline.telephony..", "org.hotline.knowledge..",
                "org.hotline.console..")
            .check(classes);
    }

    @Test
    void knowledgeDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.hotline.knowledge..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hotline.telephony..", "org.hotline.workflow..",
                "org.hotline.console..")
            .check(classes);
    }

    @Test
    void onlyTelephonySpeaksAsteriskJava() {
        noClasses().that().resideOutsideOfPackage("org.hotline.telephony..")
            .should().dependOnClassesThat().resideInAPackage("org.asteriskjava..")
            .check(classes);
    }

    @Test
    void theConsoleUsesOnlyTheModulesPublicApi() {
        // A module's API is its root package; its subpackages are implementation.
        DescribedPredicate<JavaClass> moduleInternals =
            resideInAnyPackage("org.hotline.telephony..", "org.hotline.workflow..", "org.hotline.knowledge..")
                .and(not(resideInAnyPackage("org.hotline.telephony", "org.hotline.workflow", "org.hotline.knowledge")))
                .as("a module's internals (its subpackages)");
        noClasses().that().resideInAPackage("org.hotline.console..")
            .should().dependOnClassesThat(moduleInternals)
            .check(classes);
    }
}
