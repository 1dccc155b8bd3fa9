package org.stancemap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.importer.roundup.SpectrumTemplate;
import org.stancemap.model.Project;
import org.stancemap.store.ProjectStore;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code new}, {@code inspect} and {@code check-card} on round-ups of any shape and on files of several cards. */
class RoundUpImportCommandsTest {

    private static final String ARTICLE = "seeds/expert-roundup-china-russia-alliance-2019-06-14.txt";
    private static final String MAP = "seeds/china-russia-alliance.stancemap.json";

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StanceMapCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path fixture(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/stancemap/fixtures/" + resource)) {
            return write(Path.of(resource).getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void newSaysHowItReadTheRoundUpAndWhichQuestionAndSpectrumItProposes() throws Exception {
        Path out = dir.resolve("map.stancemap.json");

        Run run = run("new", ARTICLE, "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(
                "Read expert-roundup-china-russia-alliance-2019-06-14.txt as cited blocks, 100 % sure: 51 voices, 112 quotes.",
                "Question: How likely is a China-Russia military alliance?",
                "Spectrum: Likelihood, Very unlikely → Very likely, 5 bands",
                "none placed yet");
        Project project = new ProjectStore().load(out);
        assertThat(project.spectrum()).isEqualTo(SpectrumTemplate.LIKELIHOOD.spectrum(
                "How likely is a China-Russia military alliance?"));
        assertThat(project.roundUp().imported()).hasValueSatisfying(record -> {
            assertThat(record.format()).isEqualTo("cited blocks");
            assertThat(record.source()).isEqualTo("expert-roundup-china-russia-alliance-2019-06-14.txt");
            assertThat(record.warnings()).isEmpty();
        });
    }

    @Test
    void aTextWithNoExpertEntryIsAnErrorNamingTheShapesTriedAndWritesNothing() throws Exception {
        Path essay = write("essay.txt", """
                Why Alliances Fail

                Alliances fail for many reasons. Some are never tested; others are tested too often.

                This essay quotes nobody and names no expert; it is an argument, not a round-up.
                """);
        Path out = dir.resolve("essay.stancemap.json");

        Run created = run("new", essay.toString(), "-o", out.toString());
        Run inspected = run("inspect", essay.toString());

        assertThat(created.exitCode()).isEqualTo(2);
        assertThat(created.err()).hasLineCount(1)
                .startsWith("essay.txt: No expert entry was found in any shape StanceMap reads: cited blocks (");
        assertThat(out).doesNotExist();
        assertThat(inspected.exitCode()).isEqualTo(2);
        assertThat(inspected.err()).isEqualTo(created.err());
        assertThat(inspected.out()).isEmpty();
    }

    @Test
    void theQuestionAndSpectrumCanBeChosenAndACustomSpectrumNeedsBothLabels() throws Exception {
        Path custom = dir.resolve("custom.stancemap.json");
        Path unlabelled = dir.resolve("unlabelled.stancemap.json");

        Run labelled = run("new", ARTICLE, "-o", custom.toString(), "--question", "Will they ally by 2030?",
                "--spectrum", "custom", "--left", "Never", "--right", "Certainly");
        Run missing = run("new", ARTICLE, "-o", unlabelled.toString(), "--spectrum", "custom", "--left", "Never");
        Run borrowedAndAsked = run("new", ARTICLE, "-o", unlabelled.toString(), "--spectrum-from", MAP,
                "--question", "Another question?");
        Run unknown = run("new", ARTICLE, "-o", unlabelled.toString(), "--spectrum", "vibes");

        assertThat(labelled.exitCode()).isZero();
        assertThat(labelled.out()).contains("Spectrum: Custom, Never → Certainly, no bands yet");
        Project project = new ProjectStore().load(custom);
        assertThat(project.spectrum().question()).isEqualTo("Will they ally by 2030?");
        assertThat(project.spectrum().bands()).isEmpty();
        assertThat(missing.err()).isEqualTo("A custom spectrum needs both ends labelled: give --left and --right, or choose --spectrum likelihood or agreement.\n");
        assertThat(borrowedAndAsked.err()).contains("--spectrum-from takes the question and spectrum from");
        assertThat(unknown.err()).contains("There is no spectrum called \"vibes\"");
        assertThat(unlabelled).doesNotExist();
    }

    @Test
    void aSpectrumTakenFromAnotherProjectIsSaidToBe() {
        Path out = dir.resolve("borrowed.stancemap.json");

        Run run = run("new", ARTICLE, "-o", out.toString(), "--spectrum-from", MAP);

        assertThat(run.out()).contains("Spectrum: taken from " + MAP);
    }

    @Test
    void anImportsWarningsAreSavedAndInspectShowsThemAgainNamedAfterTheSourceText() throws Exception {
        String seed = Files.readString(Path.of(ARTICLE));
        String stray = "An editor's aside that is neither a quote nor a header and will not be imported.";
        String withStray = seed.replace("Dmitri Trenin, Director, Carnegie Moscow Center\n",
                "Dmitri Trenin, Director, Carnegie Moscow Center\n\n" + stray + "\n");
        int strayLine = withStray.substring(0, withStray.indexOf(stray)).split("\n", -1).length;
        Path article = write("with-aside.txt", withStray);
        Path out = dir.resolve("with-aside.stancemap.json");

        Run created = run("new", article.toString(), "-o", out.toString());
        Run inspected = run("inspect", out.toString());
        Run json = run("inspect", out.toString(), "--json");

        assertThat(created.exitCode()).isZero();
        assertThat(created.err()).startsWith(article + ":" + strayLine + ": This paragraph does not end with a citation");
        assertThat(inspected.exitCode()).isZero();
        assertThat(inspected.out()).contains("Imported from with-aside.txt as cited blocks, ");
        assertThat(inspected.err()).startsWith("with-aside.txt:" + strayLine + ": This paragraph does not end with a citation");
        assertThat(json.json().get("warnings").get(0).get("line").asInt()).isEqualTo(strayLine);
        assertThat(json.json().get("document").get("readAs").get("format").asText()).isEqualTo("cited blocks");
    }

    @Test
    void everyCommandPrintsItsOwnHelp() {
        for (String command : new String[] {"inspect", "new", "check-card", "move", "render"}) {
            Run run = run(command, "--help");

            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: stancemap " + command);
            assertThat(run.err()).as(command).isEmpty();
        }
        assertThat(run("new", "--help").out()).contains("--spectrum=TEMPLATE", "--question=TEXT", "--format=NAME");
    }

    @Test
    void anUnknownFormatNameIsRefusedWithTheNamesThatExist() {
        Run run = run("inspect", ARTICLE, "--format", "telegram");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).hasLineCount(1).contains("There is no round-up format called \"telegram\"; the formats are cited blocks");
    }

    @Test
    void aPageOfSeveralCardsIsReadAsThatManyCardsNotAsARoundUp() throws Exception {
        Path page = fixture("cards/evidence-page-three-cards.txt");

        Run text = run("inspect", page.toString());
        Run json = run("inspect", page.toString(), "--json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("3 cards\n").contains("1. Card: Expert Round-Up", "2. Card:", "3. Card:");
        JsonNode cards = json.json().get("cards");
        assertThat(json.json().get("kind").asText()).isEqualTo("cards");
        assertThat(cards).hasSize(3);
        assertThat(cards.get(0).get("voices").get(0).get("people").get(0).get("name").asText()).isEqualTo("Vasily Kashin");
        assertThat(cards.get(1).get("voices").get(0).get("people").get(0).get("name").asText()).isEqualTo("Dmitri Trenin");
        assertThat(cards.get(2).get("voices").get(0).get("quotes")).as("the page's copyright line is no quote").hasSize(1);
        assertThat(text.err()).as("no card reads past its own text").isEmpty();
    }

    @Test
    void checkCardChecksEveryCardOfAFileAndFlagsOnlyTheMisattributedOne() throws Exception {
        Path page = fixture("cards/evidence-page-three-cards.txt");

        Run run = run("check-card", page.toString(), "--against", ARTICLE);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.contains("WRONG_HEADER")).toList())
                .singleElement().asString()
                .contains("The card puts this quote under Dmitri Trenin; the source has it from Alexander Gabuev.");
        assertThat(run.out().lines().filter(l -> l.endsWith("clean"))).hasSize(2);
        assertThat(run.out()).contains("Gabuev 18 — 1 quotes, 1 found in the source, 1 finding");
    }
}
