package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SourceDocuments;
import org.stancemap.importer.text.TrailingCitation;
import org.stancemap.model.Citation;

/**
 * The seed article changed the way other round-ups differ from it, each read through the registry: without its
 * citations, with its headers written "Name (Role)", as a name line over a role line, or set straight above the
 * first quote. Each must read as the same 51 voices, with every quote on the same expert.
 */
class SeedVariantsTest {

    private static final RoundUpFormats REGISTRY = RoundUpFormats.standard();
    private static final String SEED = SeedText.roundUp();
    private static RoundUpDraft cited;

    @BeforeAll
    static void readTheSeed() {
        cited = REGISTRY.read(SourceDocuments.of(SEED, SeedText.ROUND_UP));
        assertThat(cited.voices()).hasSize(51);
    }

    /** The seed with {@code change} applied to the lines of every quote (or, if {@code headers}, every header). */
    private static String changed(boolean headers, UnaryOperator<String> change) {
        List<String> lines = new ArrayList<>(Paragraphs.lines(SEED));
        for (DraftEntry entry : cited.entries()) {
            if (headers) {
                lines.set(entry.firstLine() - 1, change.apply(lines.get(entry.firstLine() - 1)));
            } else {
                entry.quotes().forEach(q -> lines.set(q.lastLine() - 1, change.apply(lines.get(q.lastLine() - 1))));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String withoutCitation(String line) {
        return TrailingCitation.read(line).orElseThrow().text();
    }

    /** "A, Role; and B, Role" → "A (Role); and B (Role)". */
    private static String bracketed(String header) {
        List<String> people = new ArrayList<>();
        for (String part : header.split("; ")) {
            int comma = part.indexOf(',');
            people.add(part.substring(0, comma) + " (" + Paragraphs.trim(part.substring(comma + 1)) + ")");
        }
        return String.join("; ", people);
    }

    private static RoundUpDraft read(String text) {
        return REGISTRY.read(SourceDocuments.of(text, "variant"));
    }

    @Test
    void seedWithoutCitationsReadsAsTheSameVoicesWithTheSameQuotesUncited() {
        RoundUpDraft uncited = read(changed(false, SeedVariantsTest::withoutCitation));

        assertThat(uncited.chosen().format()).isInstanceOf(UncitedBlocksFormat.class);
        assertThat(uncited.warnings()).isEmpty();
        assertThat(uncited.voices()).hasSize(51);
        assertThat(uncited.voices().stream().mapToInt(v -> v.quotes().size()).sum()).isEqualTo(112);
        for (int i = 0; i < 51; i++) {
            DraftEntry expected = cited.voices().get(i);
            DraftEntry actual = uncited.voices().get(i);
            assertThat(actual.people()).isEqualTo(expected.people());
            assertThat(actual.firstLine()).isEqualTo(expected.firstLine());
            assertThat(actual.quotes()).extracting(DraftQuote::text)
                    .isEqualTo(expected.quotes().stream().map(DraftQuote::text).toList());
            assertThat(actual.quotes()).extracting(DraftQuote::citation).containsOnly(Citation.unstated());
        }
        assertThat(uncited.front()).isEqualTo(cited.front());
    }

    @Test
    void seedWithBracketedRolesReadsAsTheSameVoicesWithEveryQuoteOnItsExpert() {
        String text = changed(true, SeedVariantsTest::bracketed);
        assertThat(text).contains("\nFeng Zhongping and Huang Jing (Vice President and Assistant Researcher, "
                + "respectively, China Institutes of Contemporary International Relations (CICIR))\n");

        RoundUpDraft bracketed = read(text);

        assertThat(bracketed.chosen().format()).isInstanceOf(CitedBlocksFormat.class);
        assertThat(bracketed.warnings()).isEmpty();
        assertThat(bracketed.entries()).isEqualTo(cited.entries());
    }

    @Test
    void seedWithBracketedRolesAndNoCitationsStillGivesEveryQuoteToItsExpert() {
        String text = changed(false, SeedVariantsTest::withoutCitation);
        List<String> lines = new ArrayList<>(Paragraphs.lines(text));
        cited.entries().forEach(e -> lines.set(e.firstLine() - 1, bracketed(lines.get(e.firstLine() - 1))));

        RoundUpDraft draft = read(String.join("\n", lines));

        assertThat(draft.chosen().format()).isInstanceOf(UncitedBlocksFormat.class);
        assertThat(draft.voices()).extracting(DraftEntry::people)
                .isEqualTo(cited.voices().stream().map(DraftEntry::people).toList());
        assertThat(draft.voices()).extracting(e -> e.quotes().size())
                .isEqualTo(cited.voices().stream().map(e -> e.quotes().size()).toList());
    }

    @Test
    void seedWithNameLinesOverRoleLinesAndNoCitationsReadsAsTheSameVoices() {
        String text = changed(false, SeedVariantsTest::withoutCitation);
        List<String> lines = new ArrayList<>(Paragraphs.lines(text));
        for (DraftEntry entry : cited.entries()) {
            String header = lines.get(entry.firstLine() - 1);
            if (entry.people().size() == 1) {
                int comma = header.indexOf(',');
                lines.set(entry.firstLine() - 1, header.substring(0, comma) + "\n" + Paragraphs.trim(header.substring(comma + 1)));
            }
        }

        RoundUpDraft draft = read(String.join("\n", lines));

        assertThat(draft.chosen().format()).isInstanceOf(UncitedBlocksFormat.class);
        assertThat(draft.voices()).extracting(DraftEntry::people)
                .isEqualTo(cited.voices().stream().map(DraftEntry::people).toList());
        assertThat(draft.voices()).extracting(e -> e.quotes().size())
                .isEqualTo(cited.voices().stream().map(e -> e.quotes().size()).toList());
    }

    @Test
    void seedWithoutCitationsAndEachHeaderRightAboveItsFirstQuoteReadsAsTheSameVoices() {
        List<String> lines = new ArrayList<>(Paragraphs.lines(changed(false, SeedVariantsTest::withoutCitation)));
        List<DraftEntry> entries = cited.entries();
        for (int e = entries.size() - 1; e >= 0; e--) {
            int header = entries.get(e).firstLine() - 1;
            int quote = entries.get(e).quotes().get(0).firstLine() - 1;
            lines.subList(header + 1, quote).clear(); // the blank lines between them, from the last entry up
        }

        RoundUpDraft draft = read(String.join("\n", lines));

        assertThat(draft.chosen().format()).isInstanceOf(UncitedBlocksFormat.class);
        assertThat(draft.warnings()).isEmpty();
        assertThat(draft.voices()).extracting(DraftEntry::people)
                .isEqualTo(cited.voices().stream().map(DraftEntry::people).toList());
        assertThat(draft.voices()).extracting(e -> e.quotes().stream().map(DraftQuote::text).toList())
                .isEqualTo(cited.voices().stream().map(e -> e.quotes().stream().map(DraftQuote::text).toList()).toList());
    }
}
