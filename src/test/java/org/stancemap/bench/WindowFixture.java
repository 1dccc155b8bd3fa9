package org.stancemap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.stancemap.model.Project;
import org.stancemap.store.ProjectStore;
import org.stancemap.store.RecoveryStore;
import org.stancemap.ui.preferences.AppPreferences;
import org.stancemap.ui.project.ProjectViewModel;
import org.stancemap.ui.window.MainWindow;

/** The main window as {@code App} builds it, with throw-away preferences and recovery folder, for the probes. */
record WindowFixture(Stage stage, ProjectViewModel project) {

    /** Shows a new window on the bundled map, then opens {@code project} in it when given. */
    static WindowFixture show(Stage stage, Optional<Project> project) {
        // The app's theme, as App sets it: without it every chip's CSS lookups fail and log warnings. Set once:
        // it is global, and setting it again reloads it.
        if (Application.getUserAgentStylesheet() == null) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        }
        // The probes close windows and open new ones; the last one closing must not end JavaFX.
        Platform.setImplicitExit(false);
        Path home;
        try {
            home = Files.createTempDirectory("stancemap-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RecoveryStore recovery = new RecoveryStore(home.resolve("recovery"));
        AppPreferences preferences = new AppPreferences(
                Preferences.userRoot().node("org/stancemap/bench/" + UUID.randomUUID()));
        ProjectViewModel model = new ProjectViewModel(new ProjectStore(), recovery, Clock.systemUTC(),
                Runnable::run, Platform::runLater);
        new MainWindow(stage, model, preferences, recovery, url -> { }).show(List.of());
        project.ifPresent(p -> model.open(p, Optional.empty(), "synthetic", false));
        return new WindowFixture(stage, model);
    }
}
