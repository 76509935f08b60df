package cn.supervision.credit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Domain packages are plain Java: no framework, database, messaging or JSON library in them. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.supervision.credit");

    @Test
    void domainPackagesDependOnNoFramework() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                        "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..", "jakarta..", "io.micrometer..")
                .check(CLASSES);
    }
}
