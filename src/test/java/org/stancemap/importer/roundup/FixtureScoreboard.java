package org.stancemap.importer.roundup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.stancemap.importer.FixtureFiles;
import org.stancemap.model.Person;

/**
 * How well the registry reads every round-up fixture, against what each fixture's {@code .expected} file says a
 * careful reader finds in it: the format that should read it, then one line per expert entry, {@code names | quotes}
 * (co-authors' names separated by "; "), in source order.
 *
 * <p>An entry is <em>right</em> when a voice with exactly those people and that many quotes was read, <em>wrong</em>
 * when a voice was read that no expected entry matches (a caption taken for an expert, quotes given to the wrong
 * one), and <em>missed</em> when an expected entry was not read. Run as a program it prints the README's table:
 * {@code ./mvnw -q test-compile exec:exec -Dexec.args="-cp %classpath org.stancemap.importer.roundup.FixtureScoreboard"}.
 */
public final class FixtureScoreboard {

    static final String FOLDER = "/org/stancemap/fixtures/roundups";

    /** One fixture's reading against its expectation. */
    record Score(String fixture, String expectedFormat, String readAs, int expected, int found, int right, int wrong,
                 int missed) {
        boolean isExact() {
            return expectedFormat.equals(readAs) && right == expected && wrong == 0 && found == expected;
        }
    }

    private FixtureScoreboard() {
    }

    public static void main(String[] args) {
        List<Score> scores = scores();
        Map<String, List<Score>> byFormat = new LinkedHashMap<>();
        for (RoundUpFormat format : RoundUpFormats.standard().formats()) {
            byFormat.put(format.name(), new ArrayList<>());
        }
        scores.forEach(s -> byFormat.computeIfAbsent(s.expectedFormat(), k -> new ArrayList<>()).add(s));
        System.out.println("| family | fixtures | read as that family | entries expected | found | right | wrong | missed |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        byFormat.forEach((format, list) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d |%n",
                format, list.size(), list.stream().filter(s -> s.readAs().equals(s.expectedFormat())).count(),
                sum(list, Score::expected), sum(list, Score::found), sum(list, Score::right), sum(list, Score::wrong),
                sum(list, Score::missed)));
        System.out.println();
        scores.stream().filter(s -> !s.isExact()).forEach(s -> System.out.println("not exact: " + s));
    }

    private static int sum(List<Score> scores, java.util.function.ToIntFunction<Score> field) {
        return scores.stream().mapToInt(field).sum();
    }

    /**
     * Every fixture that has an {@code .expected} file, read by the standard registry, then the seed and the seed
     * changed as other round-ups differ from it, each expected to read as the seed's own 51 entries.
     */
    static List<Score> scores() {
        RoundUpImporter importer = new RoundUpImporter();
        List<Score> scores = new ArrayList<>();
        String seedEntries = SeedVariants.CITED.voices().stream()
                .map(e -> e.people().stream().map(Person::name).collect(Collectors.joining("; ")) + " | " + e.quotes().size())
                .collect(Collectors.joining("\n"));
        scores.add(score("seed article", "# format: cited blocks\n" + seedEntries, SeedVariants.CITED));
        scores.add(score("seed without citations", "# format: uncited blocks\n" + seedEntries,
                importer.draft(SeedVariants.withoutCitations(), "variant")));
        scores.add(score("seed with Name (Role) headers", "# format: cited blocks\n" + seedEntries,
                importer.draft(SeedVariants.withBracketedHeaders(), "variant")));
        for (Path expectation : FixtureFiles.in(FOLDER, name -> name.endsWith(".expected"))) {
            String name = expectation.getFileName().toString().replaceFirst("\\.expected$", "");
            Path fixture = expectation.resolveSibling(name);
            scores.add(score(name, FixtureFiles.read(expectation), importer.draft(FixtureFiles.read(fixture), name)));
        }
        return scores;
    }

    static Score score(String fixture, String expectation, RoundUpDraft draft) {
        List<String> lines = expectation.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String format = lines.get(0).replaceFirst("^#\\s*format:\\s*", "");
        Map<String, Integer> expected = new HashMap<>();
        lines.stream().skip(1).filter(l -> !l.startsWith("#")).forEach(l -> expected.merge(normalised(l), 1, Integer::sum));
        int expectedCount = expected.values().stream().mapToInt(Integer::intValue).sum();
        List<String> found = draft.voices().stream()
                .map(e -> e.people().stream().map(Person::name).collect(Collectors.joining("; ")) + " | " + e.quotes().size())
                .map(FixtureScoreboard::normalised).toList();
        int right = 0;
        for (String entry : found) {
            Integer left = expected.get(entry);
            if (left != null && left > 0) {
                expected.put(entry, left - 1);
                right++;
            }
        }
        return new Score(fixture, format, draft.chosen().format().name(), expectedCount, found.size(), right,
                found.size() - right, expectedCount - right);
    }

    private static String normalised(String entry) {
        return entry.replaceAll("\\s*([|;])\\s*", "$1").strip();
    }
}
