package org.stancemap.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.ChildJvm;
import org.stancemap.cli.StanceMapCommand;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.store.ProjectStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash torture for saving: {@code stancemap move} runs in its own JVM and is killed with SIGKILL at a random
 * moment, {@value #KILLS} times. After every kill the project file must open and be either the whole old
 * project or the whole new one, its backup must open too, and no temporary file may pile up.
 */
@Tag("torture")
class MoveCrashTortureTest {

    private static final int KILLS = 200;
    private static final String[] VOICES = {"dmitri-trenin", "graham-t-allison", "leon-aron"};

    private final ProjectStore store = new ProjectStore();

    @TempDir
    Path dir;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheWholeOldOrTheWholeNewProject(TestReporter reporter) throws Exception {
        Path file = dir.resolve("map.stancemap.json");
        Files.copy(Path.of("seeds/china-russia-alliance.stancemap.json"), file);
        long typicalNanos = typicalRunNanos(file);
        Random random = new Random(20261123L);
        int old = 0;
        int moved = 0;
        int mostTemporaries = 0;
        long start = System.nanoTime();

        for (int kill = 0; kill < KILLS; kill++) {
            Project before = store.load(file);
            String voiceId = VOICES[kill % VOICES.length];
            double position = (kill % 100) / 100.0;
            Process child = move(file, voiceId, position, "kill " + kill);
            TimeUnit.NANOSECONDS.sleep((long) (random.nextDouble() * typicalNanos));
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("the killed child ended").isTrue();

            Project after = store.load(file); // throws, failing the test, if the file is partial or unreadable
            if (after.equals(before)) {
                old++;
            } else {
                assertThat(after).as("kill %d: the whole new project", kill)
                        .isEqualTo(withMove(before, voiceId, after, position, "kill " + kill));
                moved++;
            }
            Path backup = dir.resolve("map.stancemap.json.bak");
            if (Files.exists(backup)) {
                store.load(backup);
            }
            int temporaries = temporaries().size();
            mostTemporaries = Math.max(mostTemporaries, temporaries);
            // A kill mid-save can leave its own two temporaries (file and backup); the next save removes them.
            assertThat(temporaries).as("kill %d: temporaries %s", kill, temporaries()).isLessThanOrEqualTo(2);
        }
        Process last = move(file, VOICES[0], 0.5, "after the kills");
        assertThat(last.waitFor(30, TimeUnit.SECONDS) && last.exitValue() == 0).as("a clean move after the kills").isTrue();
        assertThat(temporaries()).as("temporaries after a clean save").isEmpty();

        String summary = String.format(Locale.ROOT,
                "%d kills of 'stancemap move' (typical run %d ms): %d left the old project, %d the new one, "
                        + "0 partial or unreadable; at most %d temporaries between saves, 0 after a clean save; %.0f s",
                KILLS, typicalNanos / 1_000_000, old, moved, mostTemporaries, (System.nanoTime() - start) / 1e9);
        reporter.publishEntry("move-crash-torture", summary);
        System.out.println("[torture] " + summary); // Surefire keeps report entries out of its console summary
        assertThat(old + moved).isEqualTo(KILLS);
    }

    /** {@code before} with one more placement of {@code voiceId}: the one {@code after} has, checked for its fields. */
    private static Project withMove(Project before, String voiceId, Project after, double position, String reason) {
        List<Placement> placements = after.voice(voiceId).orElseThrow().placements();
        Placement added = placements.get(placements.size() - 1);
        assertThat(added.position()).isEqualTo(position);
        assertThat(added.rationale()).isEqualTo(reason);
        return before.withVoice(voiceId, v -> v.withPlacementAdded(added));
    }

    /** The median time of three unkilled moves: kills fall anywhere from start-up to the end of the save. */
    private long typicalRunNanos(Path file) throws Exception {
        long[] runs = new long[3];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            Process child = move(file, VOICES[0], 0.25, "warm-up " + i);
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(new String(child.getInputStream().readAllBytes())).isZero();
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        return runs[1];
    }

    private static Process move(Path file, String voiceId, double position, String reason) throws IOException {
        return ChildJvm.start(StanceMapCommand.class, "move", file.toString(), voiceId,
                Double.toString(position), "--reason", reason, "--by", "torture");
    }

    private List<String> temporaries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp")).toList();
        }
    }
}
