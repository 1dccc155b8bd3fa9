package org.stancemap.importer.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stancemap.model.DatePrecision;

/**
 * Sets aside the lines of a source that are the page around a round-up, not the round-up, before any format
 * reads it: site banners and menus, runs of links, share and newsletter widgets, photo captions and credits,
 * cookie notices, copyright lines, and the metadata lines page-to-Markdown tools write. Each is dropped with
 * the reason a user is shown ({@link SourceDocument#dropped()}), so nothing disappears unexplained.
 *
 * <p>Cautious by design: a line is dropped for fixed phrases or a clear shape only, never a line that ends with a
 * citation or holds quotation marks, and menu words ("Research", "LinkedIn") only in a run of three or more such
 * lines or beside a line already dropped as a menu. Image alt text that a copy glued to the start of a paragraph
 * ({@code Portrait of Jane RoeJane Roe is…}) is cut from the line's text when the glued words repeat, its shown
 * form left as it was. Every rule looks at each line a bounded number of times.
 */
public final class PageCleaner {

    private static final String SCRAPER = "scraper metadata";
    private static final String URL_SOURCE = "URL Source:";
    private static final String PUBLISHED_TIME = "Published Time:";
    private static final List<String> SCRAPER_KEYS = List.of("Title:", URL_SOURCE, PUBLISHED_TIME,
            "Markdown Content:", "Warning:");
    private static final int SCRAPER_HEADER_LINES = 20;
    private static final int MENU_RUN = 3;
    private static final int COOKIE_BUTTONS_AFTER = 4;

    private PageCleaner() {
    }

    /** {@code document} with its furniture dropped; lines it already dropped keep their reason. */
    public static SourceDocument clean(SourceDocument document) {
        Map<Integer, String> reasons = new LinkedHashMap<>();
        SourceDocument read = scraperHeader(document, reasons);
        List<SourceLine> lines = read.lines();
        if (document.format() == SourceFormat.MARKDOWN) {
            frontMatter(lines, reasons);
        }
        for (SourceLine line : lines) {
            String text = Paragraphs.trim(line.text());
            if (line.isKept() && !text.isEmpty() && !reasons.containsKey(line.number())) {
                PageFurniture.reasonFor(text).ifPresent(reason -> reasons.put(line.number(), reason));
            }
        }
        boolean linked = document.format() != SourceFormat.PLAIN_TEXT;
        menuRuns(lines, reasons, linked);
        cookieButtons(lines, reasons);
        return withoutGluedAltText(read).withDropped(reasons);
    }

    /**
     * The {@code Title:}, {@code URL Source:}… lines a page-to-Markdown tool writes above the page, dropped, but
     * for the page's address and publication time: those lines are kept holding only the address or the day, as
     * the front matter reads them ("URL Source: https://…" → "https://…", "Published Time: 2023-08-02T09:00:00Z"
     * → "2023-08-02"). The page's own title and date, further down, are the ones a reader sees and come first.
     */
    private static SourceDocument scraperHeader(SourceDocument document, Map<Integer, String> reasons) {
        List<SourceLine> lines = document.lines();
        int end = Math.min(lines.size(), SCRAPER_HEADER_LINES);
        boolean signed = false;
        for (int i = 0; i < end && !signed; i++) {
            String text = Paragraphs.trim(lines.get(i).text());
            signed = text.startsWith(URL_SOURCE) || text.equals("Markdown Content:");
        }
        if (!signed) {
            return document;
        }
        List<SourceLine> read = new ArrayList<>(lines);
        for (int i = 0; i < end; i++) {
            SourceLine line = lines.get(i);
            String text = Paragraphs.trim(line.text());
            Optional<String> kept = line.isKept() ? scraperFact(text) : Optional.empty();
            if (kept.isPresent()) {
                read.set(i, new SourceLine(line.number(), line.shown(), kept.get(), LineKind.TEXT, "", line.dropped()));
            } else if (line.isKept() && SCRAPER_KEYS.stream().anyMatch(text::startsWith)) {
                reasons.put(line.number(), SCRAPER);
            }
            if (text.equals("Markdown Content:")) {
                break;
            }
        }
        return new SourceDocument(document.name(), document.format(), read);
    }

