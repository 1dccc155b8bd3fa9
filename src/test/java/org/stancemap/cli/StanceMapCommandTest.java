package org.stancemap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Project;
import org.stancemap.store.ProjectStore;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a script sees it: exit codes, one JSON document on stdout, one sentence on stderr. */
class StanceMapCommandTest {

    private static final String ARTICLE = "seeds/expert-roundup-china-russia-alliance-2019-06-14.txt";
    private static final String CARD = "seeds/debate-card-rm-6-14.txt";
    private static final String MAP = "seeds/china-russia-alliance.stancemap.json";

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StanceMapCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void inspectJsonOfTheArticleListsEveryVoiceAndQuoteAndNoWarnings() throws Exception {
        Run run = run("inspect", ARTICLE, "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = run.json();
        assertThat(json.get("kind").asText()).isEqualTo("roundup");
        assertThat(json.at("/document/title").asText()).isEqualTo(
                "Expert Round-Up: How Likely Is a China-Russia Military Alliance?");
        assertThat(json.at("/document/date").asText()).isEqualTo("2019-06-14");
        assertThat(json.at("/document/authors/1").asText()).isEqualTo("Angelina Flood");
        assertThat(json.get("voices")).hasSize(51);
        int quotes = 0;
        for (JsonNode voice : json.get("voices")) {
            quotes += voice.get("quotes").size();
            assertThat(voice.get("placement").isNull()).isTrue();
        }
        assertThat(quotes).isEqualTo(112);
        assertThat(json.get("warnings")).isEmpty();

        JsonNode allison = json.at("/voices/0");
        assertThat(allison.get("id").asText()).isEqualTo("graham-t-allison");
        assertThat(allison.at("/people/0/role").asText()).isEqualTo("Douglas Dillon Professor of Government, Harvard University");
        JsonNode citation = allison.at("/quotes/0/citation");
        assertThat(citation.get("publication").asText()).isEqualTo("The National Interest");
        assertThat(citation.get("precision").asText()).isEqualTo("day");
        assertThat(citation.get("date").asText()).isEqualTo("2018-12-14");
        assertThat(citation.get("raw").asText()).isEqualTo("The National Interest, 12.14.18");
    }

    @Test
    void inspectJsonOfTheBundledMapGivesEveryVoiceABandAndRationale() throws Exception {
        JsonNode json = run("inspect", MAP, "--json").json();

        assertThat(json.get("kind").asText()).isEqualTo("project");
        assertThat(json.get("voices")).hasSize(51).allSatisfy(voice -> {
            assertThat(voice.at("/placement/band").asText()).isNotEmpty();
            assertThat(voice.at("/placement/rationale").asText()).isNotEmpty();
            assertThat(voice.at("/tags/region").asText()).isNotEmpty();
        });
    }

    @Test
    void inspectJsonOfTheCardGroupsItsQuotesUnderItsSpeakers() throws Exception {
        JsonNode json = run("inspect", CARD, "--json").json();

        assertThat(json.get("kind").asText()).isEqualTo("card");
        assertThat(json.at("/document/url").asText()).startsWith("https://www.russiamatters.org/");
        assertThat(json.at("/document/date").asText()).isEqualTo("2019-06-14");
        assertThat(json.at("/voices/0/people/0/name").asText()).isEqualTo("Ethan Meick");
        int quotes = 0;
        for (JsonNode voice : json.get("voices")) {
            quotes += voice.get("quotes").size();
        }
        assertThat(quotes).isEqualTo(15);
    }

    @Test
    void inspectInTextSummarisesCountsAndBands() {
        Run run = run("inspect", MAP);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("51 voices (51 placed), 112 quotes, 0 warnings")
                .contains("De facto alliance: 2").contains("dmitri-trenin");
    }

    @Test
    void checkCardFlagsTheQuotesMisattributedToMeickAndExitsOne() throws Exception {
        Run run = run("check-card", CARD, "--against", ARTICLE, "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = run.json();
        assertThat(json.get("clean").asBoolean()).isFalse();
        List<String> findings = new ArrayList<>();
        json.get("quotes").forEach(q -> q.get("findings").forEach(f -> findings.add(f.get("kind").asText()
                + " " + f.get("message").asText())));
        assertThat(findings).hasSize(2).allSatisfy(f -> assertThat(f)
                .startsWith("WRONG_HEADER").contains("Ethan Meick").contains("Sebastien Roblin"));
        assertThat(json.at("/quotes/0/source/voiceId").asText()).isEqualTo("sebastien-roblin");
    }

    @Test
    void checkCardAcceptsAProjectAsTheSourceAndPrintsOneLinePerFinding() {
        Run run = run("check-card", CARD, "--against", MAP);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.contains("WRONG_HEADER"))).hasSize(2);
    }

