package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SourceDocuments;
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

    private static RoundUpDraft read(String text) {
        return REGISTRY.read(SourceDocuments.of(text, "variant"));
    }

    @Test
    void seedWithoutCitationsReadsAsTheSameVoicesWithTheSameQuotesUncited() {
        RoundUpDraft uncited = read(SeedVariants.withoutCitations());

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
        String text = SeedVariants.withBracketedHeaders();
        assertThat(text).contains("\nFeng Zhongping and Huang Jing (Vice President and Assistant Researcher, "
                + "respectively, China Institutes of Contemporary International Relations (CICIR))\n");

        RoundUpDraft bracketed = read(text);

        assertThat(bracketed.chosen().format()).isInstanceOf(CitedBlocksFormat.class);
        assertThat(bracketed.warnings()).isEmpty();
        assertThat(bracketed.entries()).isEqualTo(cited.entries());
    }

    @Test
    void seedWithBracketedRolesAndNoCitationsStillGivesEveryQuoteToItsExpert() {
        String text = SeedVariants.withoutCitations();
        List<String> lines = new ArrayList<>(Paragraphs.lines(text));
        cited.entries().forEach(e -> lines.set(e.firstLine() - 1, SeedVariants.bracketed(lines.get(e.firstLine() - 1))));

        RoundUpDraft draft = read(String.join("\n", lines));

        assertThat(draft.chosen().format()).isInstanceOf(UncitedBlocksFormat.class);
        assertThat(draft.voices()).extracting(DraftEntry::people)
                .isEqualTo(cited.voices().stream().map(DraftEntry::people).toList());
        assertThat(draft.voices()).extracting(e -> e.quotes().size())
                .isEqualTo(cited.voices().stream().map(e -> e.quotes().size()).toList());
    }

    @Test
    void seedWithNameLinesOverRoleLinesAndNoCitationsReadsAsTheSameVoices() {
        String text = SeedVariants.withoutCitations();
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
        List<String> lines = new ArrayList<>(Paragraphs.lines(SeedVariants.withoutCitations()));
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
