package org.stancemap.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The line a page walk is writing: its words, their Markdown form, and the bold words it opens with.
 *
 * <p>Whitespace collapses as a browser collapses it: a run of blanks becomes one space, written only once a word
 * follows it, so a line never starts or ends with one. Markdown marks ({@code **}, {@code _}, {@code [}) are
 * written only when a word follows them too, so an empty {@code <b></b>} leaves nothing and a mark never ends up
 * on the wrong side of a space ({@code **Jane Roe** said}, not {@code **Jane Roe **said}).
 */
final class HtmlLineWriter {

    private static final int MAX_STYLE_LOOKED_AT = 2000;

    private final StringBuilder shown = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private final List<Mark> open = new ArrayList<>();
    private int firstUnwritten;
    private int bold;
    private int italic;
    private int link;
    private boolean pendingSpace;
    private boolean captionWords;
    private boolean otherWords;
    private Mark lead;
    private int leadEnd = -1;

    /** An inline element's Markdown, written around its words. */
    static final class Mark {
        private final String before;
        private final String after;
        private final boolean bold;
        private final boolean inText;
        private boolean written;

        private Mark(String before, String after, boolean bold, boolean inText) {
            this.before = before;
            this.after = after;
            this.bold = bold;
            this.inText = inText;
        }
    }

    /**
     * @param shown   the words as Markdown, without the line's block prefix
     * @param text    the words
     * @param lead    the bold words the line opens with, or ""
     * @param caption whether every word came from a caption
     */
    record Written(String shown, String text, String lead, boolean caption) {
    }

    /**
     * Opens the mark {@code element} puts on its words, if any: bold ({@code <b>}, {@code <strong>}, a span styled
     * bold), emphasis, a link, or an inline quotation; null when it puts none.
     */
    Mark open(Element element) {
        Mark mark = switch (element.normalName()) {
            case "b", "strong" -> bold > 0 || isStyledNormal(element) ? null : new Mark("**", "**", true, false);
            case "span" -> bold == 0 && isStyledBold(element) ? new Mark("**", "**", true, false) : null;
            case "i", "em" -> italic > 0 ? null : new Mark("_", "_", false, false);
            case "q" -> new Mark("“", "”", false, true);
            case "a" -> link(Paragraphs.singleSpaced(element.attr("href")));
            default -> null;
        };
        if (mark != null) {
            open.add(mark);
            count(mark, 1);
        }
        return mark;
    }

    private Mark link(String href) {
        boolean linked = !href.isEmpty() && !href.regionMatches(true, 0, "javascript:", 0, 11) && link == 0;
        return linked ? new Mark("[", "](" + href + ")", false, false) : null;
    }

    /** Closes {@code mark}, the innermost one open. */
    void close(Mark mark) {
        open.remove(open.size() - 1);
        count(mark, -1);
        firstUnwritten = Math.min(firstUnwritten, open.size());
        if (!mark.written) {
            return;
        }
        shown.append(mark.after);
        if (mark.inText) {
            text.append(mark.after);
        }
        if (mark == lead) {
            leadEnd = text.length();
            lead = null;
        }
    }

    /**
     * Writes {@code words}; in preformatted text a line feed ends the line ({@code lineEnd} is run) and blanks
     * are kept.
     *
     * @param caption whether the words are a caption's
     */
    void append(String words, boolean preformatted, boolean caption, Runnable lineEnd) {
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (preformatted && (c == '\n' || c == '\r')) {
                if (c == '\n') {
                    lineEnd.run();
                }
            } else if (Paragraphs.isBlank(c) && !(preformatted && text.length() > 0)) {
                space();
            } else {
                if (pendingSpace) {
                    text.append(' ');
                    shown.append(' ');
                    pendingSpace = false;
                }
                writeMarks();
                char written = Paragraphs.isBlank(c) ? ' ' : c;
                text.append(written);
                shown.append(written);
                captionWords |= caption;
                otherWords |= !caption;
            }
        }
    }

    /** A space before the next word, unless the line or its table cell has no word yet. */
    void space() {
        pendingSpace = text.length() > 0 && text.charAt(text.length() - 1) != '\t';
    }

    /** Starts a table row's next cell: a tab between cells in the text, a bar in the Markdown. */
    void nextCell(boolean first) {
        if (!first) {
            text.append('\t');
            shown.append(" | ");
        }
        pendingSpace = false;
    }

    boolean hasWords() {
        return !Paragraphs.trim(text.toString()).isEmpty();
    }

    /** The line written so far, its open marks closed; the writer starts a new line, the marks open again. */
    Written take() {
        for (int k = open.size() - 1; k >= 0; k--) {
            Mark mark = open.get(k);
            if (mark.written) {
                shown.append(mark.after);
                if (mark.inText) {
                    text.append(mark.after);
                }
            }
        }
        String words = text.toString();
        String leading = lead != null ? words : leadEnd >= 0 ? words.substring(0, leadEnd) : "";
        Written written = new Written(shown.toString(), words, MarkdownInline.leadOf(leading),
                captionWords && !otherWords);
        discard();
        return written;
    }

    /** Forgets the line written so far. */
    void discard() {
        shown.setLength(0);
        text.setLength(0);
        pendingSpace = false;
        captionWords = false;
        otherWords = false;
        lead = null;
        leadEnd = -1;
        open.forEach(mark -> mark.written = false);
        firstUnwritten = 0;
    }

    /**
     * Writes the marks opened since the last word. A bold mark before the line's first word starts its lead, and
     * one right after the lead and a space continues it ({@code <b>Jane</b> <b>Roe</b>}).
     */
    private void writeMarks() {
        for (int k = firstUnwritten; k < open.size(); k++) {
            Mark mark = open.get(k);
            if (mark.bold && lead == null && (text.length() == 0 || (leadEnd >= 0 && text.length() - leadEnd <= 1))) {
                lead = mark;
                leadEnd = -1;
            }
            shown.append(mark.before);
            if (mark.inText) {
                text.append(mark.before);
            }
            mark.written = true;
        }
        firstUnwritten = open.size();
    }

    private void count(Mark mark, int change) {
        bold += mark.bold ? change : 0;
        italic += mark.before.equals("_") ? change : 0;
        link += mark.before.equals("[") ? change : 0;
    }

    /** Google Docs wraps a whole paste in a {@code <b style="font-weight:normal">} and marks bold on spans. */
    private static boolean isStyledNormal(Element element) {
        String weight = fontWeight(element);
        return weight.equals("normal") || weight.equals("400");
    }

    private static boolean isStyledBold(Element element) {
        String weight = fontWeight(element);
        return weight.equals("bold") || weight.equals("bolder") || weight.equals("600") || weight.equals("700")
                || weight.equals("800") || weight.equals("900");
    }

    private static String fontWeight(Element element) {
        String style = element.attr("style");
        int at = style.length() > MAX_STYLE_LOOKED_AT ? -1 : style.toLowerCase(Locale.ROOT).indexOf("font-weight");
        if (at < 0) {
            return "";
        }
        int colon = style.indexOf(':', at);
        int end = colon < 0 ? -1 : style.indexOf(';', colon);
        return colon < 0 ? "" : Paragraphs.trim(style.substring(colon + 1, end < 0 ? style.length() : end))
                .toLowerCase(Locale.ROOT);
    }
}