    /** The address a {@code URL Source:} line gives, or the day a {@code Published Time:} line gives, if any. */
    private static Optional<String> scraperFact(String text) {
        if (text.startsWith(URL_SOURCE)) {
            String url = Paragraphs.trim(text.substring(URL_SOURCE.length()));
            boolean address = (url.startsWith("https://") || url.startsWith("http://")) && url.indexOf(' ') < 0
                    && url.indexOf('\t') < 0;
            return address ? Optional.of(url) : Optional.empty();
        }
        if (text.startsWith(PUBLISHED_TIME)) {
            String time = Paragraphs.trim(text.substring(PUBLISHED_TIME.length()));
            String day = time.length() > 10 && time.charAt(10) == 'T' ? time.substring(0, 10) : time;
            boolean whole = CitationDateReader.read(day).precision() == DatePrecision.DAY;
            return whole ? Optional.of(day) : Optional.empty();
        }
        return Optional.empty();
    }

    private static void frontMatter(List<SourceLine> lines, Map<Integer, String> reasons) {
        List<String> opening = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.size(), 64); i++) {
            opening.add(lines.get(i).shown());
        }
        int end = MarkdownReader.frontMatterEnd(opening);
        for (int i = 0; i < end; i++) {
            reasons.put(lines.get(i).number(), "page metadata");
        }
    }

    /**
     * Menu words and lines of links only, dropped where three or more stand together (blank lines between them
     * allowed) or where they follow a line already dropped as a menu, share bar or list of related links.
     */
    private static void menuRuns(List<SourceLine> lines, Map<Integer, String> reasons, boolean linked) {
        List<SourceLine> run = new ArrayList<>();
        String anchor = null;
        for (SourceLine line : lines) {
            String text = Paragraphs.trim(line.text());
            if (line.isKept() && text.isEmpty()) {
                continue;
            }
            String already = reasons.getOrDefault(line.number(), line.dropped().orElse(null));
            if (isMenuAnchor(already)) {
                dropRun(run, anchor, reasons);
                run.clear();
                anchor = already;
                continue;
            }
            boolean menuLike = already == null && line.isKept() && (PageFurniture.menuWord(text).isPresent()
                    || (linked && LinkLines.isLinksOnly(line.shown(), anchor != null)));
            if (menuLike) {
                run.add(line);
            } else {
                dropRun(run, anchor, reasons);
                run.clear();
                anchor = null;
            }
        }
        dropRun(run, anchor, reasons);
    }

    private static boolean isMenuAnchor(String reason) {
        return PageFurniture.NAVIGATION.equals(reason) || PageFurniture.SHARE.equals(reason)
                || "related links".equals(reason);
    }

    private static void dropRun(List<SourceLine> run, String anchor, Map<Integer, String> reasons) {
        if (run.isEmpty() || (anchor == null && run.size() < MENU_RUN)) {
            return;
        }
        for (SourceLine line : run) {
            Optional<String> word = PageFurniture.menuWord(Paragraphs.trim(line.text()));
            String reason = word.isPresent() && !"related links".equals(anchor) ? word.get()
                    : anchor != null ? anchor : PageFurniture.NAVIGATION;
            reasons.put(line.number(), reason);
        }
    }

    private static void cookieButtons(List<SourceLine> lines, Map<Integer, String> reasons) {
        int after = -1;
        for (SourceLine line : lines) {
            String text = Paragraphs.trim(line.text());
            if (text.isEmpty()) {
                continue;
            }
            if (PageFurniture.COOKIES.equals(reasons.get(line.number()))) {
                after = 0;
            } else if (after >= 0 && after < COOKIE_BUTTONS_AFTER && line.isKept()
                    && PageFurniture.isCookieButton(text)) {
                reasons.put(line.number(), PageFurniture.COOKIES);
                after++;
            } else {
                after = -1;
            }
        }
    }

    private static SourceDocument withoutGluedAltText(SourceDocument document) {
        List<SourceLine> lines = null;
        for (SourceLine line : document.lines()) {
            Optional<String> unglued = line.isKept() ? GluedAltText.cut(line.text()) : Optional.empty();
            if (unglued.isPresent()) {
                lines = lines == null ? new ArrayList<>(document.lines()) : lines;
                lines.set(line.number() - 1, new SourceLine(line.number(), line.shown(), unglued.get(), line.kind(),
                        line.lead(), line.dropped()));
            }
        }
        return lines == null ? document : new SourceDocument(document.name(), document.format(), lines);
    }
}
