package org.stancemap;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.stancemap.store.ProjectStore;
import org.stancemap.store.RecoveryStore;
import org.stancemap.ui.preferences.AppPreferences;
import org.stancemap.ui.project.ProjectViewModel;
import org.stancemap.ui.window.MainWindow;

/** The StanceMap window. Started by {@link Main} from a jar, or directly by {@code ./mvnw javafx:run}. */
public final class App extends Application {

    /** Recovery copies go to {@code ~/.stancemap/recovery} unless {@code -Dstancemap.home} says otherwise. */
    private static final String HOME_PROPERTY = "stancemap.home";

    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stancemap-recovery-writer");
        thread.setDaemon(false); // a recovery copy being written must finish before the JVM exits
        return thread;
    });

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path home = Path.of(System.getProperty(HOME_PROPERTY, Path.of(System.getProperty("user.home"), ".stancemap")
                .toString()));
        RecoveryStore recovery = new RecoveryStore(home.resolve("recovery"));
        ProjectViewModel project = new ProjectViewModel(new ProjectStore(), recovery, Clock.systemUTC(), background,
                Platform::runLater);
        new MainWindow(stage, project, AppPreferences.forUser(), recovery, getHostServices()::showDocument)
                .show(getParameters().getRaw());
    }

    @Override
    public void stop() {
        background.shutdown();
    }
}
