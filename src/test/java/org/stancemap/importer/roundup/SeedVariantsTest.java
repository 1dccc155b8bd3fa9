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

/**
 * The seed article changed the way other round-ups differ from it, read through the registry: with its headers
 * written "Name (Role)". It must read as the same 51 voices, with every quote on the same expert.
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
    void seedWithBracketedRolesReadsAsTheSameVoicesWithEveryQuoteOnItsExpert() {
        String text = changed(true, SeedVariantsTest::bracketed);
        assertThat(text).contains("\nFeng Zhongping and Huang Jing (Vice President and Assistant Researcher, "
                + "respectively, China Institutes of Contemporary International Relations (CICIR))\n");

        RoundUpDraft bracketed = read(text);

        assertThat(bracketed.chosen().format()).isInstanceOf(CitedBlocksFormat.class);
        assertThat(bracketed.warnings()).isEmpty();
        assertThat(bracketed.entries()).isEqualTo(cited.entries());
    }
}
