package org.stancemap.importer.text;

/**
 * Tells a line that is nothing but links, as a menu or a list of "related" articles is once a page becomes
 * Markdown: {@code - [Research](/research)}, {@code [Home](/) | [About](/about)}.
 */
final class LinkLines {

    /** A menu line is short; a longer one is not looked at. */
    private static final int MAX_LENGTH = 2000;
    private static final String BETWEEN_LINKS = "|·•,-–—/*_";

    private LinkLines() {
    }

    /**
     * Whether the shown Markdown line holds one or more links and nothing else but images, separators and list
     * or quote markers.
     *
     * @param commasAllowed whether a link's text may hold a comma: a menu item has none, so outside a list already
     *                      known to be links, {@code [Jane Roe, Fellow](…)} is taken for a name, not a menu item
     */
    static boolean isLinksOnly(String shown, boolean commasAllowed) {
        if (shown.length() > MAX_LENGTH) {
            return false;
        }
        String line = Paragraphs.trim(shown);
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == '#'
                || Paragraphs.isBlank(line.charAt(i)))) {
            i++;
        }
        int marker = MarkdownReader.listMarkerEnd(line.substring(i));
        i += Math.max(marker, 0);
        int links = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Paragraphs.isBlank(c) || BETWEEN_LINKS.indexOf(c) >= 0) {
                i++;
                continue;
            }
            boolean image = c == '!' && i + 1 < line.length() && line.charAt(i + 1) == '[';
            if (!image && c != '[') {
                return false;
            }
            int textStart = image ? i + 2 : i + 1;
            int textEnd = closing(line, textStart, '[', ']');
            if (textEnd < 0 || textEnd + 1 >= line.length() || line.charAt(textEnd + 1) != '(') {
                return false;
            }
            int end = closing(line, textEnd + 2, '(', ')');
            if (end < 0) {
                return false;
            }
            if (!image) {
                if (!commasAllowed && line.substring(textStart, textEnd).indexOf(',') >= 0) {
                    return false;
                }
                links++;
            }
            i = end + 1;
        }
        return links > 0;
    }

    /** The index of the {@code close} that ends a bracket opened just before {@code from}, or -1. */
    private static int closing(String line, int from, char open, char close) {
        int depth = 1;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
