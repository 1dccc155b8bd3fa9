package org.stancemap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
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
import org.stancemap.ui.window.StartupProject;

/** The main window as {@code App} builds it, with throw-away preferences and recovery folder, for the probes. */
record WindowFixture(Stage stage, ProjectViewModel project) {

    private static final Executor RECOVERY_WRITER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-recovery-writer");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Runs {@code then} on the FX thread once every recovery copy asked for so far is written: the writer is
     * one thread, so a task queued behind them runs after them.
     */
    static void afterRecoveryWrites(Runnable then) {
        RECOVERY_WRITER.execute(() -> Platform.runLater(then));
    }

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
        // Recovery copies written off the FX thread, as App does: a drop must not stall the frames after it.
        ProjectViewModel model = new ProjectViewModel(new ProjectStore(), recovery, Clock.systemUTC(), RECOVERY_WRITER,
                Platform::runLater);
        new MainWindow(stage, model, preferences, recovery, url -> { })
                .show(StartupProject.begin(List.of(), preferences));
        project.ifPresent(p -> model.open(p, Optional.empty(), "synthetic", false));
        return new WindowFixture(stage, model);
    }
}
