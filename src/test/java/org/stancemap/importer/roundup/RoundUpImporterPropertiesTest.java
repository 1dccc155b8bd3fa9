package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.TextMutations;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.ImportResult;

/** On any text at all the importer returns, in bounded time, a project whose warnings point into the text. */
class RoundUpImporterPropertiesTest {

    /** Generous for texts of at most a few hundred KB; a quadratic or backtracking reading would blow it. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static final String SEED = SeedText.roundUp();

    private final RoundUpImporter importer = new RoundUpImporter();

    @Property
    void neverThrowsOnArbitraryStrings(@ForAll @StringLength(max = 2000) String text) {
        assertImportsWithinBound(text);
    }

    @Property
    void neverThrowsOnStringsMadeOfTheFormatsOwnCharacters(@ForAll("roundUpish") String text) {
        assertImportsWithinBound(text);
    }

    @Property
    void neverThrowsOnMutationsOfTheSeed(@ForAll("mutatedSeeds") String text) {
        assertImportsWithinBound(text);
    }

    @Property
    void seedCutAtAnyOffsetKeepsAPrefixOfItsVoices(@ForAll("seedOffsets") int offset) {
        List<Voice> all = importer.importText(SEED).value().voices();

        List<Voice> cut = assertImportsWithinBound(SEED.substring(0, offset)).voices();

        assertThat(cut.size()).isLessThanOrEqualTo(all.size());
        for (int i = 0; i + 1 < cut.size(); i++) {
            assertThat(cut.get(i)).isEqualTo(all.get(i)); // only the last voice may have lost quotes
        }
    }

    @Test
    void hostileLongLinesImportInLinearTime() {
        String parens = ")".repeat(1_000_000) + "\n\n" + "(".repeat(1_000_000) + ")";
        String commas = "x (a, 1".repeat(150_000) + ")";
        String headers = "\n\n" + "Jane Roe, Fellow (X)\n".repeat(50_000) + "Said. (Pub, 2018)";
        String quotes = "A, B\n\n" + "Said. (Pub, 2018)\n".repeat(50_000);
        String wrapped = "A, B\n\n" + "x)\n".repeat(100_000) + "Said. (Pub, 2018)";

        for (String text : List.of(parens, commas, headers, quotes, wrapped)) {
            assertImportsWithinBound(text);
        }
    }

    private Project assertImportsWithinBound(String text) {
        int lineCount = Paragraphs.lines(text).size();
        ImportResult<Project> result = assertTimeoutPreemptively(BOUND, () -> importer.importText(text));
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w.line()).isBetween(0, lineCount));
        assertThat(result.value().voices()).allSatisfy(voice -> assertThat(voice.quotes())
                .allSatisfy(quote -> assertThat(quote.text()).isNotBlank()));
        return result.value();
    }

    @Provide
    Arbitrary<String> roundUpish() {
        return Arbitraries.strings().withChars("()[],.;:-–/ \n\r\t\uFEFF\u00A0…’“”aJMayuneSpring0123456789")
                .ofMaxLength(3000);
    }

    @Provide
    Arbitrary<Integer> seedOffsets() {
        return Arbitraries.integers().between(0, SEED.length());
    }

    @Provide
    Arbitrary<String> mutatedSeeds() {
        Arbitrary<UnaryOperator<String>> mutation = TextMutations.of(
                "", "(", ")", "(Pub, 12.14.18)", "Jane Roe, Fellow", "June 14, 2019", " \r");
        return mutation.map(mutations -> mutations.apply(SEED));
    }

}
