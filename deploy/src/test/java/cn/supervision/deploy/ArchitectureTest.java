package cn.supervision.deploy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The architecture as rules: services share no code, and domain code knows no framework. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importPlatform() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.supervision");
    }

    @Test
    void noServiceDependsOnAnotherServicesCode() {
        slices().matching("cn.supervision.(registry|sampling|inspection|disclosure|credit)..").should().notDependOnEachOther()
                .check(classes);
    }

    @Test
    void sharedModulesDependOnNoService() {
        noClasses().that().resideInAnyPackage("cn.supervision.platform..", "cn.supervision.draw..", "cn.supervision.localinfra..", "cn.supervision.workingdays..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.supervision.registry..", "cn.supervision.sampling..",
                        "cn.supervision.inspection..", "cn.supervision.disclosure..", "cn.supervision.credit..")
                .check(classes);
    }

    @Test
    void domainCodeIsFreeOfSpringMongoKafkaAndJackson() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                        "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..", "jakarta..", "io.micrometer..")
                .check(classes);
    }

    @Test
    void theDrawEngineNeedsNothingButTheJdk() {
        noClasses().that().resideInAPackage("cn.supervision.draw..")
                .should().dependOnClassesThat().resideOutsideOfPackages("cn.supervision.draw..", "java..", "javax.crypto..")
                .check(classes);
    }
}
