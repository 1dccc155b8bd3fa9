package org.stancemap.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
import org.stancemap.files.SignallingSteps;
import org.stancemap.ChildJvm;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.store.ProjectStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash torture for saving: {@code stancemap move} runs in its own JVM ({@link SignallingMove}, which says when the
 * save starts writing and when it has replaced the file) and is killed with SIGKILL: one kill in three at a random
 * moment from start-up, one within the time a write takes after the write began, one within half as long again, so
 * that most land inside the write and some just after it.
 * After every kill the project file must open and be either the whole old project or the whole new one, its backup
 * must open too, and no temporary may pile up. {@code torture.moveKills} kills (the {@code torture} profile: 300).
 */
@Tag("torture")
class MoveCrashTortureTest {

    private static final int KILLS = Integer.getInteger("torture.moveKills", 12);
    private static final String[] VOICES = {"dmitri-trenin", "graham-t-allison", "leon-aron"};
    /** Pause after each 64 KiB written: the seed project's save then spans about three of them. */
    private static final long PAUSE_MILLIS = 40;

    private final ProjectStore store = new ProjectStore();

    @TempDir
    Path dir;

    @Test
    void aSaveKilledBeforeInsideOrAfterTheWriteLeavesTheWholeOldOrTheWholeNewProject(TestReporter reporter)
            throws Exception {
        Path file = dir.resolve("map.stancemap.json");
        Files.copy(Path.of("seeds/china-russia-alliance.stancemap.json"), file);
        Timing typical = typicalRun(file);
        Random random = new Random(20261207L);
        int[] old = new int[Landed.values().length];
        int[] moved = new int[Landed.values().length];
        int mostTemporaries = 0;
        long start = System.nanoTime();

        for (int kill = 0; kill < KILLS; kill++) {
            Project before = store.load(file);
            String voiceId = VOICES[kill % VOICES.length];
            double position = (kill % 100) / 100.0;
            Child child = Child.start(file, voiceId, position, "kill " + kill);
            if (kill % 3 == 0) {
                TimeUnit.NANOSECONDS.sleep((long) (random.nextDouble() * typical.total()));
            } else {
                child.awaitWriting();
                // Within the time a write takes, or up to half as long again, so that some land just after it.
                double span = kill % 3 == 1 ? 1 : 1.5;
                TimeUnit.NANOSECONDS.sleep((long) (random.nextDouble() * span * typical.write()));
            }
            Landed landed = child.kill();

            Project after = store.load(file); // throws, failing the test, if the file is partial or unreadable
            if (after.equals(before)) {
                old[landed.ordinal()]++;
            } else {
                assertThat(after).as("kill %d: the whole new project", kill)
                        .isEqualTo(withMove(before, voiceId, after, position, "kill " + kill));
                assertThat(landed).as("kill %d: the file changed, so the write had begun", kill)
                        .isNotEqualTo(Landed.BEFORE);
                moved[landed.ordinal()]++;
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
        Child last = Child.start(file, VOICES[0], 0.5, "after the kills");
        assertThat(last.process.waitFor(30, TimeUnit.SECONDS) && last.process.exitValue() == 0)
                .as("a clean move after the kills").isTrue();
        assertThat(temporaries()).as("temporaries after a clean save").isEmpty();

        int inside = old[Landed.INSIDE.ordinal()] + moved[Landed.INSIDE.ordinal()];
        String summary = String.format(Locale.ROOT,
                "%d kills of 'stancemap move' (typical run %d ms, write %d ms): %d before the write (all left the old "
                        + "project), %d inside it (%d left the old project, %d the new one), %d after it (%d old, %d "
                        + "new); 0 partial or unreadable; at most %d temporaries between saves, 0 after a clean save; "
                        + "%.0f s",
                KILLS, typical.total() / 1_000_000, typical.write() / 1_000_000,
                old[Landed.BEFORE.ordinal()], inside, old[Landed.INSIDE.ordinal()], moved[Landed.INSIDE.ordinal()],
                old[Landed.AFTER.ordinal()] + moved[Landed.AFTER.ordinal()], old[Landed.AFTER.ordinal()],
                moved[Landed.AFTER.ordinal()], mostTemporaries, (System.nanoTime() - start) / 1e9);
        reporter.publishEntry("move-crash-torture", summary);
        System.out.println("[torture] " + summary); // Surefire keeps report entries out of its console summary
        assertThat(inside).as("kills inside the write: " + summary).isGreaterThanOrEqualTo(KILLS / 3);
    }

    /** Where a kill fell, from what the child said before it died. */
    private enum Landed {
        /** The write had not begun. */
        BEFORE,
        /** The write had begun and the file was not yet reported replaced (it may have been, an instant before). */
        INSIDE,
        /** The file was replaced. */
        AFTER
    }

    /** {@code before} with one more placement of {@code voiceId}: the one {@code after} has, checked for its fields. */
    private static Project withMove(Project before, String voiceId, Project after, double position, String reason) {
        List<Placement> placements = after.voice(voiceId).orElseThrow().placements();
        Placement added = placements.get(placements.size() - 1);
        assertThat(added.position()).isEqualTo(position);
        assertThat(added.rationale()).isEqualTo(reason);
        // A move also pins the rows the slide shows and the room it makes (the layout's business, tested there); here
        // every other part of the project must be the old one plus exactly this placement.
        return before.withVoice(voiceId, v -> v.withPlacementAdded(added)).withChipRows(after.chipRows());
    }

    /** Median times of three unkilled moves: from start to the end of the write, and of the write itself. */
    private record Timing(long total, long write) {
    }

    private Timing typicalRun(Path file) throws Exception {
        long[] totals = new long[3];
        long[] writes = new long[3];
        for (int i = 0; i < totals.length; i++) {
            long start = System.nanoTime();
            Child child = Child.start(file, VOICES[0], 0.25, "warm-up " + i);
            assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            child.reader.join(10_000);
            assertThat(child.process.exitValue()).isZero();
            assertThat(child.replacedAt).as("the child reports its write").isPositive();
            totals[i] = child.replacedAt - start;
            writes[i] = child.replacedAt - child.writingAt;
        }
        Arrays.sort(totals);
        Arrays.sort(writes);
        return new Timing(totals[1], writes[1]);
    }

    /** A running {@link SignallingMove} and when it reported the steps of its write (0: not yet). */
    private static final class Child {
        final Process process;
        final Thread reader;
        volatile long writingAt;
        volatile long replacedAt;

        private Child(Process process) {
            this.process = process;
            this.reader = new Thread(this::read);
            reader.start();
        }

        static Child start(Path file, String voiceId, double position, String reason) throws IOException {
            return new Child(ChildJvm.start(SignallingMove.class, Long.toString(PAUSE_MILLIS), "move", file.toString(),
                    voiceId, Double.toString(position), "--reason", reason, "--by", "torture"));
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.equals(SignallingSteps.WRITING)) {
                        writingAt = System.nanoTime();
                    } else if (line.equals(SignallingSteps.REPLACED)) {
                        replacedAt = System.nanoTime();
                    }
                }
            } catch (IOException e) {
                // The pipe closes when the child is killed; what was read before counts.
            }
        }

        void awaitWriting() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (writingAt == 0 && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
        }

        Landed kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the killed child ended").isTrue();
            reader.join(10_000);
            return replacedAt != 0 ? Landed.AFTER : writingAt != 0 ? Landed.INSIDE : Landed.BEFORE;
        }
    }

    private List<String> temporaries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp")).toList();
        }
    }
}
