package org.stancemap.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Markdown line by line into a {@link SourceDocument} whose lines are the file's own lines, so that line
 * numbers a user is told point into the Markdown as written.
 *
 * <p>A line's block markers give its kind ({@code #} heading, {@code - } or {@code 1. } list item, {@code > }
 * block quote, {@code |} table row) and are left out of its text, as are its inline markers (see
 * {@link MarkdownInline}). Lines that are only markup (a {@code ===} underline, a {@code ---} rule, a table's
 * separator row, a code fence) have no text, so they separate paragraphs as a blank line does. Text inside a
 * code fence and a YAML front matter block at the top is kept as written.
 */
final class MarkdownReader {

    /** An underlined line longer than this is a paragraph followed by a rule, not a heading. */
    private static final int MAX_SETEXT_HEADING = 200;
    private static final int MAX_FRONT_MATTER_LINES = 60;

    private MarkdownReader() {
    }

    static SourceDocument read(String name, String text) {
        List<String> raw = Paragraphs.lines(text);
        List<SourceLine> lines = new ArrayList<>(raw.size());
        int frontMatterEnd = frontMatterEnd(raw);
        String fence = null;
        boolean inTable = false;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            int number = i + 1;
            String trimmed = Paragraphs.trim(line);
            if (i < frontMatterEnd) {
                lines.add(SourceLine.plain(number, line));
            } else if (fence != null) {
                boolean closes = trimmed.startsWith(fence);
                lines.add(line(number, line, closes ? "" : trimmed, LineKind.TEXT, ""));
                fence = closes ? null : fence;
            } else if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fence = trimmed.substring(0, 3);
                lines.add(line(number, line, "", LineKind.TEXT, ""));
            } else if (trimmed.isEmpty()) {
                inTable = false;
                lines.add(SourceLine.plain(number, line));
            } else if (isRunOf(trimmed, '=', 3) || isThematicBreak(trimmed)) {
                if (isRunOf(trimmed, '=', 3) || isRunOf(trimmed, '-', 3)) {
                    underline(lines);
                }
                lines.add(line(number, line, "", LineKind.TEXT, ""));
            } else if (inTable || startsTable(trimmed, i + 1 < raw.size() ? raw.get(i + 1) : "")) {
                inTable = trimmed.indexOf('|') >= 0;
                lines.add(inTable ? tableRow(number, line, trimmed) : block(number, line, trimmed));
            } else if (isBordered(trimmed)) {
                lines.add(tableRow(number, line, trimmed));
            } else {
                lines.add(block(number, line, trimmed));
            }
        }
        return new SourceDocument(name, SourceFormat.MARKDOWN, lines);
    }

    private static SourceLine block(int number, String line, String trimmed) {
        int level = headingLevel(trimmed);
        if (level > 0) {
            return inline(number, line, headingContent(trimmed, level), LineKind.HEADING);
        }
        if (trimmed.charAt(0) == '>') {
            int i = 0;
            while (i < trimmed.length() && (trimmed.charAt(i) == '>' || Paragraphs.isBlank(trimmed.charAt(i)))) {
                i++;
            }
            return inline(number, line, trimmed.substring(i), LineKind.BLOCK_QUOTE);
        }
        int listEnd = listMarkerEnd(trimmed);
        if (listEnd > 0) {
            String item = trimmed.substring(listEnd);
            if (item.startsWith("[ ] ") || item.startsWith("[x] ") || item.startsWith("[X] ")) {
                item = item.substring(4);
            }
            return inline(number, line, item, LineKind.LIST_ITEM);
        }
        return inline(number, line, trimmed, LineKind.TEXT);
    }

    private static SourceLine inline(int number, String line, String content, LineKind kind) {
        MarkdownInline.Inline read = MarkdownInline.read(content);
        return line(number, line, read.text(), kind, read.lead());
    }

    private static SourceLine tableRow(int number, String line, String trimmed) {
        if (isTableSeparator(trimmed)) {
            return line(number, line, "", LineKind.TEXT, "");
        }
        List<String> cells = cells(trimmed);
        StringBuilder text = new StringBuilder();
        String lead = "";
        for (int c = 0; c < cells.size(); c++) {
            MarkdownInline.Inline cell = MarkdownInline.read(cells.get(c));
            if (c > 0) {
                text.append('\t');
            }
            text.append(Paragraphs.trim(cell.text()).replace('\t', ' ')); // a tab only ever separates cells
            lead = c == 0 ? cell.lead() : lead;
        }
        return line(number, line, text.toString(), LineKind.TABLE_ROW, lead);
    }

    /** A row's cells: split at each {@code |} that is not escaped, the outer pipes left out. */
    private static List<String> cells(String row) {
        int start = row.charAt(0) == '|' ? 1 : 0;
        int end = row.length();
        if (end > start && row.charAt(end - 1) == '|' && (end < 2 || row.charAt(end - 2) != '\\')) {
            end--;
        }
        List<String> cells = new ArrayList<>();
        int cellStart = start;
        for (int i = start; i < end; i++) {
            char c = row.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                cells.add(row.substring(cellStart, i));
                cellStart = i + 1;
            }
        }
        cells.add(row.substring(Math.min(cellStart, end), end));
        return cells;
    }

    /** Makes the line before a {@code ===} or {@code ---} underline a heading, when it is a short line of text. */
    private static void underline(List<SourceLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        SourceLine previous = lines.get(lines.size() - 1);
        if (previous.kind() == LineKind.TEXT && !previous.text().isEmpty()
                && previous.text().length() <= MAX_SETEXT_HEADING) {
            lines.set(lines.size() - 1, line(previous.number(), previous.shown(), previous.text(), LineKind.HEADING,
                    previous.lead()));
        }
    }

    /** A row with a bar at both ends is a table row even without a separator row under a header. */
    static boolean isBordered(String trimmed) {
        return trimmed.length() > 2 && trimmed.charAt(0) == '|' && trimmed.charAt(trimmed.length() - 1) == '|';
    }

    private static boolean startsTable(String trimmed, String next) {
        return trimmed.indexOf('|') >= 0 && isTableSeparator(Paragraphs.trim(next));
    }

    private static SourceLine line(int number, String shown, String text, LineKind kind, String lead) {
        return new SourceLine(number, shown, text, kind, lead, Optional.empty());
    }

    /** 1 to 6 for a {@code #} to {@code ######} heading line (trimmed), 0 for any other line. */
    static int headingLevel(String trimmed) {
        int level = 0;
        while (level < trimmed.length() && trimmed.charAt(level) == '#') {
            level++;
        }
        boolean ends = level == trimmed.length() || Paragraphs.isBlank(trimmed.charAt(level));
        return level >= 1 && level <= 6 && ends ? level : 0;
    }

    private static String headingContent(String trimmed, int level) {
        String content = Paragraphs.trim(trimmed.substring(level));
        int end = content.length();
        while (end > 0 && content.charAt(end - 1) == '#') {
            end--;
        }
        // closing hashes count only after a blank ("# C#" keeps its hash)
        return end == 0 || Paragraphs.isBlank(content.charAt(end - 1)) ? Paragraphs.trim(content.substring(0, end))
                : content;
    }

    /**
     * The index after a list item's marker and the blank after it ({@code - }, {@code * }, {@code + },
     * {@code 1. }, {@code 1) }), or -1 when the trimmed line does not open a list item.
     */
    static int listMarkerEnd(String trimmed) {
        int i = 0;
        if (trimmed.isEmpty()) {
            return -1;
        }
        char first = trimmed.charAt(0);
        if (first == '-' || first == '*' || first == '+') {
            i = 1;
        } else {
            while (i < trimmed.length() && i < 9 && trimmed.charAt(i) >= '0' && trimmed.charAt(i) <= '9') {
                i++;
            }
            if (i == 0 || i == trimmed.length() || (trimmed.charAt(i) != '.' && trimmed.charAt(i) != ')')) {
                return -1;
            }
            i++;
        }
        if (i >= trimmed.length() || !Paragraphs.isBlank(trimmed.charAt(i))) {
            return -1;
        }
        while (i < trimmed.length() && Paragraphs.isBlank(trimmed.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the trimmed line is {@code c} at least {@code min} times and nothing else. */
    static boolean isRunOf(String trimmed, char c, int min) {
        if (trimmed.length() < min) {
            return false;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            if (trimmed.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    /** A rule: three or more {@code -}, {@code *} or {@code _}, blanks allowed between them. */
    private static boolean isThematicBreak(String trimmed) {
        char c = trimmed.charAt(0);
        if (c != '-' && c != '*' && c != '_') {
            return false;
        }
        int count = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char at = trimmed.charAt(i);
            if (at == c) {
                count++;
            } else if (!Paragraphs.isBlank(at)) {
                return false;
            }
        }
        return count >= 3;
    }

    /** A table's separator row: cells of dashes, optionally with colons, between pipes ({@code |---|:-:|}). */
    static boolean isTableSeparator(String trimmed) {
        if (trimmed.indexOf('|') < 0 || trimmed.indexOf('-') < 0) {
            return false;
        }
        boolean dashInCell = false;
        int cells = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '|') {
                cells += dashInCell ? 1 : 0;
                dashInCell = false;
            } else if (c == '-') {
                dashInCell = true;
            } else if (c != ':' && !Paragraphs.isBlank(c)) {
                return false;
            }
        }
        return cells + (dashInCell ? 1 : 0) >= 1;
    }

    /**
     * The index after a YAML front matter block ({@code ---} on the first line, {@code key: value} lines, then
     * {@code ---} or {@code ...}), or 0 when the text does not open with one.
     */
    static int frontMatterEnd(List<String> lines) {
        if (lines.isEmpty() || !Paragraphs.trim(lines.get(0)).equals("---")) {
            return 0;
        }
        for (int i = 1; i < Math.min(lines.size(), MAX_FRONT_MATTER_LINES); i++) {
            String line = Paragraphs.trim(lines.get(i));
            if (line.equals("---") || line.equals("...")) {
                return i > 1 ? i + 1 : 0;
            }
            boolean yamlLike = line.isEmpty() || line.indexOf(':') > 0 || line.startsWith("- ")
                    || Paragraphs.isBlank(lines.get(i).charAt(0));
            if (!yamlLike) {
                return 0;
            }
        }
        return 0;
    }
}
