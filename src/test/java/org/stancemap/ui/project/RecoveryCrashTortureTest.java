package org.stancemap.ui.project;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.files.SignallingSteps;
import org.stancemap.ChildJvm;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.store.Recovery;
import org.stancemap.store.RecoveryStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash torture for recovery: a window session ({@link RecoverySessionDriver}) is killed with SIGKILL,
 * {@code torture.recoveryKills} times (the {@code torture} profile: 50): one kill in three at a random moment of the
 * session, the others within the time a write takes after a random recovery write began, so that most land inside
 * a write. The recovery
 * folder must then hold every move the session reported committed, and the project file must be untouched.
 */
@Tag("torture")
class RecoveryCrashTortureTest {

    private static final int KILLS = Integer.getInteger("torture.recoveryKills", 6);
    private static final long PAUSE_MILLIS = 10;
    private static final int MOVES = 40;

    @TempDir
    Path dir;

    @Test
    void aSessionKilledAtAnyMomentLeavesEveryCommittedMoveInTheRecoveryFolder(TestReporter reporter)
            throws Exception {
        Path file = dir.resolve("map.stancemap.json");
        Files.copy(Path.of("seeds/china-russia-alliance.stancemap.json"), file);
        byte[] original = Files.readAllBytes(file);
        long typicalNanos = typicalRunNanos(file);
        Random random = new Random(20261124L);
        int committedMoves = 0;
        int lost = 0;
        int inside = 0;
        long start = System.nanoTime();

        for (int kill = 0; kill < KILLS; kill++) {
            Path recoveryFolder = dir.resolve("recovery-" + kill);
            Session session = Session.start(file, recoveryFolder);
            if (kill % 3 == 0) {
                TimeUnit.NANOSECONDS.sleep((long) (random.nextDouble() * typicalNanos));
            } else {
                session.awaitWrites(1 + random.nextInt(MOVES));
                TimeUnit.NANOSECONDS.sleep((long) (random.nextDouble() * typicalWriteNanos));
            }
            int committed = session.kill();
            if (session.writing().get()) {
                inside++;
            }

            List<Recovery> found = new RecoveryStore(recoveryFolder).findAll();
            if (committed > 0) {
                assertThat(found).as("kill %d after %d committed moves", kill, committed).hasSize(1);
                Project recovered = found.get(0).project();
                for (int k = 1; k <= committed; k++) {
                    if (!holdsMove(recovered, k)) {
                        lost++;
                    }
                }
                assertThat(found.get(0).projectFile()).contains(file);
            }
            committedMoves += committed;
            assertThat(Files.readAllBytes(file)).as("the project file itself").isEqualTo(original);
        }

        String summary = String.format(Locale.ROOT, "%d kills of a window session (typical run %d ms, write %d ms, "
                + "%d moves each): %d inside a recovery write; %d moves reported committed, %d lost; %.0f s", KILLS,
                typicalNanos / 1_000_000, typicalWriteNanos / 1_000_000, MOVES, inside, committedMoves, lost,
                (System.nanoTime() - start) / 1e9);
        reporter.publishEntry("recovery-crash-torture", summary);
        System.out.println("[torture] " + summary); // Surefire keeps report entries out of its console summary
        assertThat(lost).as("committed moves missing from the recovery copy").isZero();
        assertThat(inside).as("kills inside a write: " + summary).isGreaterThanOrEqualTo(KILLS / 3);
    }

    private static boolean holdsMove(Project recovered, int move) {
        Voice voice = recovered.voices().get(move % recovered.voices().size());
        Placement expected = voice.placements().stream()
                .filter(p -> p.rationale().equals(RecoverySessionDriver.rationale(move)))
                .findFirst().orElse(null);
        return expected != null && expected.position() == RecoverySessionDriver.position(move);
    }

    /** The median write of the warm-up sessions, set by {@link #typicalRunNanos}. */
    private long typicalWriteNanos;

    /** The median time of three whole sessions: kills fall anywhere from start-up to the last write. */
    private long typicalRunNanos(Path file) throws Exception {
        long[] runs = new long[3];
        List<Long> writes = new java.util.ArrayList<>();
        for (int i = 0; i < runs.length; i++) {
            long begin = System.nanoTime();
            Session session = Session.start(file, dir.resolve("warm-up-" + i));
            assertThat(session.finish()).as("a whole session commits every move").isEqualTo(MOVES);
            runs[i] = System.nanoTime() - begin;
            writes.addAll(session.writeNanos());
        }
        java.util.Arrays.sort(runs);
        assertThat(writes).as("the session reports its writes").isNotEmpty();
        typicalWriteNanos = writes.stream().sorted().toList().get(writes.size() / 2);
        return runs[1];
    }

    /**
     * A running driver, the highest move it has reported committed so far, how many writes it has begun, whether
     * one is under way, and how long each finished one took.
     */
    private record Session(Process process, Thread reader, AtomicInteger committed, AtomicInteger writes,
                           AtomicBoolean writing, List<Long> writeNanos) {

        static Session start(Path file, Path recoveryFolder) throws IOException {
            Process process = ChildJvm.start(RecoverySessionDriver.class, file.toString(), recoveryFolder.toString(),
                    Integer.toString(MOVES), Long.toString(PAUSE_MILLIS));
            AtomicInteger committed = new AtomicInteger();
            AtomicInteger writes = new AtomicInteger();
            AtomicBoolean writing = new AtomicBoolean();
            List<Long> writeNanos = new java.util.concurrent.CopyOnWriteArrayList<>();
            AtomicLong began = new AtomicLong();
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.startsWith("committed ")) {
                            committed.set(Integer.parseInt(line.substring("committed ".length())));
                        } else if (line.equals(SignallingSteps.WRITING)) {
                            began.set(System.nanoTime());
                            writing.set(true);
                            writes.incrementAndGet();
                        } else if (line.equals(SignallingSteps.REPLACED)) {
                            writing.set(false);
                            writeNanos.add(System.nanoTime() - began.get());
                        }
                    }
                } catch (IOException e) {
                    // The pipe closes when the child is killed; what was read before counts.
                }
            });
            reader.start();
            return new Session(process, reader, committed, writes, writing, writeNanos);
        }

        void awaitWrites(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (writes.get() < count && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
        }

        int kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the killed session ended").isTrue();
            reader.join(10_000);
            return committed.get();
        }

        int finish() throws InterruptedException {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the session ended").isTrue();
            reader.join(10_000);
            return committed.get();
        }
    }
}
