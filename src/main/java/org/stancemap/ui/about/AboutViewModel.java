package org.stancemap.ui.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What Help › About says: which StanceMap this is, which Java and JavaFX run it, and the licences of what it
 * bundles (the same text the installed package carries as its licence file).
 */
public final class AboutViewModel {

    private static final String LICENCES = "bundled-licences.txt";

    // Properties
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper runtime = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper licences = new ReadOnlyStringWrapper();

    /**
     * @param implementationVersion the jar manifest's version; absent when run from compiled classes
     * @param system                the running JVM's system properties
     * @param licenceText           the bundled licences, as shipped
     */
    AboutViewModel(Optional<String> implementationVersion, Properties system, String licenceText) {
        version.set("StanceMap " + implementationVersion.orElse("(development build, not from a jar)"));
        runtime.set("Java " + system.getProperty("java.runtime.version", "?") + " from "
                + system.getProperty("java.vendor", "an unknown vendor") + ", in " + system.getProperty("java.home", "?")
                + "\nJavaFX " + system.getProperty("javafx.runtime.version", "?"));
        licences.set(licenceText);
    }

    /** This running copy of StanceMap. */
    public static AboutViewModel ofThisApp() {
        return new AboutViewModel(Optional.ofNullable(AboutViewModel.class.getPackage().getImplementationVersion()),
                System.getProperties(), bundledLicences());
    }

    static String bundledLicences() {
        try (InputStream in = AboutViewModel.class.getResourceAsStream(LICENCES)) {
            if (in == null) {
                throw new IllegalStateException(LICENCES + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty runtimeProperty() {
        return runtime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty licencesProperty() {
        return licences.getReadOnlyProperty();
    }
}
