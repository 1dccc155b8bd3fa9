package org.stancemap;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.stancemap.store.RecoveryStore;
import org.stancemap.ui.preferences.AppPreferences;
import org.stancemap.ui.project.ProjectViewModel;
import org.stancemap.ui.window.MainWindow;
import org.stancemap.ui.window.StartupProject;

/** The StanceMap window, started by {@link Main} (from the jar, and by {@code ./mvnw javafx:run}). */
public final class App extends Application {

    /** Recovery copies go to {@code ~/.stancemap/recovery} unless {@code -Dstancemap.home} says otherwise. */
    private static final String HOME_PROPERTY = "stancemap.home";
    /**
     * Set only by the package build's training run (pom, profile {@code package}): the window closes once its first
     * frame is drawn, so the AOT cache made from that run holds the classes start-up needs.
     */
    private static final String TRAINING_PROPERTY = "stancemap.training";

    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stancemap-recovery-writer");
        thread.setDaemon(false); // a recovery copy being written must finish before the JVM exits
        return thread;
    });

    /** Set by {@link #launchWindow} before JavaFX starts; absent when JavaFX launched this class itself. */
    private static volatile StartupProject startupProject;

    /**
     * Opens the window, starting to read its first project before JavaFX starts so that the two overlap. Call
     * this rather than {@code Application.launch}.
     */
    public static void launchWindow(String[] arguments) {
        startupProject = StartupProject.begin(List.of(arguments), AppPreferences.forUser());
        Application.launch(App.class, arguments);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.getIcons().add(new Image(App.class.getResource("stancemap.png").toExternalForm()));
        AppPreferences preferences = AppPreferences.forUser();
        StartupProject start = Optional.ofNullable(startupProject)
                .orElseGet(() -> StartupProject.begin(getParameters().getRaw(), preferences));
        Path home = Path.of(System.getProperty(HOME_PROPERTY, Path.of(System.getProperty("user.home"), ".stancemap")
                .toString()));
        RecoveryStore recovery = new RecoveryStore(home.resolve("recovery"));
        ProjectViewModel project = new ProjectViewModel(start.store(), recovery, Clock.systemUTC(), background,
                Platform::runLater);
        if (Boolean.getBoolean(TRAINING_PROPERTY)) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> exitAfterFirstFrame(stage.getScene()));
        }
        MainWindow window = new MainWindow(stage, project, preferences, recovery, getHostServices()::showDocument);
        window.show(start);
        if (!Boolean.getBoolean(TRAINING_PROPERTY)) {
            // The training run must reach its first frame unattended; a person is asked their name.
            Platform.runLater(window::askAnalystNameIfUnknown);
        }
    }

    private static void exitAfterFirstFrame(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(Platform::exit); // after the pulse that renders the laid-out frame
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    @Override
    public void stop() {
        background.shutdown();
    }
}
