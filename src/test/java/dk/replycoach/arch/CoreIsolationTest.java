package dk.replycoach.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The core (analysis, guidance, coaching, config, report, cli, json) never reaches for Jira or the
 * platform: it must run in the CLI, in tests and in any future front end (DESIGN §1).
 */
public class CoreIsolationTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.replycoach");

    @Test
    public void coreImportsNoPlatformTypes() {
        noClasses().that().resideInAnyPackage("dk.replycoach.analysis..", "dk.replycoach.guidance..",
                        "dk.replycoach.coaching..", "dk.replycoach.config..", "dk.replycoach.report..", "dk.replycoach.cli..",
                        "dk.replycoach.json..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "com.opensymphony..",
                        "net.java.ao..", "javax.servlet..", "javax.ws.rs..", "javax.inject..")
                .because("the core runs outside Jira (CLI, tests); adapters live in dk.replycoach.jira")
                .check(CLASSES);
    }

    @Test
    public void coreDoesNotDependOnTheJiraAdapters() {
        noClasses().that().resideOutsideOfPackage("dk.replycoach.jira..")
                .should().dependOnClassesThat().resideInAPackage("dk.replycoach.jira..")
                .check(CLASSES);
    }
}
