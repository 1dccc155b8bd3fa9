package org.stancemap;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering the house style asks for, enforced from the first commit so it never has to be switched off. */
@AnalyzeClasses(packages = "org.stancemap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelKnowsNothingOfScreenOrFileFormat = noClasses()
            .that().resideInAPackage("org.stancemap.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "com.fasterxml.jackson..", "java.awt..", "javax.swing..", "picocli..",
                    "org.stancemap.importer..", "org.stancemap.store..", "org.stancemap.cli..", "org.stancemap.ui..");

    @ArchTest
    static final ArchRule jacksonOnlyInStore = noClasses()
            .that().resideOutsideOfPackage("org.stancemap.store..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule importersDoNotTouchScreenOrStore = noClasses()
            .that().resideInAPackage("org.stancemap.importer..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.stancemap.store..", "org.stancemap.cli..", "org.stancemap.ui..");

    @ArchTest
    static final ArchRule coreNeverReachesBackIntoUiOrCli = noClasses()
            .that().resideInAnyPackage("org.stancemap.model..", "org.stancemap.importer..", "org.stancemap.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.stancemap.ui..", "org.stancemap.cli..");

    @ArchTest
    static final ArchRule chipLayoutIsAPureFunctionTheExportersCanShare = noClasses()
            .that().resideInAPackage("org.stancemap.layout..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.awt..", "javax.swing..", "org.stancemap.ui..", "org.stancemap.store..",
                    "org.stancemap.cli..");

    @ArchTest
    static final ArchRule theSpectrumControlKnowsNoViewModelOrWindow = noClasses()
            .that().resideInAPackage("org.stancemap.ui.control..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.stancemap.store..", "org.stancemap.importer..", "org.stancemap.cli..")
            .orShould().dependOnClassesThat(describe("are in a ui package other than ui.control",
                    (JavaClass c) -> c.getPackageName().startsWith("org.stancemap.ui.")
                            && !c.getPackageName().startsWith("org.stancemap.ui.control")));

    @ArchTest
    static final ArchRule stanceWordsAreALeafEveryLayerCanShare = noClasses()
            .that().resideInAPackage("org.stancemap.wording..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.stancemap.model..", "org.stancemap.importer..", "org.stancemap.store..",
                    "org.stancemap.render..", "org.stancemap.ui..", "org.stancemap.cli..");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrintsToTheConsole = noClasses()
            .that().resideOutsideOfPackage("org.stancemap.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");

    @ArchTest
    static final ArchRule nothingButTheCommandLineUsesPicocli = noClasses()
            .that().resideOutsideOfPackage("org.stancemap.cli..").and().doNotHaveSimpleName("Main")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule onlyThePngWriterTouchesAwt = noClasses()
            .that().doNotHaveFullyQualifiedName("org.stancemap.render.PngWriter")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "javax.swing..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.embed.swing.SwingFXUtils");

    @ArchTest
    static final ArchRule briefingLayoutAndWritersKnowNoScreen = noClasses()
            .that().resideInAPackage("org.stancemap.render..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.stancemap.ui..", "org.stancemap.cli..", "org.stancemap.store..");
}
