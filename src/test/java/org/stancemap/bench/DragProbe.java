package org.stancemap.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.stancemap.model.Project;
import org.stancemap.store.BundledMap;

/**
 * Run by {@link PerformanceReport} in a fresh JVM: opens the window on a synthetic project of N voices, has a
 * robot drag a chip 400 px sideways and back over two seconds, a given number of times, and prints {@code COLD <ms> <ms> …}
 * and {@code FRAMES <ms> <ms> …}: what each frame that showed a drag step cost in the first and the last drag. Run with {@code -Djavafx.animation.fullspeed=true}, so that pulses are not
 * held to 60 Hz and the time from one pulse to the next is the first one's CSS, layout and rendering.
 */
public final class DragProbe {

    private DragProbe() {
    }

    public static void main(String[] args) {
        // A main class that extends Application is refused by the java launcher on a plain class path.
        Application.launch(Probe.class, args);
    }

    /** The probe itself. */
    public static final class Probe extends Application {

        private static final long DRAG_NANOS = 2_000_000_000L;
        private static final double DISTANCE = 400;
        private static final Duration SETTLE = Duration.seconds(1);

        @Override
        public void start(Stage stage) {
            int voices = Integer.parseInt(getParameters().getRaw().get(0));
            int drags = Integer.parseInt(getParameters().getRaw().get(1));
            Project project = SyntheticProjects.of(BundledMap.load(), voices, 42);
            long opening = System.nanoTime();
            WindowFixture.show(stage, Optional.of(project));
            PauseTransition settle = new PauseTransition(Duration.seconds(1.5));
            settle.setOnFinished(e -> {
                System.out.printf(Locale.ROOT, "OPENED %.1f%n", (System.nanoTime() - opening) / 1e6);
                drag(stage, drags);
            });
            settle.play();
        }

        /**
         * Drags {@code drags} times (at least two) and reports the first drag ({@code COLD}: the JIT compiler is
         * still at work on the drag's code) and the last ({@code FRAMES}: the steady state).
         */
        private static void drag(Stage stage, int drags) {
            Node chip = middleChip(stage);
            Bounds bounds = chip.localToScreen(chip.getBoundsInLocal());
            double x = bounds.getCenterX();
            double y = bounds.getCenterY();
            boolean[] moved = new boolean[1];
            stage.getScene().addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> moved[0] = true);
            dragRepeatedly(x, y, moved, 1, drags);
        }

        private static void dragRepeatedly(double x, double y, boolean[] moved, int drag, int drags) {
            dragOnce(new Robot(), x, y, moved, frames -> {
                if (drag == 1) {
                    print("COLD", frames);
                }
                if (drag < drags) {
                    dragRepeatedly(x, y, moved, drag + 1, drags);
                } else {
                    print("FRAMES", frames);
                    System.exit(0);
                }
            });
        }

        private static void print(String tag, List<Double> frames) {
            StringBuilder line = new StringBuilder(tag);
            frames.forEach(ms -> line.append(' ').append(String.format(Locale.ROOT, "%.3f", ms)));
            System.out.println(line);
            System.out.flush();
        }

        /**
         * Presses on (x, y), moves the pointer once a pulse, and hands over how long each pulse that followed a
         * drag event took: at full speed the next pulse starts once this one's frame is rendered.
         */
        private static void dragOnce(Robot robot, double x, double y, boolean[] moved, Consumer<List<Double>> then) {
            robot.mouseMove(x, y);
            robot.mousePress(MouseButton.PRIMARY);
            List<Double> frames = new ArrayList<>();
            new AnimationTimer() {
                private long start = -1;
                private long frameStart = -1;

                @Override
                public void handle(long now) {
                    if (start < 0) {
                        start = now;
                    }
                    if (frameStart >= 0) {
                        frames.add((now - frameStart) / 1e6);
                        frameStart = -1;
                    }
                    if (moved[0]) {
                        moved[0] = false;
                        frameStart = now;
                    }
                    double progress = Math.min(1, (now - start) / (double) DRAG_NANOS);
                    // Out and back, so that the chip crosses its neighbours twice.
                    robot.mouseMove(x + DISTANCE * Math.sin(progress * Math.PI), y);
                    if (progress >= 1) {
                        stop();
                        robot.mouseRelease(MouseButton.PRIMARY);
                        // The drop re-lays out every chip and writes a recovery copy of the whole project in the
                        // background; that is the drop's cost, not the next drag's, so let both finish first.
                        WindowFixture.afterRecoveryWrites(() -> {
                            PauseTransition settle = new PauseTransition(SETTLE);
                            settle.setOnFinished(e -> then.accept(frames));
                            settle.play();
                        });
                    }
                }
            }.start();
        }

        /** A visible chip near the middle of the map: its neighbours must restack around the dragged one. */
        private static Node middleChip(Stage stage) {
            double middle = stage.getX() + stage.getWidth() / 3;
            // Below the menu and tool bar, above the status bar: a chip scrolled out of view cannot be pressed.
            double top = stage.getY() + 120;
            double bottom = stage.getY() + stage.getHeight() - 60;
            return stage.getScene().getRoot().lookupAll(".chip").stream()
                    .filter(Node::isVisible)
                    .filter(n -> {
                        Bounds b = n.localToScreen(n.getBoundsInLocal());
                        return b != null && b.getMinY() > top && b.getMaxY() < bottom;
                    })
                    .min(Comparator.comparingDouble(n -> Math.abs(n.localToScreen(n.getBoundsInLocal()).getCenterX()
                            - middle)))
                    .orElseThrow(() -> new IllegalStateException("no chip in view"));
        }
    }
}
