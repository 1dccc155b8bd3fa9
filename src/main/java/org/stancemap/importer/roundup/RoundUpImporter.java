package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;
import org.stancemap.importer.ImportResult;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.text.CitedQuote;
import org.stancemap.importer.text.ExpertHeader;
import org.stancemap.importer.text.Paragraph;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.VoiceIds;
import org.stancemap.importer.text.SourceText;

/**
 * Imports an expert round-up from its text: the article's front matter, then one unplaced voice per expert
 * entry, in article order.
 *
 * <p>The format is read by structure, not by names. A <em>quote</em> is a paragraph that ends with a
 * citation {@code (Publication, date)}. An <em>expert header</em> is a paragraph that does not, is followed
 * by a quote, and reads as {@code Name, Role} (see {@link ExpertHeader}). Everything before the first header
 * is front matter (title, date line, byline, introduction); everything after the last quote is end matter
 * (photo credits, author bios) and is not imported. Within the entries, any paragraph that is neither a quote
 * nor a header, and any citation whose date cannot be read, becomes an {@link ImportWarning} with its line.
 *
 * <p>Never throws on any text and takes time linear in its length; the spectrum it returns is unbanded, with
 * the question derived from the title, for the analyst to label and band.
 */
public final class RoundUpImporter {

    private record Entry(List<Person> people, List<Quote> quotes) {
    }

    /**
     * Imports {@code text}, as pasted or as {@link SourceText#read} returned it.
     *
     * @return the project, and a warning with its 1-based line for everything that could not be placed
     */
    public ImportResult<Project> importText(String text) {
        Objects.requireNonNull(text, "text");
        List<Paragraph> paragraphs = Paragraphs.split(text);
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
        List<Entry> entries = firstHeader < 0 ? List.of()
                : entries(paragraphs.subList(firstHeader, lastQuote + 1),
                        headers.subList(firstHeader, lastQuote + 1), warnings);

        RoundUpFrontMatter frontMatter = RoundUpFrontMatter.read(front);
        if (frontMatter.title().isEmpty()) {
            warnings.add(new ImportWarning(0, "No title was found before the first expert entry."));
        }
        if (entries.isEmpty()) {
            warnings.add(new ImportWarning(0, "No expert entry was found: an entry is a line such as "
                    + "\"Name, Role\" followed by paragraphs that end with a citation such as (Publication, 12.14.18)."));
        }
        VoiceIds ids = new VoiceIds();
        List<Voice> voices = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            voices.add(Voice.unplaced(ids.next(entry.people()), entry.people(), entry.quotes()));
        }
        RoundUp roundUp = new RoundUp(frontMatter.title(), frontMatter.date(), frontMatter.authors(),
                Optional.empty(), frontMatter.url(), frontMatter.intro());
        List<String> body = new ArrayList<>(frontMatter.intro());
        voices.forEach(v -> v.quotes().forEach(q -> body.add(q.text())));
        String question = RoundUpQuestion.fromTitle(frontMatter.title(), body);
        warnings.sort(Comparator.comparingInt(ImportWarning::line));
        return new ImportResult<>(new Project(roundUp, Spectrum.unbanded(question, "", ""), voices), warnings);
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
    private static List<Entry> entries(List<Paragraph> section, List<Optional<List<Person>>> headers,
                                       List<ImportWarning> warnings) {
        List<Entry> entries = new ArrayList<>();
        Entry current = null;
        for (int i = 0; i < section.size(); i++) {
            Paragraph paragraph = section.get(i);
            Optional<List<Person>> header = headers.get(i);
            if (header.isPresent()) {
                current = new Entry(header.get(), new ArrayList<>());
                entries.add(current);
            } else if (paragraph.citation().isEmpty() && ExpertHeader.read(paragraph.text()).isPresent()) {
                warnings.add(new ImportWarning(paragraph.firstLine(), "This looks like an expert header but no "
                        + "quote follows it, so it was skipped."));
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
                Objects.requireNonNull(current, "a section starts with a header").quotes()
                        .add(new Quote(cited.text(), cited.citation()));
            }
        }
        return entries;
    }
}
