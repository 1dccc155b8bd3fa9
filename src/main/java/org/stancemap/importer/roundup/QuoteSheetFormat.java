package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.text.LineKind;
import org.stancemap.importer.text.Paragraph;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.SpeakerNames;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.Person;

/**
 * Quote sheets: one bullet (or line) per quote, {@code Speaker[, role][ in 2016]: “quote” (Source: Publication)}
 * or {@code “quote” — Speaker, role}, read by {@link QuoteSheetItem}.
 *
 * <p>The quotes of one speaker gather into one entry, in order. A bullet that names no speaker ("Unknown",
 * "attributed to several people", or none at all) and a bullet that quotes no one are entries that do not
 * become voices, each with a doubt the user reads in the review: a speaker is never made up. Text and bullets
 * before the first attributed quote are front matter; a year in the bullet ("in 2016") dates its quote.
 */
final class QuoteSheetFormat implements RoundUpFormat {

    /** A run of lines read as one: a bullet with its wrapped lines, or other text. */
    private record Chunk(int firstLine, int lastLine, List<String> lines, boolean item, boolean bulleted,
                         LineKind kind, String lead) {
        String text() {
            return String.join(" ", lines);
        }
    }

    @Override
    public String name() {
        return "quote sheet";
    }

    @Override
    public String shape() {
        return "one bullet per quote, such as “Speaker, role: “quote” (Source: Publication)” or "
                + "“quote” — Speaker, role";
    }

    /**
     * Sure when at least two bullets or lines each name a speaker and quote them in quote marks, in proportion to
     * how much of the text they make up and how few bullets name no one.
     */
    @Override
    public double recognise(SourceDocument document) {
        List<Paragraph> paragraphs = document.paragraphs();
        int attributed = 0;
        int other = 0;
        for (Chunk chunk : chunks(paragraphs)) {
            if (!chunk.item()) {
                continue;
            }
            QuoteSheetItem item = QuoteSheetItem.read(chunk.text());
            if (item.isAttributed() && QuoteSheetItem.hasQuoteMarks(chunk.text())) {
                attributed++;
            } else if (chunk.bulleted()) {
                other++;
            }
        }
        if (attributed < 2) {
            return 0;
        }
        double coverage = Math.min(1, 2.0 * attributed / paragraphs.size());
        double purity = attributed / (attributed + 0.5 * other);
        return (0.5 + 0.5 * coverage) * purity;
    }

    @Override
    public FormatReading read(SourceDocument document) {
        List<Chunk> chunks = chunks(document.paragraphs());
        List<QuoteSheetItem> items = new ArrayList<>(chunks.size());
        int first = -1;
        for (int i = 0; i < chunks.size(); i++) {
            QuoteSheetItem item = chunks.get(i).item() ? QuoteSheetItem.read(chunks.get(i).text()) : null;
            items.add(item);
            first = first < 0 && item != null && item.isAttributed() ? i : first;
        }
        List<ImportWarning> warnings = new ArrayList<>();
        List<Paragraph> front = new ArrayList<>();
        int frontEnd = first < 0 ? chunks.size() : first;
        while (frontEnd > 1 && chunks.get(frontEnd - 1).kind() == LineKind.HEADING) {
            frontEnd--; // the heading of the first section of quotes ("Forecasters") is not introduction
        }
        for (int i = 0; i < frontEnd; i++) {
            Chunk c = chunks.get(i);
            front.add(new Paragraph(c.text(), c.firstLine(), c.lines(), Optional.empty(), c.kind(), c.lead()));
        }
        List<DraftEntry> entries = first < 0 ? List.of() : entries(chunks, items, first, warnings);
        FrontMatter frontMatter = FrontMatter.read(front);
        if (frontMatter.title().isEmpty()) {
            warnings.add(new ImportWarning(0, "No title was found before the first quote."));
        }
        return new FormatReading(frontMatter, entries, Optional.empty(), SpectrumTemplate.forTitle(frontMatter.title()),
                warnings);
    }

