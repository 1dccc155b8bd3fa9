package org.stancemap.importer.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stancemap.importer.FixtureFiles;
import org.stancemap.importer.card.CardFiles;
import org.stancemap.importer.card.DebateCardImporter;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Project;
import org.stancemap.store.ProjectFileException;
import org.stancemap.store.ProjectStore;

/**
 * The card check on a corpus of card variants cut from the bundled round-up, against what each file's
 * {@code .expected} says a careful judge finds: one line per card, {@code clean} or the kinds of its findings.
 *
 * <p>Per card, a finding the check gives that the line expects is a <em>true finding</em>, one the line expects and
 * the check does not give is a <em>miss</em>, and one it gives that the line does not expect is a <em>false
 * alarm</em>. Run as a program it prints the README's table:
 * {@code ./mvnw -q test-compile exec:exec -Dexec.args="-cp %classpath org.stancemap.importer.check.CardCorpus"}.
 */
public final class CardCorpus {

    static final String FOLDER = "/org/stancemap/fixtures/cards/corpus";
    /** The families in the order the README lists them. */
    static final List<String> FAMILIES = List.of("honest-trims", "meaning-flips", "citation-edits", "spliced",
            "introduction", "narrative", "multi-card-files", "cite-only");
    /**
     * The family checked against a round-up with narrative between its entries: the bundled map has none, so its
     * text with two editor's transitions added, imported as {@code check-card --against} imports a text.
     */
    static final String NARRATIVE = "narrative";

    /** One file's check against its expectation. */
    record Score(String family, String file, int cardsExpected, int cardsRead, int cleanExpected, int cleanFound,
                 int expected, int truePositives, int missed, int falseAlarms, List<String> found) {
        boolean isExact() {
            return cardsRead == cardsExpected && missed == 0 && falseAlarms == 0 && cleanFound == cleanExpected;
        }
    }

    private CardCorpus() {
    }

    public static void main(String[] args) {
        List<Score> scores = scores();
        System.out.print(table(scores));
        scores.stream().filter(s -> !s.isExact()).forEach(s -> System.out.println("not exact: " + s));
    }

    /** The README's table, one row per family of variants and a total. */
    static String table(List<Score> scores) {
        StringBuilder out = new StringBuilder();
        out.append("| variants | files | cards | clean cards (found clean) | findings expected | true findings | misses | false alarms |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        Map<String, List<Score>> byFamily = new LinkedHashMap<>();
        FAMILIES.forEach(f -> byFamily.put(f, new ArrayList<>()));
        scores.forEach(s -> byFamily.get(s.family()).add(s));
        byFamily.put("all", scores);
        byFamily.forEach((family, list) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d (%d) | %d | %d | %d | %d |%n",
                family, list.size(), sum(list, Score::cardsRead), sum(list, Score::cleanExpected),
                sum(list, Score::cleanFound), sum(list, Score::expected), sum(list, Score::truePositives),
                sum(list, Score::missed), sum(list, Score::falseAlarms))));
        return out.toString();
    }

    static List<Score> scores() {
        Project seed = seedProject();
        Project narrative = narrativeProject();
        CardCheck check = new CardCheck();
        List<Score> scores = new ArrayList<>();
        for (String family : FAMILIES) {
            Project source = family.equals(NARRATIVE) ? narrative : seed;
            List<String> headers = DebateCardImporter.headersOf(source);
            for (Path file : FixtureFiles.in(FOLDER + "/" + family, name -> name.endsWith(".txt"))) {
                scores.add(score(family, file, source, headers, check));
            }
        }
        return scores;
    }

    private static Score score(String family, Path file, Project source, List<String> headers, CardCheck check) {
        List<String> expectations = FixtureFiles.read(Path.of(file.toString().replaceFirst("\\.txt$", ".expected"))).lines()
                .filter(l -> !l.isBlank()).toList();
        List<CardFiles.Card> cards = CardFiles.cardsToRead(FixtureFiles.read(file));
        int truePositives = 0;
        int missed = 0;
        int falseAlarms = 0;
        int cleanFound = 0;
        int expectedCount = 0;
        List<String> foundAll = new ArrayList<>();
        for (int c = 0; c < Math.max(cards.size(), expectations.size()); c++) {
            List<String> expected = c < expectations.size() && !expectations.get(c).equals("clean")
                    ? new ArrayList<>(Arrays.asList(expectations.get(c).split(" "))) : new ArrayList<>();
            List<String> found = new ArrayList<>();
            if (c < cards.size()) {
                DebateCard card = new DebateCardImporter().importText(cards.get(c).text(), headers).value();
                check.check(card, source).findings().forEach(f -> found.add(f.kind().name()));
            }
            expectedCount += expected.size();
            cleanFound += expected.isEmpty() && found.isEmpty() && c < expectations.size() ? 1 : 0;
            foundAll.add(found.isEmpty() ? "clean" : String.join(" ", found));
            for (String kind : found) {
                if (expected.remove(kind)) {
                    truePositives++;
                } else {
                    falseAlarms++;
                }
            }
            missed += expected.size();
        }
        int cleanExpected = (int) expectations.stream().filter("clean"::equals).count();
        return new Score(family, file.getFileName().toString(), expectations.size(), cards.size(), cleanExpected,
                cleanFound, expectedCount, truePositives, missed, falseAlarms, foundAll);
    }

    /** The bundled project: the round-up with its introduction, publisher and URL, as a card is checked against it. */
    static Project seedProject() {
        try {
            return new ProjectStore().load(Path.of("seeds", "china-russia-alliance.stancemap.json"));
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The round-up with narrative, read from its text as a new project would be. */
    static Project narrativeProject() {
        return new RoundUpImporter().importText(NarrativeRoundUp.text()).value();
    }

    private static int sum(List<Score> scores, java.util.function.ToIntFunction<Score> field) {
        return scores.stream().mapToInt(field).sum();
    }
}
