package org.stancemap.importer.text;

import java.util.Optional;

/**
 * A line read from a page, before it is numbered: a {@link SourceLine} without its number, plus what only the
 * page's structure tells.
 *
 * @param shown        the line as Markdown
 * @param text         its words
 * @param kind         what its element is
 * @param lead         the bold words it opens with, or ""
 * @param dropped      why it is not part of the article, or empty
 * @param headingLevel 1 to 6 for a heading, else 0
 * @param caption      whether all of it is a figure's caption or a credit, which is decided on once the lines
 *                     after it are known
 */
record HtmlLine(String shown, String text, LineKind kind, String lead, Optional<String> dropped, int headingLevel,
                boolean caption) {

    static final HtmlLine BLANK = new HtmlLine("", "", LineKind.TEXT, "", Optional.empty(), 0, false);

    static HtmlLine dropped(String text, String reason) {
        return new HtmlLine(text, text, LineKind.TEXT, "", Optional.of(reason), 0, false);
    }

    static HtmlLine added(String shown, String text, LineKind kind, int headingLevel) {
        return new HtmlLine(shown, text, kind, "", Optional.empty(), headingLevel, false);
    }

    boolean isBlank() {
        return text.isEmpty() && dropped.isEmpty();
    }

    /** Kept and not blank: a line a format will read. */
    boolean isRead() {
        return dropped.isEmpty() && !text.isEmpty();
    }

    HtmlLine droppedAs(String reason) {
        return new HtmlLine(shown, text, kind, lead, Optional.of(reason), headingLevel, caption);
    }

    HtmlLine keptAsText() {
        return new HtmlLine(shown, text, kind, lead, dropped, headingLevel, false);
    }

    SourceLine numbered(int number) {
        return new SourceLine(number, shown, text, kind, lead, dropped);
    }
}
