package org.stancemap.ui.project;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.stancemap.files.AtomicFile;
import org.stancemap.files.SignallingSteps;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.store.ProjectStore;
import org.stancemap.store.RecoveryStore;

/**
 * A window session without the window, for {@link RecoveryCrashTortureTest} to kill: opens a project in
 * {@link ProjectViewModel} with a real background thread, makes {@code MOVES} moves, and prints
 * {@code committed k} once the recovery copy holding move k is written.
 *
 * <p>It also prints {@code writing} and {@code replaced} around every atomic write, so that the parent can aim kills
 * inside them; each 64 KiB written is followed by a pause of PAUSE_MILLIS, so that a kill can find a temporary
 * holding part of a copy.
 *
 * <p>Arguments: PROJECT RECOVERY_FOLDER MOVES PAUSE_MILLIS. Move k places voice {@code k % voices} at {@link #position(int)}
 * with the rationale {@code move k}, so the parent can check which moves a recovered copy holds.
 */
public final class RecoverySessionDriver {

    private RecoverySessionDriver() {
    }

    static double position(int move) {
        return (move % 101) / 100.0;
    }

    static String rationale(int move) {
        return "move " + move;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        RecoveryStore recovery = new RecoveryStore(Path.of(args[1]));
        int moves = Integer.parseInt(args[2]);
        long pause = Long.parseLong(args[3]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AtomicFile.observe(new SignallingSteps(out, pause));

        ExecutorService thread = Executors.newSingleThreadExecutor();
        // Recovery writes run in order on one thread; the k-th write after opening is the one holding move k.
        AtomicInteger written = new AtomicInteger();
        ProjectViewModel model = new ProjectViewModel(new ProjectStore(), recovery, Clock.systemUTC(),
                task -> thread.execute(() -> {
                    task.run();
                    out.println("committed " + written.incrementAndGet());
                }),
                Runnable::run);
        Project project = new ProjectStore().load(file);
        model.open(project, Optional.of(file), "map", false);
        model.problemProperty().addListener((obs, old, problem) -> out.println("problem " + problem));

        List<Voice> voices = project.voices();
        for (int k = 1; k <= moves; k++) {
            Voice voice = voices.get(k % voices.size());
            model.move(voice, position(k), rationale(k), "driver");
            Thread.sleep(2); // a person drags far slower; this keeps writes and moves interleaved
        }
        thread.shutdown();
        while (!thread.isTerminated()) {
            Thread.onSpinWait();
        }
        out.println("done");
    }
}
