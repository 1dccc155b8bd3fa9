package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.text.CitedQuote;
import org.stancemap.importer.text.ExpertHeader;
import org.stancemap.importer.text.Paragraph;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.Passage;
import org.stancemap.model.Person;

/**
 * Round-ups whose experts each open with a {@code Name, Role} line followed by quotes that each end with their
 * citation, {@code (Publication, 12.14.18)} — the shape of the seed article.
 *
 * <p>Read by structure, not by names. A <em>quote</em> is a paragraph that ends with a citation. An <em>expert
 * header</em> is a paragraph that does not, is followed by a quote, and reads as {@code Name, Role} (see
 * {@link ExpertHeader}). Everything before the first header is front matter; everything after the last quote is
 * end matter (photo credits, author bios) and is not imported. Within the entries, a paragraph that is neither a
 * quote nor a header is the round-up's own narrative (an editor's line introducing an expert, a transition) when it
 * reads as prose — a sentence of several words — and is kept as such, with a warning in case it is a quote that lost
 * its citation; any other such paragraph, and any citation whose date cannot be read, becomes a warning with its line.
 */
final class CitedBlocksFormat implements RoundUpFormat {

    /** Fewest words an uncited paragraph between entries has to be kept as narrative, not dropped as furniture. */
    private static final int MIN_NARRATIVE_WORDS = 6;

    @Override
    public String name() {
        return "cited blocks";
    }

    @Override
    public String shape() {
        return "a “Name, Role” line, then paragraphs that each end with a citation such as (Publication, 12.14.18)";
    }

