package org.hotline.telephony;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class TelephonyArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hotline.telephony");

    @Test
    void asteriskVocabularyStaysInTheAmiAndIvrPackages() {
        noClasses().that().resideOutsideOfPackages("org.hotline.telephony.ami..", "org.hotline.telephony.ivr..")
                .should().dependOnClassesThat().resideInAPackage("org.asteriskjava..")
                .check(classes);
    }

    @Test
    void publicApiDependsOnNoImplementationPackage() {
        noClasses().that().resideInAPackage("org.hotline.telephony")
                .should().dependOnClassesThat().resideInAnyPackage("org.hotline.telephony.ami..",
                        "org.hotline.telephony.ivr..", "org.hotline.telephony.call..", "org.hotline.telephony.agent..")
                .check(classes);
    }

    @Test
    void telephonyNeverDependsOnTheOtherModules() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.hotline.workflow..",
                "org.hotline.knowledge..", "org.hotline.console..").check(classes);
    }
}
