package org.stancemap.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.stancemap.Main;

/**
 * Run by {@link PerformanceReport} in a fresh JVM: shows either an empty window ({@code empty}) or the real app
 * on the bundled map, started as {@code java -jar} starts it ({@code app}), prints {@code FIRST_FRAME <epoch
 * millis>} at the first pulse after the window is shown, and exits. The parent divides the two start-up times.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        if ("app".equals(args[0])) {
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(StartupProbe::reportFirstFrame);
                }
            });
            Main.main(new String[0]);
        } else {
            Application.launch(EmptyWindow.class);
        }
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

    /** The first pulse after showing lays out and renders the first frame; its end is what the user sees. */
    static void reportFirstFrame(Window window) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
            Scene scene = window.getScene();
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
