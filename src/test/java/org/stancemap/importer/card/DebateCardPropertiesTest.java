package org.stancemap.importer.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.stancemap.model.CardQuote;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Project;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.importer.ImportResult;
import org.stancemap.importer.check.CardCheck;
import org.stancemap.importer.check.CardFinding;
import org.stancemap.importer.check.CardReport;
import org.stancemap.importer.check.QuoteCheck;

/**
 * On any text the card importer returns, in bounded time, a card whose quotes are pieces of that text, and the
 * check of any such card against the seed article returns a consistent report.
 */
class DebateCardPropertiesTest {

    /** Generous for texts of a few hundred KB; a quadratic or backtracking reading would blow it. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static final String SEED = SeedText.read(SeedText.CARD);
    private static final Project ARTICLE = new RoundUpImporter().importText(SeedText.roundUp()).value();
    private static final List<String> KNOWN = DebateCardImporter.headersOf(ARTICLE);

    /** The pieces cards are made of: headers, connectors, citations, brackets, ellipses, quotation marks. */
    private static final List<String> FRAGMENTS = List.of("Ethan Meick", "Policy Analyst", "Center for the National Interest",
            "Shi Ze", "Dimitri K. Simes", "and", "of", "the", "In", "The", "respectively", ", ", "; and ", ";", ":", " ",
            "\n", "(", ")", "(The National Interest, 09.02.18)", "(National Bureau of Asian Research, July 2017)",
            "(a think tank)", "(CICIR)", "[T]he", "[sic]", "[", "]", "…", "...", "“", "”", "\"", "’", "—", "-",
            "6-14-2019", "RM 6/14", "ank", "https://x.org", "China and Russia have different attitudes.", "\u00A0");

    private final DebateCardImporter importer = new DebateCardImporter();
    private final CardCheck check = new CardCheck();

    @Property
    void neverThrowsOnArbitraryStrings(@ForAll @StringLength(max = 2000) String text) {
        checkWithinBound(text, List.of());
    }

    @Property
    void neverThrowsOnTextMadeOfCardFragments(@ForAll("cardish") String text) {
        checkWithinBound(text, List.of());
        checkWithinBound(text, KNOWN);
    }

    @Property
    void neverThrowsOnMutationsOfTheSeedCard(@ForAll("mutatedSeeds") String text) {
        checkWithinBound(text, List.of());
        checkWithinBound(text, KNOWN);
    }

    @Test
    void hostileLongInputsImportAndCheckInLinearTime() {
        String heading = "RM 6/14 (RM, x, 6-14-2019, \"T,\" P, https://x.org) ank ";
        List<String> hostile = List.of(
                "(".repeat(300_000),
                heading + "(a, 1.1.18".repeat(30_000),
                heading + "Jane Roe, Fellow, ".repeat(30_000) + "said. (Pub, 2018)",
                heading + "Jane Roe, Fellow, Center of the Institute said. (Pub, 2018) ".repeat(5_000),
                heading + "[".repeat(100_000) + "…".repeat(100_000),
                heading + "Jane Roe, Fellow, RAND " + "word ".repeat(60_000) + "(Pub, 2018)");
        for (String text : hostile) {
            checkWithinBound(text, List.of("Jane Roe, Fellow"));
        }
    }

    private void checkWithinBound(String text, List<String> known) {
        assertTimeoutPreemptively(BOUND, () -> {
            ImportResult<DebateCard> result = importer.importText(text, known);
            for (CardQuote q : result.value().quotes()) {
                assertThat(q.text()).isNotBlank();
                assertThat(text).contains(q.text());
                assertThat(text).contains(q.speaker());
            }
            CardReport report = check.check(result.value(), ARTICLE);
            // one check per card quote, or one per part of a quote that runs on into another source quote
            assertThat(report.quotes()).extracting(QuoteCheck::index)
                    .isSortedAccordingTo(Comparator.naturalOrder())
                    .containsAll(IntStream.range(0, result.value().quotes().size()).boxed().toList())
                    .allSatisfy(i -> assertThat(i).isBetween(0, result.value().quotes().size() - 1));
            for (QuoteCheck q : report.quotes()) {
                assertThat(q.isClean()).isEqualTo(q.findings().isEmpty());
                assertThat(q.match().isEmpty()).isEqualTo(q.findings().stream()
                        .anyMatch(f -> f.kind() == CardFinding.Kind.NOT_IN_SOURCE));
                q.match().ifPresent(m -> assertThat(m.wordShare()).isBetween(0.5, 1.0));
            }
        });
    }

    @Provide
    Arbitrary<String> cardish() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(300).map(parts -> String.join("", parts));
    }

    private record Mutation(int kind, double at, int length, String inserted) {
    }

    @Provide
    Arbitrary<String> mutatedSeeds() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 300),
                Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(40)))
                .as(Mutation::new);
        return mutation.list().ofMaxSize(12).map(DebateCardPropertiesTest::mutate);
    }

    /** Deletes, inserts or duplicates stretches of the seed card, one mutation after another. */
    private static String mutate(List<Mutation> mutations) {
        StringBuilder text = new StringBuilder(SEED);
        for (Mutation m : mutations) {
            int at = (int) (m.at() * text.length());
            int end = Math.min(text.length(), at + m.length());
            switch (m.kind()) {
                case 0 -> text.delete(at, end);
                case 1 -> text.insert(at, m.inserted());
                default -> text.insert(at, text.substring(at, end));
            }
        }
        return text.toString();
    }
}