    /**
     * Sure in proportion to how much of the text is quotes that end in a citation and the headers that open
     * them; a text with no header followed by a quote is not this shape, however many citations it has.
     */
    @Override
    public double recognise(SourceDocument document) {
        List<Paragraph> paragraphs = document.paragraphs();
        int cited = 0;
        int headed = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).isQuote()) {
                cited++;
                if (i > 0 && !paragraphs.get(i - 1).isQuote()
                        && ExpertHeader.read(paragraphs.get(i - 1).text()).isPresent()) {
                    headed++;
                }
            }
        }
        if (headed == 0 || cited < 2) {
            return 0;
        }
        return Math.min(1.0, (cited + headed) / (0.9 * paragraphs.size()));
    }

    @Override
    public FormatReading read(SourceDocument document) {
        List<Paragraph> paragraphs = document.paragraphs();
        List<ImportWarning> warnings = new ArrayList<>();

        int lastQuote = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            lastQuote = paragraphs.get(i).isQuote() ? i : lastQuote;
        }
        List<Optional<List<Person>>> headers = headers(paragraphs, lastQuote);
        int firstHeader = -1;
        for (int i = 0; i < lastQuote && firstHeader < 0; i++) {
            firstHeader = headers.get(i).isPresent() ? i : -1;
        }

        List<Paragraph> front = paragraphs.subList(0, firstHeader < 0 ? paragraphs.size() : firstHeader);
        for (Paragraph paragraph : front) {
            if (paragraph.isQuote()) {
                warnings.add(new ImportWarning(paragraph.firstLine(), "This paragraph ends with a citation but "
                        + "comes before the first expert header, so it was kept as introduction, not as a quote."));
            }
        }
        List<Passage> narrative = new ArrayList<>();
        List<DraftEntry> entries = firstHeader < 0 ? List.of()
                : entries(paragraphs.subList(firstHeader, lastQuote + 1),
                        headers.subList(firstHeader, lastQuote + 1), warnings, narrative);
        FrontMatter frontMatter = FrontMatter.read(front);
        if (frontMatter.title().isEmpty()) {
            warnings.add(new ImportWarning(0, "No title was found before the first expert entry."));
        }
        return new FormatReading(frontMatter, entries, Optional.empty(), SpectrumTemplate.forTitle(frontMatter.title()),
                warnings, narrative);
    }

    /**
     * The people of each paragraph that opens an entry, by index: one that reads as a header and whose next
     * quote-or-header-like paragraph is a quote, so that an entry whose first quote lost its citation still opens.
     */
    private static List<Optional<List<Person>>> headers(List<Paragraph> paragraphs, int lastQuote) {
        List<Optional<List<Person>>> headers = new ArrayList<>(Collections.nCopies(paragraphs.size(), Optional.empty()));
        boolean quoteFollows = false;
        for (int i = lastQuote; i >= 0; i--) {
            Paragraph paragraph = paragraphs.get(i);
            if (paragraph.isQuote()) {
                quoteFollows = true;
                continue;
            }
            Optional<List<Person>> people = ExpertHeader.read(paragraph.text());
            if (people.isPresent()) {
                headers.set(i, quoteFollows ? people : Optional.empty());
                quoteFollows = false;
            }
        }
        return headers;
    }

    /** The entries from the first header to the last quote; {@code section} starts with a header. */
    private static List<DraftEntry> entries(List<Paragraph> section, List<Optional<List<Person>>> headers,
                                            List<ImportWarning> warnings, List<Passage> narrative) {
        List<DraftEntry> entries = new ArrayList<>();
        List<Person> people = null;
        int headerLine = 0;
        List<DraftQuote> quotes = new ArrayList<>();
        for (int i = 0; i < section.size(); i++) {
            Paragraph paragraph = section.get(i);
            Optional<List<Person>> header = headers.get(i);
            if (header.isPresent()) {
                if (people != null) {
                    entries.add(DraftEntry.expert(people, headerLine, quotes));
                }
                people = header.get();
                headerLine = paragraph.firstLine();
                quotes = new ArrayList<>();
            } else if (paragraph.citation().isEmpty() && ExpertHeader.read(paragraph.text()).isPresent()) {
                warnings.add(new ImportWarning(paragraph.firstLine(), "This looks like an expert header but no "
                        + "quote follows it, so it was skipped."));
            } else if (paragraph.citation().isEmpty() && isProse(paragraph.text())) {
                narrative.add(new Passage(paragraph.text(), paragraph.firstLine()));
                warnings.add(new ImportWarning(paragraph.firstLine(), "This paragraph does not end with a "
                        + "citation such as (Publication, 12.14.18), so it was kept as the round-up's own narrative, "
                        + "not as a quote."));
            } else if (paragraph.citation().isEmpty()) {
                warnings.add(new ImportWarning(paragraph.firstLine(), "This paragraph does not end with a "
                        + "citation such as (Publication, 12.14.18) and is not an expert header, so it was skipped."));
            } else {
                CitedQuote cited = paragraph.citation().get();
                if (cited.text().isEmpty()) {
                    warnings.add(new ImportWarning(paragraph.firstLine(),
                            "This citation has no quote before it, so it was skipped."));
                    continue;
                }
                if (cited.citation().date().precision() == DatePrecision.UNKNOWN) {
                    warnings.add(new ImportWarning(paragraph.lastLine(), "The date \""
                            + cited.citation().date().text() + "\" of the citation (" + cited.citation().raw()
                            + ") could not be read; the quote was kept with an unknown date."));
                }
                quotes.add(new DraftQuote(cited.text(), cited.citation(), paragraph.firstLine(), paragraph.lastLine()));
            }
        }
        if (people != null) {
            entries.add(DraftEntry.expert(people, headerLine, quotes));
        }
        return entries;
    }

    /**
     * Whether an uncited paragraph reads as the article's prose rather than page furniture ("Advertisement", "Read
     * more", a photo credit's fragment): a sentence of several words, closed like one.
     */
    private static boolean isProse(String text) {
        String trimmed = text.strip();
        return trimmed.split("\\s+").length >= MIN_NARRATIVE_WORDS && trimmed.matches("(?s).*[.!?…\"”’:)]$");
    }
}