    private static List<DraftEntry> entries(List<Chunk> chunks, List<QuoteSheetItem> items, int first,
                                            List<ImportWarning> warnings) {
        Map<String, List<Person>> people = new LinkedHashMap<>();
        Map<String, List<DraftQuote>> quotes = new LinkedHashMap<>();
        Map<String, Integer> firstLines = new LinkedHashMap<>();
        Map<String, Optional<String>> doubts = new LinkedHashMap<>();
        List<DraftEntry> nobody = new ArrayList<>();
        for (int i = first; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            QuoteSheetItem item = items.get(i);
            if (item == null) {
                if (chunk.kind() != LineKind.HEADING) {
                    warnings.add(new ImportWarning(chunk.firstLine(), "This paragraph is not a bullet or a quote "
                            + "with its speaker, so it was skipped."));
                }
                continue;
            }
            DraftQuote quote = new DraftQuote(item.text(), item.citation(), chunk.firstLine(), chunk.lastLine());
            if (!item.isAttributed()) {
                nobody.add(new DraftEntry(List.of(), chunk.firstLine(), List.of(quote), EntryRole.NOT_AN_EXPERT,
                        Optional.of(whyNobody(item)), Optional.empty()));
                continue;
            }
            if (item.citation().isStated() && item.citation().date().precision() == DatePrecision.UNKNOWN
                    && !item.citation().date().text().isEmpty()) {
                warnings.add(new ImportWarning(chunk.firstLine(), "The date “" + item.citation().date().text()
                        + "” of this quote’s source could not be read; the quote was kept with an unknown date."));
            }
            String key = item.people().stream().map(p -> SpeakerNames.key(p.name())).collect(Collectors.joining(" + "));
            people.merge(key, item.people(), QuoteSheetFormat::withRolesFilled);
            quotes.computeIfAbsent(key, k -> new ArrayList<>()).add(quote);
            firstLines.putIfAbsent(key, chunk.firstLine());
            doubts.merge(key, item.doubt(), (a, b) -> a.isPresent() ? a : b);
        }
        List<DraftEntry> entries = new ArrayList<>();
        for (String key : people.keySet()) {
            entries.add(new DraftEntry(people.get(key), firstLines.get(key), quotes.get(key), EntryRole.EXPERT,
                    doubts.get(key), Optional.empty()));
        }
        entries.addAll(nobody);
        entries.sort((a, b) -> Integer.compare(a.firstLine(), b.firstLine()));
        return entries;
    }

    private static String whyNobody(QuoteSheetItem item) {
        if (!item.quoted()) {
            return "This bullet quotes no one, so it was not made a voice.";
        }
        return item.nobody().isEmpty() ? "This quote names no speaker, so none was given to it."
                : "This quote names no one as its speaker (“" + item.nobody() + "”), so none was given to it.";
    }

    /** The people of a speaker's first quote, each role filled from a later quote when the first gave none. */
    private static List<Person> withRolesFilled(List<Person> known, List<Person> later) {
        List<Person> merged = new ArrayList<>(known);
        for (int i = 0; i < merged.size() && i < later.size(); i++) {
            if (merged.get(i).role().isEmpty() && !later.get(i).role().isEmpty()) {
                merged.set(i, new Person(merged.get(i).name(), later.get(i).role()));
            }
        }
        return merged;
    }

    /**
     * The document's runs: each bullet with its wrapped lines, each line that opens like a quote-sheet line, and
     * the other text between them.
     */
    private static List<Chunk> chunks(List<Paragraph> paragraphs) {
        List<Chunk> chunks = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            LineKind kind = paragraph.kind();
            if (kind == LineKind.LIST_ITEM) {
                List<String> lines = new ArrayList<>(paragraph.lines());
                String unbulleted = withoutBullet(lines.get(0));
                lines.set(0, unbulleted == null ? lines.get(0) : unbulleted);
                chunks.add(new Chunk(paragraph.firstLine(), paragraph.lastLine(), lines, true, true, kind, paragraph.lead()));
                continue;
            }
            if (kind == LineKind.HEADING || kind == LineKind.TABLE_ROW) {
                chunks.add(new Chunk(paragraph.firstLine(), paragraph.lastLine(), paragraph.lines(), false, false,
                        kind, paragraph.lead()));
                continue;
            }
            int start = 0;
            List<String> lines = paragraph.lines();
            for (int j = 1; j <= lines.size(); j++) {
                if (j == lines.size() || withoutBullet(lines.get(j)) != null) {
                    String firstText = lines.get(start);
                    String unbulleted = withoutBullet(firstText);
                    List<String> run = new ArrayList<>(lines.subList(start, j));
                    boolean bulleted = unbulleted != null;
                    if (bulleted) {
                        run.set(0, unbulleted);
                    }
                    boolean item = bulleted || opensLikeAnItem(firstText);
                    chunks.add(new Chunk(paragraph.firstLine() + start, paragraph.firstLine() + j - 1, run, item,
                            bulleted, kind, start == 0 ? paragraph.lead() : ""));
                    start = j;
                }
            }
        }
        return chunks;
    }

    /**
     * A line without a bullet that still reads as a quote-sheet line: it opens with a quotation and names its
     * speaker after a dash, or it names a speaker and then, after a colon, opens a quotation.
     */
    private static boolean opensLikeAnItem(String line) {
        String text = Paragraphs.trim(line);
        if (QuoteSheetItem.opensWithQuoteMark(text)) {
            return true;
        }
        int colon = text.indexOf(": ");
        return colon > 0 && colon < 250 && QuoteSheetItem.opensWithQuoteMark(Paragraphs.trim(text.substring(colon + 1)));
    }

    /** The line without its bullet mark ("- ", "* ", "• ", "1. "), or null when it has none. */
    private static String withoutBullet(String line) {
        String text = Paragraphs.trim(line);
        if (text.length() >= 2 && "-*•–·▪◦+".indexOf(text.charAt(0)) >= 0 && Paragraphs.isBlank(text.charAt(1))) {
            return Paragraphs.trim(text.substring(2));
        }
        int digits = 0;
        while (digits < text.length() && digits < 4 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < 4 && digits + 1 < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && Paragraphs.isBlank(text.charAt(digits + 1))) {
            return Paragraphs.trim(text.substring(digits + 2));
        }
        return null;
    }
}
