package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.text.SourceDocument;

/**
 * A round-up as read, before the user accepts it: the source, the format chosen and how sure it was, and what
 * was read. Nothing is a project yet; {@link DraftAssembly} makes one once the user has reviewed the draft.
 *
 * @param source   the document as the formats saw it, with what cleaning dropped
 * @param chosen   the format that read it and how sure it was
 * @param ranking  every format's confidence, most sure first, the chosen one among them
 * @param reading  what the chosen format read, possibly changed by the review since
 */
public record RoundUpDraft(SourceDocument source, FormatScore chosen, List<FormatScore> ranking, FormatReading reading) {
    public RoundUpDraft {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(chosen, "chosen");
        ranking = List.copyOf(ranking);
        Objects.requireNonNull(reading, "reading");
    }

    public List<DraftEntry> entries() {
        return reading.entries();
    }

    public FrontMatter front() {
        return reading.front();
    }

    /** The entries that become voices. */
    public List<DraftEntry> voices() {
        return reading.entries().stream().filter(DraftEntry::becomesVoice).toList();
    }

    /** What could not be read, and, after them, a warning for each entry the format was unsure of. */
    public List<ImportWarning> warnings() {
        List<ImportWarning> all = new ArrayList<>(reading.warnings());
        for (DraftEntry entry : reading.entries()) {
            entry.doubt().ifPresent(why -> all.add(new ImportWarning(entry.firstLine(), why)));
        }
        all.sort(Comparator.comparingInt(ImportWarning::line));
        return all;
    }

    /**
     * The question the map asks, as proposed to the user: a vote panel's proposition, else the question the title
     * asks ("Expert Round-Up: How Likely Is …?" → "How likely is …?"); empty when there is neither.
     */
    public String proposedQuestion() {
        if (reading.proposition().isPresent()) {
            return reading.proposition().get();
        }
        String title = reading.front().title();
        if (title.isBlank()) {
            return "";
        }
        List<String> body = new ArrayList<>(reading.front().intro());
        reading.entries().forEach(e -> e.quotes().forEach(q -> body.add(q.text())));
        return RoundUpQuestion.fromTitle(title, body);
    }

    public SpectrumTemplate proposedTemplate() {
        return reading.template();
    }

    public Optional<String> proposition() {
        return reading.proposition();
    }

    /** The same draft with its entries replaced, as the review edits them. */
    public RoundUpDraft withEntries(List<DraftEntry> entries) {
        return new RoundUpDraft(source, chosen, ranking, new FormatReading(reading.front(), entries,
                reading.proposition(), reading.template(), reading.warnings(), reading.narrative()));
    }
}
