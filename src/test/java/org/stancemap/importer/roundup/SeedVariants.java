package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SourceDocuments;
import org.stancemap.importer.text.TrailingCitation;

/**
 * The seed article changed the way other round-ups differ from it — its citations gone, its headers written
 * {@code Name (Role)} — made from the seed at test time, so that no altered copy of the article is committed.
 */
final class SeedVariants {

    static final String SEED = SeedText.roundUp();

    /** The seed's own reading, as cited blocks: where its headers and quotes are. */
    static final RoundUpDraft CITED = RoundUpFormats.standard().read(SourceDocuments.of(SEED, SeedText.ROUND_UP));

    private SeedVariants() {
    }

    /** The seed with no citation after any quote. */
    static String withoutCitations() {
        return changed(false, line -> TrailingCitation.read(line).orElseThrow().text());
    }

    /** The seed with every header written "A (Role); and B (Role)" instead of "A, Role; and B, Role". */
    static String withBracketedHeaders() {
        return changed(true, SeedVariants::bracketed);
    }

    /** The seed with {@code change} applied to the last line of every quote (or, if {@code headers}, every header). */
    static String changed(boolean headers, UnaryOperator<String> change) {
        return changed(SEED, headers, change);
    }

    /** {@code text}, laid out line for line as the seed, changed as {@link #changed(boolean, UnaryOperator)} says. */
    static String changed(String text, boolean headers, UnaryOperator<String> change) {
        List<String> lines = new ArrayList<>(Paragraphs.lines(text));
        for (DraftEntry entry : CITED.entries()) {
            if (headers) {
                lines.set(entry.firstLine() - 1, change.apply(lines.get(entry.firstLine() - 1)));
            } else {
                entry.quotes().forEach(q -> lines.set(q.lastLine() - 1, change.apply(lines.get(q.lastLine() - 1))));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** "A, Role; and B, Role" → "A (Role); and B (Role)". */
    static String bracketed(String header) {
        List<String> people = new ArrayList<>();
        for (String part : header.split("; ")) {
            int comma = part.indexOf(',');
            people.add(part.substring(0, comma) + " (" + Paragraphs.trim(part.substring(comma + 1)) + ")");
        }
        return String.join("; ", people);
    }
}
