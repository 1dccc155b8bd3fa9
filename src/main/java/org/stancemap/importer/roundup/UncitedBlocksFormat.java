package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.text.CitedQuote;
import org.stancemap.importer.text.DateLine;
import org.stancemap.importer.text.ExpertHeader;
import org.stancemap.importer.text.HeaderLine;
import org.stancemap.importer.text.HeaderLine.Shape;
import org.stancemap.importer.text.LineKind;
import org.stancemap.importer.text.Paragraph;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.StrayLine;
import org.stancemap.importer.text.TrailingCitation;
import org.stancemap.model.Citation;

/**
 * Round-ups whose experts each open with a header line and then speak in paragraphs that cite nothing: the
 * round-up itself is the source. Headers come as {@code Name, Role}, {@code Name (Role)}, a name line over a role
 * line, or a name glued to its role as web copy leaves it ({@code JANE ROEDirector of …}); see {@link ExpertHeader}.
 *
 * <p>With no citations to lean on, a header is told from a short paragraph by structure: it is a short line
 * that does not end like a sentence and names people ({@link HeaderLine}), is followed by prose (in the next
 * paragraph, or on its next line when that opens a sentence), and has the shape most other headers of the
 * document have (or the markup prints it as a heading or in bold). The first header of the document's own shape
 * ends the front matter; a header of another shape, without a role word or markup to vouch for it, opens an entry
 * with a doubt. Photo credits, author bios and "About the authors" at the end are not entries; captions, links
 * and subheadings among the entries are skipped with a warning.
 */
final class UncitedBlocksFormat implements RoundUpFormat {

    private static final int MAX_SUBHEADING_LENGTH = 80;
    /** Where a round-up puts its title: a bare name among these paragraphs is more likely a title than a header. */
    private static final int OPENING_PARAGRAPHS = 2;
    /** Below three headers a document's pattern is not yet a pattern: confidence grows up to it. */
    private static final double PATTERN_HEADERS = 3;
    /** How much of a paragraph is looked at to tell a bio's opening words. */
    private static final int BIO_OPENING = 120;
    /** What follows a person's name in a sentence about them rather than by them. */
    private static final List<String> BIO_VERBS = List.of(" is ", " was ", " has ", " serves ", " works ", " leads ",
            " directs ", " teaches ", " writes ", ", who ");

    /**
     * A paragraph read as a header.
     *
     * @param line       the header's people and shape
     * @param paragraphs how many paragraphs it takes (2 when the role is the next paragraph)
     * @param quoteFrom  index of the paragraph's line where what the expert said starts, 0 when the next paragraph
     */
    private record Header(HeaderLine line, int paragraphs, int quoteFrom) {
        Shape shape() {
            return line.shape();
        }
    }

    /** What {@link #recognise} and {@link #read} share: every paragraph's header, and the document's pattern. */
    private record Scan(List<Paragraph> paragraphs, Header[] headers, boolean[] confirmed, Shape dominant,
                        int firstHeader, int end, int headerCount, int proseCount) {
    }

    @Override
    public String name() {
        return "uncited blocks";
    }

    @Override
    public String shape() {
        return "a “Name, Role” or “Name (Role)” line, or a name line over a role line, then paragraphs without "
                + "citations";
    }

    /**
     * Sure in proportion to how much of the text after the first header is headers and their prose, once at
     * least three headers share a shape; a text whose paragraphs mostly end in citations is cited blocks instead.
     */
    @Override
    public double recognise(SourceDocument document) {
        List<Paragraph> paragraphs = document.paragraphs();
        int cited = Paragraphs.quoteCount(paragraphs);
        if (paragraphs.size() < 3 || 2 * cited >= paragraphs.size()) {
            return 0;
        }
        Scan scan = scan(paragraphs);
        if (scan.firstHeader() < 0 || scan.headerCount() < 2) {
            return 0;
        }
        double body = scan.end() - scan.firstHeader();
        if (body <= 0 || scan.proseCount() == 0) {
            return 0; // headers with nothing said after them are no round-up (and 0/0 would be NaN)
        }
        double explained = Math.min(1, (scan.headerCount() + scan.proseCount()) / body);
        double spread = Math.min(1, 2 * body / paragraphs.size());
        double uncited = scan.proseCount() / (double) (scan.proseCount() + cited);
        return explained * spread * uncited * uncited * Math.min(1, scan.headerCount() / PATTERN_HEADERS);
    }

