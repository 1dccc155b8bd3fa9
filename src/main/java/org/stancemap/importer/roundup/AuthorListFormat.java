package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.text.DateLine;
import org.stancemap.importer.text.ExpertHeader;
import org.stancemap.importer.text.HeaderLine;
import org.stancemap.importer.text.LineKind;
import org.stancemap.importer.text.Paragraph;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.SourceLine;
import org.stancemap.importer.text.StrayLine;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.Person;

/**
 * Listing pages of a publisher's analysis, each entry one or more {@code Name, Title, Institution} lines (the
 * co-authors of one piece share the entry), a date line, then a standfirst paragraph: the piece's gist, which
 * becomes the entry's quote, dated by the date line and published by the page's publisher when the page names
 * one (a title ending "| Publisher", or its web address).
 *
 * <p>Read line by line, since pages set an entry's lines with or without blank lines between them. An entry is
 * author lines directly followed by a date line ({@link DateLine}) and prose; a short line just before
 * the author lines is the piece's headline and belongs to the entry. Captions and "Read more" links are skipped;
 * any other text between entries is a warning. What follows the last entry (page footers) is not imported.
 */
final class AuthorListFormat implements RoundUpFormat {

    private static final int MAX_AUTHOR_LINES = 8;
    private static final int MAX_HEADLINE_LENGTH = 200;
    /** Below three entries a list is not yet a list: confidence grows up to it. */
    private static final double LISTING_ENTRIES = 3;

    /** One kept line of the document, with the markup of its source line. */
    private record Unit(String text, int line, int paragraph, String lead, LineKind kind) {
    }

    /**
     * One entry: the units of its headline (or its first author line), author lines, date line and standfirst.
     *
     * @param start index of its first unit, the headline when it has one
     * @param date  index of its date line
     * @param end   index after its last standfirst unit
     */
    private record Entry(int start, int date, int end, List<Person> people, CitationDate when) {
    }

    @Override
    public String name() {
        return "author lists";
    }

    @Override
    public String shape() {
        return "“Name, Title, Institution” lines, a date line, then a standfirst paragraph";
    }

    /** Sure in proportion to how much of the text from the first entry to the last the entries explain. */
    @Override
    public double recognise(SourceDocument document) {
        List<Paragraph> paragraphs = document.paragraphs();
        int cited = Paragraphs.quoteCount(paragraphs);
        if (paragraphs.size() < 3 || 2 * cited >= paragraphs.size() || !hasTwoDateLines(paragraphs)) {
            return 0;
        }
        List<Unit> units = units(document);
        List<Entry> entries = entries(units);
        if (entries.size() < 2) {
            return 0;
        }
        int from = entries.get(0).start();
        int to = entries.get(entries.size() - 1).end();
        int explained = 0;
        for (Entry entry : entries) {
            explained += entry.end() - entry.start();
        }
        for (int i = from; i < to; i++) {
            explained += StrayLine.isStray(units.get(i).text()) ? 1 : 0;
        }
        double span = to - from;
        return Math.min(1, explained / span) * Math.min(1, 2 * span / units.size())
                * Math.min(1, entries.size() / LISTING_ENTRIES);
    }