    @Test
    void newCreatesAnUnplacedProjectAndNeverOverwritesWithoutForce() throws Exception {
        Path out = dir.resolve("fresh.stancemap.json");

        Run created = run("new", ARTICLE, "-o", out.toString(), "--spectrum-from", MAP);
        assertThat(created.exitCode()).isZero();
        Project project = new ProjectStore().load(out);
        assertThat(project.voices()).hasSize(51).allSatisfy(v -> assertThat(v.placement()).isEmpty());
        assertThat(project.spectrum().bands()).hasSize(5);

        byte[] before = Files.readAllBytes(out);
        Run again = run("new", ARTICLE, "-o", out.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists").hasLineCount(1);
        assertThat(Files.readAllBytes(out)).isEqualTo(before);
    }

    @Test
    void moveRecordsOnePlacementByTheAnalystAndKeepsTheHistory() throws Exception {
        Path copy = dir.resolve("map.stancemap.json");
        Files.copy(Path.of(MAP), copy);

        Run run = run("move", copy.toString(), "dmitri-trenin", "0.65", "--reason", "Calls it an entente", "--by", "ank");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Move Dmitri Trenin to Entente / functional alliance");
        var trenin = new ProjectStore().load(copy).voice("dmitri-trenin").orElseThrow();
        assertThat(trenin.placements()).hasSize(2);
        var now = trenin.placement().orElseThrow();
        assertThat(now.position()).isEqualTo(0.65);
        assertThat(now.rationale()).isEqualTo("Calls it an entente");
        assertThat(now.placedBy()).isEqualTo("ank");
    }

    @Test
    void moveRefusesAPositionOutsideTheAxisAndAnUnknownVoiceWithoutTouchingTheFile() throws Exception {
        Path copy = dir.resolve("map.stancemap.json");
        Files.copy(Path.of(MAP), copy);
        byte[] before = Files.readAllBytes(copy);

        Run outside = run("move", copy.toString(), "dmitri-trenin", "1.5");
        Run unknown = run("move", copy.toString(), "nobody", "0.5");
        Run notANumber = run("move", copy.toString(), "dmitri-trenin", "NaN");

        assertThat(List.of(outside, unknown, notANumber)).allSatisfy(r -> {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).hasLineCount(1).doesNotContain("Exception").doesNotContain("\tat ");
        });
        assertThat(unknown.err()).contains("nobody");
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    @Test
    void moveStoresMinusZeroAsZeroAndTakesOnlyDecimalPositions() throws Exception {
        Path copy = dir.resolve("map.stancemap.json");
        Files.copy(Path.of(MAP), copy);

        Run zero = run("move", copy.toString(), "dmitri-trenin", "-0");
        byte[] afterZero = Files.readAllBytes(copy);
        Run hex = run("move", copy.toString(), "dmitri-trenin", "0x1p-1");

        assertThat(zero.exitCode()).isZero();
        assertThat(new String(afterZero, StandardCharsets.UTF_8)).doesNotContain("-0.0");
        double stored = new ProjectStore().load(copy).voice("dmitri-trenin").orElseThrow().placement().orElseThrow()
                .position();
        assertThat(Double.doubleToRawLongBits(stored)).as("+0.0, not -0.0").isZero();
        assertThat(hex.exitCode()).isEqualTo(2);
        assertThat(hex.err()).isEqualTo("POSITION must be a number from 0 to 1 such as 0.65, got 0x1p-1.\n");
        assertThat(Files.readAllBytes(copy)).isEqualTo(afterZero);
    }

    @Test
    void everyErrorIsOneSentenceOnStderrWithExitCodeTwo() throws Exception {
        Path broken = dir.resolve("broken.stancemap.json");
        Files.writeString(broken, "{\"formatVersion\": 1, \"roundUp\": ", StandardCharsets.UTF_8);

        List<Run> runs = List.of(
                run("inspect", dir.resolve("missing.txt").toString()),
                run("inspect", dir.toString()),
                run("inspect", broken.toString()),
                run("check-card", CARD),
                run("inspect", ARTICLE, "--no-such-option"),
                run("frobnicate"));

        assertThat(runs).allSatisfy(r -> {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).hasLineCount(1).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.out()).isEmpty();
        });
    }

    @Test
    void debugAddsTheStackTrace() {
        Run run = run("inspect", dir.resolve("missing.txt").toString(), "--debug");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().count()).isGreaterThan(1);
    }
}
