package org.stancemap.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a round-up's text into paragraphs, numbering lines the way an editor does.
 *
 * <p>LF, CRLF and CR all end a line, and a leading byte order mark is dropped, so the same article imports
 * identically whichever way it was saved. When the text separates paragraphs by blank lines, consecutive
 * lines form one paragraph (a hard-wrapped quote stays whole), except that a line ending with a citation
 * always ends its paragraph. When the text has no blank line between paragraphs, every line is one.
 */
public final class Paragraphs {

    /** A citation wrapped over more lines than this is not recognised as one. */
    private static final int CITATION_LINES = 3;

    private Paragraphs() {
    }

    /** The paragraphs of plain {@code text}, lines numbered from 1. */
    public static List<Paragraph> split(String text) {
        return SourceDocument.plainText("", text).paragraphs();
    }

    /**
     * The paragraphs of a document's kept lines. A dropped line ends a paragraph as a blank line does; a heading,
     * list item or table row starts a paragraph of its own, and only a list item takes the text lines under it.
     */
    static List<Paragraph> split(SourceDocument document) {
        List<SourceLine> lines = document.lines();
        boolean blankLinesSeparate = hasBlankLineBetweenText(lines);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        SourceLine pendingFirst = null;
        for (SourceLine sourceLine : lines) {
            String line = sourceLine.isKept() ? trim(sourceLine.text()) : "";
            if (line.isEmpty()) {
                flush(pending, pendingFirst, paragraphs);
                continue;
            }
            boolean inItem = !pending.isEmpty() && pendingFirst.kind() == LineKind.LIST_ITEM;
            // a list item runs on over the text lines under it ("1. Roe: “… two years,\n   above all …”"); without
            // blank lines between paragraphs, only an indented line can be its continuation
            boolean continuesItem = inItem && sourceLine.kind() == LineKind.TEXT
                    && (blankLinesSeparate || !sourceLine.shown().isEmpty() && isBlank(sourceLine.shown().charAt(0)));
            if (sourceLine.kind().standsAlone() || inItem && !continuesItem) {
                flush(pending, pendingFirst, paragraphs);
            }
            if (pending.isEmpty()) {
                pendingFirst = sourceLine;
            }
            pending.add(line);
            if (pendingFirst.kind() == LineKind.LIST_ITEM) {
                continue; // kept open for the lines that continue it
            }
            if (!blankLinesSeparate || sourceLine.kind().standsAlone()) {
                flush(pending, pendingFirst, paragraphs);
            } else if (line.endsWith(")") || line.endsWith(").")) {
                Optional<CitedQuote> citation = tailCitation(pending);
                if (citation.isPresent()) {
                    // a one-line paragraph is its own tail: reuse that reading
                    paragraphs.add(pending.size() == 1
                            ? new Paragraph(line, pendingFirst.number(), pending, citation, pendingFirst.kind(),
                                    pendingFirst.lead())
                            : paragraph(pending, pendingFirst));
                    pending.clear();
                }
            }
        }
        flush(pending, pendingFirst, paragraphs);
        return paragraphs;
    }

    /** How many of {@code paragraphs} end in a citation: formats without citations step back when most do. */
    public static int quoteCount(List<Paragraph> paragraphs) {
        int cited = 0;
        for (Paragraph paragraph : paragraphs) {
            cited += paragraph.isQuote() ? 1 : 0;
        }
        return cited;
    }

    /** The text's lines without their terminators; a leading byte order mark is not part of the first. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        // The next LF and CR at or after start, each found by String.indexOf's vectorised scan and looked
        // for again only once passed, so the text is scanned about twice whatever its line endings.
        int lf = -1;
        int cr = -1;
        while (start < length) {
            lf = lf < start ? indexOrLength(text, '\n', start) : lf;
            cr = cr < start ? indexOrLength(text, '\r', start) : cr;
            int end = Math.min(lf, cr);
            lines.add(text.substring(start, end));
            start = end + (end + 1 < length && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return lines;
    }

    private static int indexOrLength(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    /** Whitespace as a reader sees it: also the no-break spaces and byte order marks pasted text carries. */
    public static boolean isBlank(char c) {
        if (c > ' ' && c < '\u007F') {
            return false; // printable ASCII, by far the most common case
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** {@code text} without the blank characters around it. */
    public static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** {@code text} trimmed, with every run of blanks inside it (no-break spaces too) made one space. */
    public static String singleSpaced(String text) {
        if (isSingleSpaced(text)) {
            return text; // the common case: no copy
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSingleSpaced(String text) {
        int length = text.length();
        if (length > 0 && (isBlank(text.charAt(0)) || isBlank(text.charAt(length - 1)))) {
            return false;
        }
        boolean afterSpace = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (isBlank(c)) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return true;
    }

    private static boolean isBlankLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isBlank(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBlankLineBetweenText(List<SourceLine> lines) {
        boolean seenText = false;
        boolean blankAfterText = false;
        for (SourceLine line : lines) {
            if (!line.isKept()) {
                continue;
            }
            boolean blank = isBlankLine(line.text());
            if (!blank && blankAfterText) {
                return true;
            }
            seenText |= !blank;
            blankAfterText |= blank && seenText;
        }
        return false;
    }

    /**
     * Reads only the paragraph's tail, the last few lines as far back as a citation can reach, so that the
     * cost per line stays bounded however long the block.
     */
    private static Optional<CitedQuote> tailCitation(List<String> pending) {
        int first = pending.size() - 1;
        int length = pending.get(first).length();
        while (first > 0 && first > pending.size() - CITATION_LINES && length <= TrailingCitation.MAX_CITATION_LENGTH + 2) {
            first--;
            length += pending.get(first).length() + 1;
        }
        return TrailingCitation.read(joined(pending.subList(first, pending.size())));
    }

    private static void flush(List<String> pending, SourceLine first, List<Paragraph> paragraphs) {
        if (!pending.isEmpty()) {
            paragraphs.add(paragraph(pending, first));
            pending.clear();
        }
    }

    private static Paragraph paragraph(List<String> lines, SourceLine first) {
        String text = joined(lines);
        return new Paragraph(text, first.number(), lines, TrailingCitation.read(text), first.kind(), first.lead());
    }

    private static String joined(List<String> lines) {
        return lines.size() == 1 ? lines.get(0) : String.join(" ", lines);
    }
}
