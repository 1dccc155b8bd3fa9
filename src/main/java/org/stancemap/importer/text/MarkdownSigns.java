package org.stancemap.importer.text;

import java.util.List;

/**
 * The signs that a text is Markdown, counted over its opening lines.
 *
 * <p><em>Strong</em> signs are syntax plain prose never has: {@code # } headings, {@code **bold**}, links
 * {@code [text](url)}, {@code ===} underlines, table separator rows, code fences, a page-to-Markdown tool's
 * {@code Markdown Content:} line. <em>Weak</em> signs are what plain text has too: {@code - } bullets,
 * {@code 1. } numbered lines, {@code > } quotes, {@code |}-bordered rows.
 *
 * @param strong   lines with a strong sign
 * @param weak     lines with only a weak sign
 * @param nonBlank the non-blank lines looked at
 */
record MarkdownSigns(int strong, int weak, int nonBlank) {

    private static final int MAX_LINES = 400;

    /** The signs in {@code opening}'s first {@value #MAX_LINES} lines. */
    static MarkdownSigns count(String opening) {
        List<String> lines = Paragraphs.lines(opening);
        int strong = 0;
        int weak = 0;
        int nonBlank = 0;
        String previous = "";
        for (int i = 0; i < Math.min(lines.size(), MAX_LINES); i++) {
            String line = lines.get(i);
            String trimmed = Paragraphs.trim(line);
            if (trimmed.isEmpty()) {
                previous = trimmed;
                continue;
            }
            nonBlank++;
            if (isStrong(trimmed, !previous.isEmpty())) {
                strong++;
            } else if (isWeak(trimmed)) {
                weak++;
            }
            previous = trimmed;
        }
        return new MarkdownSigns(strong, weak, nonBlank);
    }

    /** Two strong signs, or one with a weak one, or a text that is largely bullets or numbered lines. */
    boolean areConvincing() {
        return strong >= 2 || (strong >= 1 && weak >= 1) || (weak >= 3 && weak * 5 >= nonBlank);
    }

    private static boolean isStrong(String line, boolean followsText) {
        return MarkdownReader.headingLevel(line) > 0
                || (followsText && MarkdownReader.isRunOf(line, '=', 3))
                || MarkdownReader.isTableSeparator(line)
                || line.startsWith("```") || line.startsWith("~~~")
                || line.equals("Markdown Content:")
                || hasBoldPair(line)
                || hasLink(line);
    }

    private static boolean isWeak(String line) {
        return MarkdownReader.listMarkerEnd(line) > 0 || line.startsWith("> ") || MarkdownReader.isBordered(line);
    }

    private static boolean hasBoldPair(String line) {
        int first = line.indexOf("**");
        return first >= 0 && line.indexOf("**", first + 3) > 0;
    }

    private static boolean hasLink(String line) {
        int close = line.indexOf("](");
        return close > 0 && line.lastIndexOf('[', close) >= 0;
    }
}
