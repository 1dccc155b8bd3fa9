package org.stancemap.importer.roundup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancemap.importer.text.DateLine;
import org.stancemap.importer.text.ExpertHeader;
import org.stancemap.importer.text.LineKind;
import org.stancemap.importer.text.Paragraph;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DatePrecision;

/**
 * What comes before the first expert entry: title, date line, byline, URL and the introduction.
 *
 * <p>Read by position, as an article lays them out. A page with markup marks its title as a heading, so the first
 * heading among the opening lines is the title, whatever order the byline and the date line come in around it,
 * unless a plain title, date line and byline stand above it (the heading then opens the introduction).
 * Plain text marks nothing: there the first whole date line ("June 14, 2019", "Published: Feb. 11, 2024",
 * "Nov 12, 2024 · 6 min read") with a line before it is the date line and that line the title; without one, the
 * title is the first opening line that does not end like a sentence. A byline is the line between the title and
 * the date line, or the one after both; it needs a "By" unless a date line stands beside it. A line holding only a
 * web address is the URL wherever it stands, never the title. Lines before the title (a photo caption, a page's
 * metadata) are not part of the round-up's text.
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

    private record Line(String text, int paragraph, boolean heading, boolean webAddress, Optional<LocalDate> day) {
    }

    public static FrontMatter read(List<Paragraph> paragraphs) {
        List<Line> lines = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            boolean heading = paragraphs.get(p).kind() == LineKind.HEADING;
            for (String text : paragraphs.get(p).lines()) {
                boolean webAddress = isWebAddress(text);
                boolean dated = !webAddress && lines.size() < OPENING_LINES;
                lines.add(new Line(text, p, heading, webAddress, dated ? dayOf(text) : Optional.empty()));
            }
        }
        int opening = Math.min(lines.size(), OPENING_LINES);
        int urlAt = -1;
        for (int i = 0; i < lines.size() && urlAt < 0; i++) {
            urlAt = lines.get(i).webAddress() ? i : -1;
        }
        int headingAt = firstHeading(lines, opening);
        int dateAt = firstDayWithLineBefore(lines, opening);
        int titleAt = dateAt >= 0 ? before(lines, dateAt) : -1;
        int afterDate = after(lines, dateAt);
        // title, date line and byline in plain lines above the first heading: that heading starts the introduction
        boolean plainBlock = dateAt >= 0 && dateAt < headingAt && afterDate >= 0 && afterDate < headingAt
                && !byline(lines.get(afterDate).text(), true).isEmpty();
        if (headingAt >= 0 && !plainBlock) {
            titleAt = headingAt;
            // a date set after the title is the article's; one above it (a page's metadata) only stands in for it
            dateAt = firstDay(lines, titleAt + 1, opening);
            dateAt = dateAt >= 0 ? dateAt : firstDay(lines, 0, titleAt);
        } else if (titleAt < 0) {
            dateAt = firstDay(lines, 0, opening);
            titleAt = firstTitleLike(lines, dateAt + 1, opening);
        }
        int bylineAt = -1;
        List<String> authors = List.of();
        int betweenTitleAndDate = after(lines, titleAt);
        if (titleAt < dateAt && betweenTitleAndDate >= 0 && betweenTitleAndDate < dateAt) {
            authors = byline(lines.get(betweenTitleAndDate).text(), true);
            bylineAt = authors.isEmpty() ? -1 : betweenTitleAndDate;
        }
        int afterBoth = after(lines, Math.max(titleAt, dateAt));
        if (bylineAt < 0 && afterBoth >= 0) {
            authors = byline(lines.get(afterBoth).text(), dateAt >= 0);
            bylineAt = authors.isEmpty() ? -1 : afterBoth;
        }

        List<String> intro = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        int pendingParagraph = -1;
        for (int i = titleAt + 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i == dateAt || i == bylineAt || i == urlAt) {
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
        Optional<LocalDate> date = dateAt < 0 ? Optional.empty() : lines.get(dateAt).day();
        Optional<String> url = urlAt < 0 ? Optional.empty() : Optional.of(lines.get(urlAt).text());
        return new FrontMatter(title, date, authors, url, intro);
    }

    private static Optional<LocalDate> dayOf(String line) {
        return DateLine.read(line).filter(date -> date.precision() == DatePrecision.DAY).flatMap(CitationDate::start);
    }

    private static int firstHeading(List<Line> lines, int to) {
        for (int i = 0; i < to; i++) {
            Line line = lines.get(i);
            if (line.heading() && !line.webAddress() && line.day().isEmpty() && isTitleLength(line.text())) {
                return i;
            }
        }
        return -1;
    }

    private static int firstDay(List<Line> lines, int from, int to) {
        for (int i = Math.max(from, 0); i < to; i++) {
            if (lines.get(i).day().isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static int firstDayWithLineBefore(List<Line> lines, int to) {
        for (int i = 0; i < to; i++) {
            if (lines.get(i).day().isPresent() && before(lines, i) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The nearest line before {@code i} that is not a web address, or -1. */
    private static int before(List<Line> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines.get(j).webAddress()) {
                return j;
            }
        }
        return -1;
    }

    /** The nearest line after {@code i} that is not a web address, or -1. */
    private static int after(List<Line> lines, int i) {
        for (int j = Math.max(i + 1, 0); j < lines.size(); j++) {
            if (!lines.get(j).webAddress()) {
                return j;
            }
        }
        return -1;
    }

    private static int firstTitleLike(List<Line> lines, int from, int to) {
        int fallback = -1;
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            if (line.webAddress()) {
                continue;
            }
            if (isTitleLength(line.text()) && !line.text().endsWith(".")) {
                return i;
            }
            fallback = fallback < 0 ? i : fallback;
        }
        return fallback >= 0 ? fallback : after(lines, to - 1);
    }

    private static boolean isTitleLength(String text) {
        return !text.isEmpty() && text.length() <= MAX_TITLE_LENGTH;
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
