package vn.haugiang.digitalhelp.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;

/** The package graph of all four modules, read from their compiled classes (tests left out). */
class PackageBoundariesTest {

    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PackageBoundaries.BASE);
    }

    @Test
    void everyModuleIsOnTheClassPath() {
        for (String module : new String[] {".kb.", ".bot.", ".admin.", ".app."}) {
            assertThat(service.stream().anyMatch(c -> c.getName().contains(module))).as(module).isTrue();
        }
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        PackageBoundaries.noCyclesBetweenPackages(PackageBoundaries.BASE).check(service);
    }

    @Test
    void onlyTheChannelsCallTheConversation() {
        PackageBoundaries.onlyChannelsCallTheConversation().check(service);
    }

    @Test
    void theConsoleDoesNotImportTheTelegramChannel() {
        PackageBoundaries.adminDoesNotReachIntoTelegram().check(service);
    }

    /** The cycle rule is not vacuous: two fixture packages that import each other are reported. */
    @Test
    void aCycleBetweenTwoPackagesIsReported() {
        String fixture = PackageBoundariesTest.class.getPackageName() + ".cyclefixture";
        JavaClasses cyclic = new ClassFileImporter().importPackages(fixture);

        EvaluationResult result = PackageBoundaries.noCyclesBetweenPackages(fixture).evaluate(cyclic);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("cyclefixture.left", "cyclefixture.right");
    }
}