    @Override
    public FormatReading read(SourceDocument document) {
        Scan scan = scan(document.paragraphs());
        List<Paragraph> paragraphs = scan.paragraphs();
        List<ImportWarning> warnings = new ArrayList<>();
        int firstHeader = scan.firstHeader();
        List<Paragraph> front = paragraphs.subList(0, firstHeader < 0 ? paragraphs.size() : firstHeader);
        FrontMatter frontMatter = FrontMatter.read(front);
        List<DraftEntry> entries = firstHeader < 0 ? List.of() : entries(scan, warnings);
        if (frontMatter.title().isEmpty()) {
            warnings.add(new ImportWarning(0, "No title was found before the first expert entry."));
        }
        return new FormatReading(frontMatter, entries, Optional.empty(),
                SpectrumTemplate.forTitle(frontMatter.title()), warnings);
    }

    private static List<DraftEntry> entries(Scan scan, List<ImportWarning> warnings) {
        List<Paragraph> paragraphs = scan.paragraphs();
        List<DraftEntry> entries = new ArrayList<>();
        Header header = null;
        int headerLine = 0;
        List<DraftQuote> quotes = new ArrayList<>();
        for (int i = scan.firstHeader(); i < scan.end(); i++) {
            Paragraph paragraph = paragraphs.get(i);
            Header next = scan.confirmed()[i] ? scan.headers()[i] : null;
            Optional<String> skip = next == null ? skipped(paragraph) : Optional.empty();
            if (next != null) {
                close(header, headerLine, quotes, scan.dominant(), entries, warnings);
                header = next;
                headerLine = paragraph.firstLine();
                quotes = new ArrayList<>();
                if (next.quoteFrom() > 0) {
                    quote(paragraph, next.quoteFrom(), quotes, warnings);
                }
                i += next.paragraphs() - 1;
            } else if (scan.headers()[i] != null) {
                warnings.add(new ImportWarning(paragraph.firstLine(), "This looks like an expert header but nothing "
                        + "the expert said follows it, so it was skipped."));
            } else if (skip.isPresent()) {
                warnings.add(new ImportWarning(paragraph.firstLine(), skip.get()));
                if (paragraph.kind() == LineKind.HEADING) {
                    // a heading that names nobody ("Conclusion") ends the entry: what follows is no one's quote
                    close(header, headerLine, quotes, scan.dominant(), entries, warnings);
                    header = null;
                    quotes = new ArrayList<>();
                }
            } else if (header == null) {
                warnings.add(new ImportWarning(paragraph.firstLine(), "This paragraph follows a heading that names "
                        + "no expert, so it was given to nobody and skipped."));
            } else if (i + 1 < scan.end() && scan.confirmed()[i + 1] && isSubheading(paragraph.text())) {
                warnings.add(new ImportWarning(paragraph.firstLine(), "This short line stands just before an expert "
                        + "header and reads as a subheading, not something an expert said, so it was skipped."));
            } else {
                quote(paragraph, 0, quotes, warnings);
            }
        }
        close(header, headerLine, quotes, scan.dominant(), entries, warnings);
        return entries;
    }

    private static void close(Header header, int line, List<DraftQuote> quotes, Shape dominant,
                              List<DraftEntry> entries, List<ImportWarning> warnings) {
        if (header == null) {
            return;
        }
        if (quotes.isEmpty()) {
            warnings.add(new ImportWarning(line, "This looks like an expert header but nothing the expert said "
                    + "follows it, so it was skipped."));
            return;
        }
        DraftEntry entry = DraftEntry.expert(header.line().people(), line, quotes);
        Optional<String> doubt = doubt(header, quotes.get(0).text(), dominant);
        entries.add(doubt.map(entry::withDoubt).orElse(entry));
    }

    /** Why an entry the scan took for an expert's may not be one, or empty when nothing speaks against it. */
    private static Optional<String> doubt(Header header, String firstQuote, Shape dominant) {
        if (header.shape() == Shape.NAME_ONLY && dominant != Shape.NAME_ONLY) {
            return Optional.of("This line was read as an expert's name, but unlike the other headers it gives no "
                    + "role; check that it is not a subheading or a caption.");
        }
        if (header.shape() != dominant && !header.line().marked() && !header.line().namesJob()) {
            return Optional.of("This line was read as an expert's name and role, but it is shaped unlike the other "
                    + "headers and names no job; check that it is not part of a quote.");
        }
        if (isBio(firstQuote, header.line().people().get(0).name())) {
            return Optional.of("The text under this name describes the person rather than quoting them; check "
                    + "that it is something they said.");
        }
        return Optional.empty();
    }

