package org.stancemap.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.stancemap.model.Project;
import org.stancemap.store.BundledMap;

/**
 * Run by {@link PerformanceReport} in a fresh JVM: heap used after a full GC with the bundled map open, then with
 * a 10,000-voice project, then after each of N cycles of opening a new window on the bundled map and closing
 * it. Prints {@code HEAP <what> <megabytes>} lines. Each step waits for a few pulses so the window is laid out.
 */
public final class MemoryProbe {

    private MemoryProbe() {
    }

    public static void main(String[] args) {
        // A main class that extends Application is refused by the java launcher on a plain class path.
        Application.launch(Probe.class, args);
    }

    /** The probe itself. */
    public static final class Probe extends Application {


        private static final int SETTLE_PULSES = 5;

        private int cycles;
        private int cycle;

        @Override
        public void start(Stage stage) {
            cycles = Integer.parseInt(getParameters().getRaw().get(0));
            WindowFixture window = WindowFixture.show(stage, Optional.empty());
            afterPulses(() -> {
                report("bundled", 0);
                Project large = SyntheticProjects.of(BundledMap.load(), 10_000, 42);
                window.project().open(large, Optional.empty(), "synthetic", false);
                afterPulses(() -> {
                    report("voices10k", 0);
                    stage.close();
                    nextCycle();
                });
            });
        }

        private void nextCycle() {
            if (cycle == cycles) {
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
            cycle++;
            Stage stage = new Stage();
            WindowFixture.show(stage, Optional.empty());
            afterPulses(() -> {
                stage.close();
                // Closing releases the scene on the next pulse; measure once it has run.
                afterPulses(() -> {
                    if (cycle == 1 || cycle == 10 || cycle == cycles) {
                        report("cycle", cycle);
                    }
                    nextCycle();
                });
            });
        }

        private static void report(String what, int cycle) {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "HEAP %s %d %.1f%n", what, cycle, used / 1e6);
        }

        /** An active AnimationTimer makes JavaFX run pulses, so counting its calls counts pulses. */
        private static void afterPulses(Runnable then) {
            new AnimationTimer() {
                private int seen;

                @Override
                public void handle(long now) {
                    if (++seen == SETTLE_PULSES) {
                        stop();
                        Platform.runLater(then);
                    }
                }
            }.start();
        }
    }
}
