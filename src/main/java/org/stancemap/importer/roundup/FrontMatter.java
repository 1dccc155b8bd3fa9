package org.stancemap.importer.roundup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancemap.model.DatePrecision;
import org.stancemap.importer.text.CitationDateReader;
import org.stancemap.importer.text.ExpertHeader;
import org.stancemap.importer.text.Paragraph;
import org.stancemap.importer.text.Paragraphs;

/**
 * What comes before the first expert entry: title, date line, byline, URL and the introduction.
 *
 * <p>Read by position, as an article lays them out: the first line among the opening ones that is a whole
 * date ("June 14, 2019") is the date line, the line before it the title and the line after it, if it lists
 * names, the byline. Lines before the title (a photo caption) are not part of the round-up's text. Without a
 * date line, the title is the first opening line that does not end like a sentence.
 *
 * @param title     the title, or "" when none was found
 * @param date      the publication date, when a date line was found
 * @param authors   the byline's names
 * @param url       a line holding only a web address, when there is one
 * @param intro     the remaining paragraphs, in order
 */
public record FrontMatter(String title, Optional<LocalDate> date, List<String> authors, Optional<String> url,
                          List<String> intro) {

    /** How far into the article the title, date and byline are looked for. */
    private static final int OPENING_LINES = 12;
    private static final int MAX_TITLE_LENGTH = 300;
    private static final int MAX_BYLINE_LENGTH = 200;

    public FrontMatter {
        authors = List.copyOf(authors);
        intro = List.copyOf(intro);
    }

    private record Line(String text, int paragraph) {
    }

    public static FrontMatter read(List<Paragraph> paragraphs) {
        List<Line> lines = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (String text : paragraphs.get(p).lines()) {
                lines.add(new Line(text, p));
            }
        }
        int opening = Math.min(lines.size(), OPENING_LINES);
        int dateAt = -1;
        Optional<LocalDate> date = Optional.empty();
        for (int i = 0; i < opening && dateAt < 0; i++) {
            date = dayOf(lines.get(i).text());
            dateAt = date.isPresent() ? i : -1;
        }
        int titleAt = dateAt > 0 ? dateAt - 1 : firstTitleLike(lines, Math.max(dateAt + 1, 0), opening);
        int afterTitleAndDate = Math.max(titleAt, dateAt) + 1;
        List<String> authors = afterTitleAndDate < lines.size()
                ? byline(lines.get(afterTitleAndDate).text(), dateAt >= 0) : List.of();
        int introFrom = afterTitleAndDate + (authors.isEmpty() ? 0 : 1);

        Optional<String> url = Optional.empty();
        List<String> intro = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        int pendingParagraph = -1;
        for (int i = introFrom; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (url.isEmpty() && isWebAddress(line.text())) {
                url = Optional.of(line.text());
                continue;
            }
            if (line.paragraph() != pendingParagraph && !pending.isEmpty()) {
                intro.add(String.join(" ", pending));
                pending.clear();
            }
            pendingParagraph = line.paragraph();
            pending.add(line.text());
        }
        if (!pending.isEmpty()) {
            intro.add(String.join(" ", pending));
        }
        String title = titleAt < 0 ? "" : Paragraphs.singleSpaced(lines.get(titleAt).text());
        return new FrontMatter(title, date, authors, url, intro);
    }

    private static Optional<LocalDate> dayOf(String line) {
        var date = CitationDateReader.read(line);
        return date.precision() == DatePrecision.DAY ? date.start() : Optional.empty();
    }

    private static int firstTitleLike(List<Line> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String text = lines.get(i).text();
            if (text.length() <= MAX_TITLE_LENGTH && !text.endsWith(".")) {
                return i;
            }
        }
        return from < lines.size() ? from : -1;
    }

    /**
     * "Simon Saradzhyan and Angelina Flood" after a date line, or "By A, B and C" anywhere → the names; empty
     * if not a byline. Without a date line or "By", a list of names is more likely an expert header.
     */
    private static List<String> byline(String line, boolean afterDateLine) {
        String text = Paragraphs.singleSpaced(line);
        if (text.length() > MAX_BYLINE_LENGTH || text.isEmpty() || ".?!:)".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return List.of();
        }
        boolean saysBy = text.regionMatches(true, 0, "by ", 0, 3);
        if (!saysBy && !afterDateLine) {
            return List.of();
        }
        if (saysBy) {
            text = text.substring(3);
        }
        List<String> names = ExpertHeader.listItems(text);
        return names.stream().allMatch(FrontMatter::isNameLike) ? names : List.of();
    }

    private static boolean isNameLike(String name) {
        return Character.isUpperCase(name.charAt(0)) && name.split(" ").length <= 5;
    }

    private static boolean isWebAddress(String line) {
        if (!(line.startsWith("https://") || line.startsWith("http://"))) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (Paragraphs.isBlank(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