    /** Adds what {@code paragraph} says from its line {@code from} on, or warns when nothing is left of it. */
    private static void quote(Paragraph paragraph, int from, List<DraftQuote> quotes, List<ImportWarning> warnings) {
        List<String> lines = paragraph.lines();
        String text = from == 0 ? paragraph.text() : String.join(" ", lines.subList(from, lines.size()));
        Optional<CitedQuote> cited = from == 0 ? paragraph.citation() : TrailingCitation.read(text);
        String said = cited.map(CitedQuote::text).orElse(text);
        if (said.isEmpty()) {
            warnings.add(new ImportWarning(paragraph.firstLine(), "This citation has no quote before it, so it was "
                    + "skipped."));
            return;
        }
        Citation citation = cited.map(CitedQuote::citation).orElse(Citation.unstated());
        quotes.add(new DraftQuote(said, citation, paragraph.firstLine() + from, paragraph.lastLine()));
    }

    /** Why a paragraph among the entries is not something an expert said, or empty when it may be. */
    private static Optional<String> skipped(Paragraph paragraph) {
        if (StrayLine.isStray(paragraph.text())) {
            return Optional.of("This line looks like a photo caption, a credit or a link, not something an expert "
                    + "said, so it was skipped.");
        }
        if (paragraph.kind() == LineKind.HEADING) {
            return Optional.of("This heading is not an expert's name, so it was skipped.");
        }
        if (paragraph.kind() == LineKind.TABLE_ROW) {
            return Optional.of("This table row is not an expert's words, so it was skipped.");
        }
        if (isDateLine(paragraph.text())) {
            return Optional.of("This line is a date on its own, not something an expert said, so it was skipped.");
        }
        return Optional.empty();
    }

    private static Scan scan(List<Paragraph> paragraphs) {
        int n = paragraphs.size();
        Header[] headers = new Header[n];
        boolean[] prose = new boolean[n];
        for (int i = 0; i < n; i++) {
            headers[i] = header(paragraphs, i);
            prose[i] = headers[i] == null && skipped(paragraphs.get(i)).isEmpty();
        }
        boolean[] confirmed = new boolean[n];
        Map<Shape, Integer> shapes = new EnumMap<>(Shape.class);
        for (int i = 0; i < n; i++) {
            Header h = headers[i];
            int next = h == null ? n : i + h.paragraphs();
            confirmed[i] = h != null && (h.quoteFrom() > 0 || next < n && prose[next]);
            if (confirmed[i]) {
                shapes.merge(h.shape(), 1, Integer::sum);
            }
        }
        Shape dominant = Shape.NAME_ROLE;
        for (Map.Entry<Shape, Integer> shape : shapes.entrySet()) {
            dominant = shape.getValue() > shapes.getOrDefault(dominant, 0) ? shape.getKey() : dominant;
        }
        int first = -1;
        for (int i = 0; i < n && first < 0; i++) {
            first = confirmed[i] && opensEntries(headers[i], dominant, paragraphs, i) ? i : -1;
        }
        int end = first < 0 ? n : endMatter(paragraphs, headers, first);
        int headerCount = 0;
        int proseCount = 0;
        for (int i = Math.max(first, 0); i < end; i++) {
            headerCount += confirmed[i] ? 1 : 0;
            proseCount += prose[i] ? 1 : 0;
        }
        return new Scan(paragraphs, headers, confirmed, dominant, first, end, headerCount, proseCount);
    }

    /**
     * True when the header at {@code i} may end the front matter: it has the document's shape or markup vouches
     * for it, and it is not the title or byline a bare name in the opening lines more likely is.
     */
    private static boolean opensEntries(Header header, Shape dominant, List<Paragraph> paragraphs, int i) {
        if (header.shape() != dominant && !header.line().marked()) {
            return false;
        }
        boolean afterDateLine = i > 0 && isDateLine(last(paragraphs.get(i - 1)));
        boolean opening = i < OPENING_PARAGRAPHS && header.shape() == Shape.NAME_ONLY && !header.line().marked();
        return !(afterDateLine && !header.line().namesJob()) && !opening;
    }

