package org.stancemap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.ChildJvm;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.store.ProjectStore;

import static org.assertj.core.api.Assertions.assertThat;

/** Several 'move's on one project at once, as scripts run them: each one reported done is in the file. */
class ConcurrentMoveTest {

    private static final int MOVERS = 8;
    private static final int MOVES_EACH = 4;

    @TempDir
    Path dir;

    @Test
    void everyMoveReportedDoneIsInTheFileWhenEightRunAtOnce() throws Exception {
        Path file = Files.copy(Path.of("seeds/china-russia-alliance.stancemap.json"),
                dir.resolve("map.stancemap.json"));
        List<Voice> voices = new ProjectStore().load(file).voices();
        Map<String, String> reportedDone = new ConcurrentHashMap<>();
        Map<String, String> failures = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService movers = Executors.newFixedThreadPool(MOVERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int mover = 0; mover < MOVERS; mover++) {
                int first = mover * MOVES_EACH;
                running.add(movers.submit(() -> {
                    start.await();
                    for (int i = first; i < first + MOVES_EACH; i++) {
                        String id = voices.get(i).id();
                        String reason = "move " + i + " of mover " + first / MOVES_EACH;
                        StringWriter err = new StringWriter();
                        int code = StanceMapCommand.run(new String[] {"move", file.toString(), id, "0.05",
                                "--reason", reason, "--by", "tester"}, new PrintWriter(new StringWriter()),
                                new PrintWriter(err));
                        if (code == StanceMapCommand.OK) {
                            reportedDone.put(id, reason);
                        } else {
                            failures.put(id, err.toString());
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> mover : running) {
                mover.get(60, TimeUnit.SECONDS);
            }
        } finally {
            movers.shutdownNow();
        }

        assertThat(failures).isEmpty();
        assertThat(reportedDone).hasSize(MOVERS * MOVES_EACH);
        Project saved = new ProjectStore().load(file);
        reportedDone.forEach((id, reason) -> assertThat(saved.voice(id).orElseThrow().placement().orElseThrow())
                .as("the move of %s", id)
                .satisfies(p -> {
                    assertThat(p.position()).isEqualTo(0.05);
                    assertThat(p.rationale()).isEqualTo(reason);
                }));
    }

    @Test
    void everyMoveReportedDoneIsInTheFileWhenSixProcessesRunAtOnce() throws Exception {
        Path file = Files.copy(Path.of("seeds/china-russia-alliance.stancemap.json"),
                dir.resolve("map.stancemap.json"));
        List<String> ids = new ProjectStore().load(file).voices().stream().limit(6).map(Voice::id).toList();
        List<Process> moves = new ArrayList<>();
        for (String id : ids) {
            moves.add(ChildJvm.start(StanceMapCommand.class, "move", file.toString(), id, "0.05",
                    "--reason", "process for " + id, "--by", "tester"));
        }
        for (Process move : moves) {
            assertThat(move.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(move.exitValue()).as(new String(move.getInputStream().readAllBytes())).isZero();
        }

        Project saved = new ProjectStore().load(file);
        assertThat(ids).allSatisfy(id -> assertThat(saved.voice(id).orElseThrow().placement().orElseThrow()
                .rationale()).isEqualTo("process for " + id));
    }
}