    @Override
    public FormatReading read(SourceDocument document) {
        List<Unit> units = units(document);
        List<Entry> entries = entries(units);
        List<ImportWarning> warnings = new ArrayList<>();
        FrontMatter front = FrontMatter.read(frontParagraphs(document, units, entries.isEmpty()
                ? units.size() : entries.get(0).start()));
        String publisher = publisher(front);
        List<DraftEntry> drafts = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            Entry entry = entries.get(e);
            drafts.add(draft(entry, units, publisher, warnings));
            int next = e + 1 < entries.size() ? entries.get(e + 1).start() : entry.end();
            for (int i = entry.end(); i < next; i++) {
                Unit unit = units.get(i);
                if (!StrayLine.isStray(unit.text())) {
                    warnings.add(new ImportWarning(unit.line(), "This line comes between two entries of the list and "
                            + "is none of their authors, date or standfirst, so it was skipped."));
                }
            }
        }
        if (front.title().isEmpty()) {
            warnings.add(new ImportWarning(0, "No title was found before the first entry of the list."));
        }
        return new FormatReading(front, drafts, Optional.empty(), SpectrumTemplate.forTitle(front.title()), warnings);
    }

    private static DraftEntry draft(Entry entry, List<Unit> units, String publisher, List<ImportWarning> warnings) {
        int firstLine = units.get(entry.start()).line();
        if (entry.end() == entry.date() + 1) {
            warnings.add(new ImportWarning(firstLine, "This entry has authors and a date but no standfirst, so it "
                    + "has nothing to place."));
            return DraftEntry.expert(entry.people(), firstLine, List.of());
        }
        List<String> standfirst = new ArrayList<>();
        for (int i = entry.date() + 1; i < entry.end(); i++) {
            standfirst.add(units.get(i).text());
        }
        String raw = publisher.isEmpty() ? entry.when().text() : publisher + ", " + entry.when().text();
        DraftQuote quote = new DraftQuote(String.join(" ", standfirst), new Citation(publisher, entry.when(), raw),
                units.get(entry.date() + 1).line(), units.get(entry.end() - 1).line());
        DraftEntry draft = DraftEntry.expert(entry.people(), firstLine, List.of(quote));
        boolean someRoleless = entry.people().stream().anyMatch(p -> p.role().isEmpty());
        boolean someRoled = entry.people().stream().anyMatch(p -> !p.role().isEmpty());
        return someRoleless && someRoled ? draft.withDoubt("Some of this entry's author lines give a title and some "
                + "do not; check that each is an author and not the piece's headline.") : draft;
    }

    /** The entries of {@code units}, in order; each starts after the previous one ends. */
    private static List<Entry> entries(List<Unit> units) {
        List<Entry> entries = new ArrayList<>();
        int previousEnd = 0;
        int i = 0;
        while (i < units.size()) {
            List<List<Person>> lines = new ArrayList<>();
            int j = i;
            while (j < units.size() && j - i < MAX_AUTHOR_LINES) {
                Optional<List<Person>> authors = authors(units.get(j));
                if (authors.isEmpty()) {
                    break;
                }
                lines.add(authors.get());
                j++;
            }
            Optional<CitationDate> when = j > i && j < units.size() ? DateLine.read(units.get(j).text()) : Optional.empty();
            if (when.isEmpty()) {
                i = Math.max(i + 1, j);
                continue;
            }
            if (lines.size() > 1 && roleless(lines.get(0)) && !roleless(lines.get(lines.size() - 1))) {
                // a name-shaped headline ("Xi Jinping, Vladimir Putin") over authors who give their titles
                lines.remove(0);
                i++;
            }
            List<Person> people = lines.stream().flatMap(List::stream).toList();
            int end = standfirstEnd(units, j);
            int start = i > previousEnd && isHeadline(units.get(i - 1)) ? i - 1 : i;
            entries.add(new Entry(start, j, end, people, when.get()));
            previousEnd = end;
            i = end;
        }
        return entries;
    }

    /**
     * The index after the standfirst that follows the date line at {@code date}: the rest of the date's paragraph
     * when it goes on, else the next paragraph when it is prose; {@code date + 1} when there is none.
     */
    private static int standfirstEnd(List<Unit> units, int date) {
        int first = date + 1;
        if (first >= units.size() || !isProse(units.get(first))) {
            return first;
        }
        int paragraph = units.get(first).paragraph();
        int end = first;
        while (end < units.size() && units.get(end).paragraph() == paragraph && isProse(units.get(end))) {
            end++;
        }
        return end;
    }

    private static boolean isProse(Unit unit) {
        return unit.kind() != LineKind.HEADING && unit.kind() != LineKind.TABLE_ROW
                && !StrayLine.isStray(unit.text()) && authors(unit).isEmpty() && DateLine.read(unit.text()).isEmpty();
    }

    /** A short line that does not end like a sentence, just before an entry's authors: the piece's headline. */
    private static boolean isHeadline(Unit unit) {
        String text = unit.text();
        return text.length() <= MAX_HEADLINE_LENGTH && !StrayLine.isStray(text) && DateLine.read(text).isEmpty()
                && (unit.kind() == LineKind.HEADING || !ExpertHeader.endsLikeSentence(text) || text.endsWith("?"));
    }

    private static boolean roleless(List<Person> people) {
        return people.stream().allMatch(p -> p.role().isEmpty());
    }

    /** A list has at least two entries, so two date lines: a cheap test that spares most texts the full reading. */
    private static boolean hasTwoDateLines(List<Paragraph> paragraphs) {
        int dates = 0;
        for (Paragraph paragraph : paragraphs) {
            for (String line : paragraph.lines()) {
                dates += DateLine.read(line).isPresent() ? 1 : 0;
                if (dates >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The people an author line names ("By" aside), or empty when it does not read as one ({@link HeaderLine}). */
    private static Optional<List<Person>> authors(Unit unit) {
        String text = unit.text();
        if (unit.kind() == LineKind.TABLE_ROW || unit.kind() == LineKind.LIST_ITEM) {
            return Optional.empty();
        }
        String line = text.regionMatches(true, 0, "by ", 0, 3) ? Paragraphs.trim(text.substring(3)) : text;
        return HeaderLine.read(line, unit.lead(), unit.kind() == LineKind.HEADING).map(HeaderLine::people);
    }

    /** The page's publisher: a title's "| Publisher" suffix, else its web address's host; "" when unknown. */
    private static String publisher(FrontMatter front) {
        String title = front.title();
        int bar = title.lastIndexOf(" | ");
        if (bar > 0 && bar + 3 < title.length()) {
            return Paragraphs.trim(title.substring(bar + 3));
        }
        if (front.url().isPresent()) {
            String url = front.url().get();
            int hostStart = url.indexOf("//") + 2;
            int hostEnd = url.indexOf('/', hostStart);
            String host = url.substring(hostStart, hostEnd < 0 ? url.length() : hostEnd);
            return host.startsWith("www.") ? host.substring(4) : host;
        }
        return "";
    }

    /** The paragraphs before unit {@code end}, the last one cut short when the first entry starts inside it. */
    private static List<Paragraph> frontParagraphs(SourceDocument document, List<Unit> units, int end) {
        List<Paragraph> paragraphs = document.paragraphs();
        if (end >= units.size()) {
            return paragraphs;
        }
        Unit first = units.get(end);
        Paragraph cut = paragraphs.get(first.paragraph());
        List<Paragraph> front = new ArrayList<>(paragraphs.subList(0, first.paragraph()));
        int kept = first.line() - cut.firstLine();
        if (kept > 0) {
            List<String> lines = cut.lines().subList(0, kept);
            front.add(new Paragraph(String.join(" ", lines), cut.firstLine(), lines, Optional.empty(), cut.kind(),
                    cut.lead()));
        }
        return front;
    }

    private static List<Unit> units(SourceDocument document) {
        List<Paragraph> paragraphs = document.paragraphs();
        List<Unit> units = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            for (int k = 0; k < paragraph.lines().size(); k++) {
                SourceLine source = document.line(paragraph.firstLine() + k);
                units.add(new Unit(paragraph.lines().get(k), source.number(), p, source.lead(), source.kind()));
            }
        }
        return units;
    }
}