    /**
     * Where the end matter starts: the run of photo credits, links, "About the authors" and author bios (a name,
     * then a paragraph opening with that name) that closes the document, after the first header.
     */
    private static int endMatter(List<Paragraph> paragraphs, Header[] headers, int first) {
        int end = paragraphs.size();
        for (int i = paragraphs.size() - 1; i > first; i--) {
            Paragraph paragraph = paragraphs.get(i);
            if (StrayLine.isStray(paragraph.text()) || isAboutTheAuthors(paragraph.text())) {
                end = i;
            } else if (i - 1 > first && headers[i - 1] != null
                    && isBio(paragraph.text(), headers[i - 1].line().people().get(0).name())) {
                end = --i;
            } else {
                break;
            }
        }
        return end;
    }

    /** The header {@code paragraphs.get(i)} opens with, alone or with its next paragraph, or null. */
    private static Header header(List<Paragraph> paragraphs, int i) {
        Paragraph paragraph = paragraphs.get(i);
        if (paragraph.kind() != LineKind.TEXT && paragraph.kind() != LineKind.HEADING) {
            return null;
        }
        List<String> lines = paragraph.lines();
        // a header wrapped over lines is read whole only when its first line already holds the name and more:
        // "Li Wei and Carmen Ortiz" over "Co-directors, Lab" is a name line over a role line instead
        String firstLine = lines.get(0);
        boolean wrapped = lines.size() == 1
                || lines.size() <= 3 && (firstLine.indexOf(',') >= 0 || firstLine.indexOf('(') >= 0);
        Optional<HeaderLine> whole = wrapped ? line(paragraph.text(), paragraph) : Optional.empty();
        if (whole.isPresent()) {
            Paragraph next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
            if (whole.get().shape() == Shape.NAME_ONLY && next != null && next.lines().size() == 1
                    && HeaderLine.isRole(next.text())) {
                return new Header(whole.get().withRole(next.text()), 2, 0);
            }
            return new Header(whole.get(), 1, 0);
        }
        HeaderLine first = lines.size() >= 2 ? line(firstLine, paragraph).orElse(null) : null;
        if (first == null) {
            return null;
        }
        if (first.shape() == Shape.NAME_ONLY && HeaderLine.isRole(lines.get(1))) {
            return new Header(first.withRole(lines.get(1)), 1, lines.size() > 2 ? 2 : 0);
        }
        boolean headsItsQuote = first.marked() || first.namesJob() && startsQuote(lines.get(1), paragraph);
        return headsItsQuote && first.shape() != Shape.NAME_ONLY ? new Header(first, 1, 1) : null;
    }

    /**
     * True when {@code line}, under a header line in the same paragraph, opens what the expert said: it starts a
     * sentence (a hard-wrapped paragraph rarely breaks a line just before one) and is not a date, a link or
     * another header, as the lines under an author list's names are.
     */
    private static boolean startsQuote(String line, Paragraph paragraph) {
        return HeaderLine.startsSentence(line) && !isDateLine(line) && !StrayLine.isStray(line)
                && line(line, paragraph).isEmpty();
    }

    private static Optional<HeaderLine> line(String text, Paragraph paragraph) {
        return HeaderLine.read(text, paragraph.lead(), paragraph.kind() == LineKind.HEADING);
    }

    /** "The sceptics": short and not a sentence, so not the last thing an expert said before the next one speaks. */
    private static boolean isSubheading(String text) {
        return text.length() <= MAX_SUBHEADING_LENGTH && !ExpertHeader.endsLikeSentence(text);
    }

    /** "Jane Roe is a senior fellow…", "Roe has written…": a paragraph about {@code name}, not by them. */
    private static boolean isBio(String paragraph, String name) {
        String text = Paragraphs.singleSpaced(paragraph.substring(0, Math.min(paragraph.length(), BIO_OPENING)));
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        for (String subject : List.of(name, surname)) {
            if (text.startsWith(subject)) {
                String rest = text.substring(subject.length());
                for (String verb : BIO_VERBS) {
                    if (rest.startsWith(verb)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isAboutTheAuthors(String text) {
        if (text.length() > MAX_SUBHEADING_LENGTH) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("about the author") || lower.startsWith("about the contributor")
                || lower.startsWith("author bio") || lower.equals("contributors");
    }

    private static boolean isDateLine(String text) {
        return DateLine.read(text).isPresent();
    }

    private static String last(Paragraph paragraph) {
        return paragraph.lines().get(paragraph.lines().size() - 1);
    }
}
