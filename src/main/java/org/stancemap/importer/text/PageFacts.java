package org.stancemap.importer.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.stancemap.model.DatePrecision;

/**
 * What a page says about itself outside its text: its title, site name, address and publication date, from
 * {@code <title>}, Open Graph and article metadata, {@code <link rel="canonical">} and {@code <time datetime>}.
 *
 * <p>The facts the text lacks are added to it as lines where {@code FrontMatter} reads an article's opening: the
 * title as a first heading, the date as a date line after it, the address as a line of its own after the title,
 * date and byline. A fact the text already has is not repeated.
 *
 * @param title    the page's title, its site name taken off
 * @param siteName the site's name
 * @param url      the page's own address
 * @param date     the day it was published
 */
record PageFacts(Optional<String> title, Optional<String> siteName, Optional<String> url, Optional<LocalDate> date) {

    /** How far into the text a title or date line counts as already there, as far as FrontMatter looks. */
    private static final int OPENING_LINES = 12;
    private static final int MAX_TITLE_LENGTH = 300;
    private static final int MAX_URL_LENGTH = 2000;
    private static final int MAX_BYLINE_LENGTH = 200;
    private static final DateTimeFormatter DATE_LINE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    static PageFacts of(Document page, Optional<String> firstTime, Optional<String> clipboardUrl) {
        Optional<String> siteName = meta(page, "meta[property=og:site_name]", "meta[name=application-name]");
        Optional<String> title = meta(page, "meta[property=og:title]", "meta[name=twitter:title]")
                .or(() -> Optional.ofNullable(page.selectFirst("head > title")).map(Element::text)
                        .map(Paragraphs::singleSpaced).map(t -> withoutSiteName(t, siteName)))
                .filter(t -> !t.isEmpty() && t.length() <= MAX_TITLE_LENGTH);
        Optional<String> url = attribute(page, "link[rel=canonical]", "href")
                .or(() -> meta(page, "meta[property=og:url]"))
                .or(() -> clipboardUrl)
                .filter(PageFacts::isWebAddress);
        Optional<LocalDate> date = meta(page, "meta[property=article:published_time]",
                "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=date]",
                "meta[name=pubdate]", "meta[name=publish-date]", "meta[name=citation_publication_date]",
                "meta[name=dc.date]").or(() -> firstTime).flatMap(PageFacts::day);
        return new PageFacts(title, siteName, url, date);
    }

    /** {@code lines} with the facts they lack added, and a first line that only names the site dropped. */
    List<HtmlLine> addTo(List<HtmlLine> lines) {
        List<HtmlLine> out = new ArrayList<>(lines);
        int first = nextRead(out, -1);
        if (siteName.isPresent() && first >= 0 && out.get(first).text().equalsIgnoreCase(siteName.get())) {
            out.set(first, out.get(first).droppedAs("site banner"));
        }
        int titleAt = titleLine(out);
        if (titleAt < 0 && title.isPresent()) {
            out.add(0, HtmlLine.added("# " + title.get(), title.get(), LineKind.HEADING, 1));
            out.add(1, HtmlLine.BLANK);
            titleAt = 0;
        }
        int dateAt = dateLine(out);
        if (dateAt < 0 && date.isPresent()) {
            String line = DATE_LINE.format(date.get());
            dateAt = titleAt + 1;
            out.add(dateAt, HtmlLine.BLANK);
            out.add(++dateAt, HtmlLine.added(line, line, LineKind.TEXT, 0));
            out.add(dateAt + 1, HtmlLine.BLANK);
        }
        if (url.isPresent() && (titleAt >= 0 || dateAt >= 0)) {
            int anchor = Math.max(titleAt, dateAt);
            int next = nextRead(out, anchor);
            if (next >= 0 && isByline(out.get(next), anchor == dateAt)) {
                anchor = next;
            }
            out.add(anchor + 1, HtmlLine.BLANK);
            out.add(anchor + 2, HtmlLine.added(url.get(), url.get(), LineKind.TEXT, 0));
            out.add(anchor + 3, HtmlLine.BLANK);
        }
        return out;
    }

    /** The page's {@code <h1>}, or the opening line that reads as the title; -1 when neither is there. */
    private int titleLine(List<HtmlLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isRead() && lines.get(i).headingLevel() == 1) {
                return i;
            }
        }
        int seen = 0;
        for (int i = nextRead(lines, -1); i >= 0 && seen < OPENING_LINES && title.isPresent();
             i = nextRead(lines, i), seen++) {
            if (lines.get(i).text().equalsIgnoreCase(title.get())) {
                return i;
            }
        }
        return -1;
    }

    private static int dateLine(List<HtmlLine> lines) {
        int seen = 0;
        for (int i = nextRead(lines, -1); i >= 0 && seen < OPENING_LINES; i = nextRead(lines, i), seen++) {
            if (CitationDateReader.read(lines.get(i).text()).precision() == DatePrecision.DAY) {
                return i;
            }
        }
        return -1;
    }

    /** A "By …" line, or right after a date line a short line that does not end like a sentence. */
    private static boolean isByline(HtmlLine line, boolean afterDate) {
        String text = line.text();
        if (text.length() > MAX_BYLINE_LENGTH || line.kind() != LineKind.TEXT) {
            return false;
        }
        return text.regionMatches(true, 0, "by ", 0, 3)
                || (afterDate && ".?!:".indexOf(text.charAt(text.length() - 1)) < 0);
    }

    private static int nextRead(List<HtmlLine> lines, int after) {
        for (int i = after + 1; i < lines.size(); i++) {
            if (lines.get(i).isRead()) {
                return i;
            }
        }
        return -1;
    }

    /** "Title | Site" → "Title" when the part after the bar is the site's name, or short beside the title. */
    private static String withoutSiteName(String title, Optional<String> siteName) {
        for (String bar : List.of(" | ", " – ", " — ", " - ")) {
            int at = title.lastIndexOf(bar);
            if (at <= 0) {
                continue;
            }
            String tail = title.substring(at + bar.length());
            boolean namesSite = siteName.isPresent() && tail.equalsIgnoreCase(siteName.get());
            boolean shortTail = bar.equals(" | ") && tail.split(" ").length <= 5 && tail.length() * 2 < at;
            if (namesSite || shortTail) {
                return title.substring(0, at);
            }
        }
        return title;
    }

    private static Optional<String> meta(Document page, String... queries) {
        for (String query : queries) {
            Optional<String> content = attribute(page, query, "content");
            if (content.isPresent()) {
                return content;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attribute(Document page, String query, String attribute) {
        Element element = page.selectFirst(query);
        return element == null ? Optional.empty()
                : Optional.of(Paragraphs.singleSpaced(element.attr(attribute))).filter(v -> !v.isEmpty());
    }

    private static boolean isWebAddress(String url) {
        if (url.length() > MAX_URL_LENGTH || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            if (Paragraphs.isBlank(url.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The day a machine-readable date ({@code 2019-06-14}, {@code 2019-06-14T09:30:00Z}, {@code 2019/06/14}) names. */
    private static Optional<LocalDate> day(String value) {
        String v = Paragraphs.trim(value);
        if (v.length() < 10 || !isDigits(v, 0, 4) || !isDigits(v, 5, 7) || !isDigits(v, 8, 10)
                || v.charAt(4) != v.charAt(7) || (v.charAt(4) != '-' && v.charAt(4) != '/')) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)),
                    Integer.parseInt(v.substring(8, 10)));
            return date.getYear() >= 1900 && date.getYear() <= 2200 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
