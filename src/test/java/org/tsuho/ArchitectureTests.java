package org.tsuho;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;

/** The rules of design.md §3 and §9 that Spring Modulith does not check. */
@AnalyzeClasses(packages = "org.tsuho", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The engine stays behind process packages and the inbox; everything else speaks to module services. */
    @ArchTest
    static final ArchRule onlyProcessPackagesAndTasksUseTheEngine = noClasses()
            .that().resideOutsideOfPackages("..process..", "org.tsuho.tasks..")
            .should().dependOnClassesThat().resideInAPackage("org.operaton..")
            .because("only *.process packages and the tasks module talk to the process engine (design.md §3)");

    @ArchTest
    static final ArchRule controllersNeverDriveTheEngine = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().areAssignableTo(RuntimeService.class)
            .orShould().dependOnClassesThat().areAssignableTo(TaskService.class)
            .because("controllers call module services, which decide what the process does");

    /** Operaton, not the end-of-life Camunda 7 Community Edition. */
    @ArchTest
    static final ArchRule noCamunda = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("the engine is Operaton (org.operaton); Camunda 7 CE is out of support");

    @ArchTest
    static final ArchRule constructorInjectionOnly = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
}
