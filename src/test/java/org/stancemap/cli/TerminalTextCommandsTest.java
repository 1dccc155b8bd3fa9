package org.stancemap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Band;
import org.stancemap.model.ImportRecord;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;
import org.stancemap.store.ProjectStore;

/**
 * What {@code inspect} and {@code check-card} print in text is safe for a terminal, whatever the file says: an
 * article cannot set the window title, clear the screen, reverse the text or fake lines of the listing.
 */
class TerminalTextCommandsTest {

    /** Sets the terminal's title, clears the screen, returns to the line's start, reverses what follows. */
    private static final String HOSTILE = "\u001B]0;pwned\u0007\u001B[2J\r\u202E\u009B31m";

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StanceMapCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertSafe(String printed) {
        assertThat(printed).doesNotContain("\u001B", "\u0007", "\r", "\u202E", "\u009B");
    }

    @Test
    void inspectShowsAHostileProjectsNamesAndTitlesInertAndOneVoicePerLine() throws Exception {
        Project base = BundledMap.load();
        RoundUp roundUp = new RoundUp("Title" + HOSTILE, Optional.empty(), List.of("Author" + HOSTILE),
                Optional.empty(), Optional.of("https://x.test/" + HOSTILE), List.of(),
                Optional.of(new ImportRecord("cited blocks", "article" + HOSTILE + ".txt", 0.9,
                        List.of(new ImportRecord.Warning(3, "Odd line" + HOSTILE)))));
        Spectrum spectrum = new Spectrum("Question" + HOSTILE, "left" + HOSTILE, "right" + HOSTILE,
                List.of(new Band("Band" + HOSTILE, 0, 1, "")));
        List<Voice> voices = new ArrayList<>();
        voices.add(new Voice("fake\n  forged-voice  Forged Name", List.of(new Person("Real" + HOSTILE, "role",
                Optional.empty())), List.of(), Map.of(), base.voices().get(0).placements(), ""));
        voices.add(base.voices().get(1));
        Path file = dir.resolve("hostile.stancemap.json");
        new ProjectStore().save(new Project(roundUp, spectrum, voices), file);

        Run run = run("inspect", file.toString());

        assertThat(run.exitCode()).isZero();
        assertSafe(run.out());
        assertSafe(run.err());
        assertThat(run.out()).contains("Title\\u001B]0;pwned\\u0007\\u001B[2J \\u202E\\u009B31m")
                .contains("2 voices (2 placed)");
        assertThat(run.out().lines().filter(line -> line.contains("forged-voice"))).singleElement()
                .asString().startsWith("  fake   forged-voice  Forged Name  Real\\u001B]0;pwned");
        assertThat(run.out().lines().filter(line -> line.startsWith("  "))).hasSize(2);
        assertThat(run.err().lines()).singleElement().asString().contains("Odd line\\u001B]0;pwned");
    }

    @Test
    void checkCardShowsAHostileCardsSpeakersAndWarningsInert() throws Exception {
        Path card = dir.resolve("card\u001B[2J.txt"); // warnings start with the file's name
        Files.writeString(card, "RM" + HOSTILE.replace("\r", "") + " 6/14 (RM, citing experts, 6-14-2019, \"Expert Round-Up" + HOSTILE + ",\" "
                + "Russia Matters, https://www.russiamatters.org/a) ank Jane" + HOSTILE + " Doe, Analyst, RAND "
                + "It is over. (TASS, 04.03.18)\n", StandardCharsets.UTF_8);

        Run run = run("check-card", card.toString(), "--against",
                "seeds/expert-roundup-china-russia-alliance-2019-06-14.txt");

        assertThat(run.exitCode()).isEqualTo(1);
        assertSafe(run.out());
        assertSafe(run.err());
        assertThat(run.out()).startsWith("RM\\u001B]0;pwned\\u0007\\u001B[2J\\u202E\\u009B31m 6/14 — ");
        assertThat(run.err().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).contains("card\\u001B[2J.txt:"));
    }
}
