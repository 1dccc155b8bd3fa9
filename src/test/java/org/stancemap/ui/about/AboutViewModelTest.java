package org.stancemap.ui.about;

import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AboutViewModelTest {

    private static Properties runtime() {
        Properties system = new Properties();
        system.setProperty("java.runtime.version", "25.0.3+9-LTS");
        system.setProperty("java.vendor", "Eclipse Adoptium");
        system.setProperty("java.home", "/opt/stancemap/lib/runtime");
        system.setProperty("javafx.runtime.version", "21.0.12+1");
        return system;
    }

    @Test
    void namesTheVersionJavaAndJavaFxThatRunTheApp() {
        AboutViewModel about = new AboutViewModel(Optional.of("0.1.0"), runtime(), "licences");

        assertThat(about.versionProperty().get()).isEqualTo("StanceMap 0.1.0");
        assertThat(about.runtimeProperty().get()).isEqualTo(
                "Java 25.0.3+9-LTS from Eclipse Adoptium, in /opt/stancemap/lib/runtime\nJavaFX 21.0.12+1");
    }

    @Test
    void saysWhenItRunsFromCompiledClassesRatherThanAJar() {
        AboutViewModel about = new AboutViewModel(Optional.empty(), runtime(), "licences");

        assertThat(about.versionProperty().get()).isEqualTo("StanceMap (development build, not from a jar)");
    }

    @Test
    void showsTheLicenceOfTheBundledFontsAndOfEveryBundledLibrary() {
        String licences = AboutViewModel.ofThisApp().licencesProperty().get();

        assertThat(licences).contains("DejaVu", "OpenJDK", "JavaFX", "AtlantaFX", "ControlsFX", "Jackson", "PDFBox",
                "jsoup", "picocli", "GNU GPL v2 with the Classpath Exception", "Apache License 2.0", "MIT License",
                "BSD 3-Clause License");
    }
}
