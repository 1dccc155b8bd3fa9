package org.stancemap.bench;

import java.util.List;

import com.sun.javafx.application.ParametersImpl;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.stancemap.App;

/**
 * Run by {@link PerformanceReport} in a fresh JVM: shows either an empty window ({@code empty}) or the real app
 * on the bundled map ({@code app}), prints {@code FIRST_FRAME <epoch millis>} at the first pulse after the
 * window is shown, and exits. The parent divides the two start-up times.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        Application.launch("app".equals(args[0]) ? RealApp.class : EmptyWindow.class);
    }

    /** A bare window the size of the app's, the yardstick for JavaFX's own start-up. */
    public static final class EmptyWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1440, 900));
            reportFirstFrame(stage);
            stage.show();
        }
    }

    /** {@link App} itself, given empty parameters as the launcher would; it opens the bundled map. */
    public static final class RealApp extends Application {
        @Override
        public void start(Stage stage) {
            App app = new App();
            ParametersImpl.registerParameters(app, new ParametersImpl(List.of()));
            reportFirstFrame(stage);
            app.start(stage);
        }
    }

    /** The first pulse after showing lays out and renders the first frame; its end is what the user sees. */
    static void reportFirstFrame(Stage stage) {
        stage.setOnShown(shown -> {
            Scene scene = stage.getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                // The frame is handed to the renderer after this listener; wait for the next pulse to start.
                Platform.runLater(() -> {
                    System.out.println("FIRST_FRAME " + System.currentTimeMillis());
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                });
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
    }
}
