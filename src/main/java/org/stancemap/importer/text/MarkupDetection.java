package org.stancemap.importer.text;

import java.util.Locale;
import java.util.Set;

/**
 * Tells which markup a text a user brings is written in: a saved web page or a browser's HTML paste, Markdown
 * (a {@code .md} file, or the output of a page-to-Markdown tool), or plain text.
 *
 * <p>The file's name decides when it says {@code .html} or {@code .md}; otherwise the text's opening does. Only
 * the opening {@value #SNIFFED_CHARS} characters are looked at, so detection costs the same on any size of text.
 * Plain text is the answer whenever the signs are weak: reading plain text as markup would change its words,
 * while reading markup as plain text only leaves the markers in.
 */
final class MarkupDetection {

    private static final int SNIFFED_CHARS = 32 * 1024;

    /** A page has a tag every few dozen characters; prose that mentions a tag or two does not. */
    private static final int MIN_TAGS = 5;
    private static final int MAX_CHARS_PER_TAG = 200;

    /** Tags that a page's text is laid out in; prose that merely mentions markup rarely uses these. */
    private static final Set<String> TAG_NAMES = Set.of("a", "abbr", "address", "article", "aside", "b",
            "blockquote", "body", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt", "em",
            "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
            "hr", "html", "i", "img", "li", "link", "main", "meta", "nav", "noscript", "ol", "p", "picture", "pre",
            "q", "s", "script", "section", "small", "source", "span", "strong", "style", "sub", "sup", "svg",
            "table", "tbody", "td", "template", "tfoot", "th", "thead", "time", "title", "tr", "u", "ul");

    /** Tags a page may open with; a text opening with one of them is HTML. */
    private static final Set<String> OPENING_TAGS = Set.of("html", "head", "meta", "body", "div", "p", "article",
            "section", "main", "span", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "title", "link",
            "style", "script", "header", "nav", "b", "strong", "blockquote", "figure", "base");

    private MarkupDetection() {
    }

    /**
     * @param text the text as read or pasted
     * @param name the file's name, or how a paste is named
     */
    static SourceFormat detect(String text, String name) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")) {
            return SourceFormat.HTML;
        }
        if (lowerName.endsWith(".md") || lowerName.endsWith(".markdown") || lowerName.endsWith(".mdown")
                || lowerName.endsWith(".mkd")) {
            return SourceFormat.MARKDOWN;
        }
        String opening = text.length() > SNIFFED_CHARS ? text.substring(0, SNIFFED_CHARS) : text;
        if (ClipboardHtml.isClipboardHtml(opening) || opensWithTag(opening) || isDenseInTags(opening)) {
            return SourceFormat.HTML;
        }
        return MarkdownSigns.count(opening).areConvincing() ? SourceFormat.MARKDOWN : SourceFormat.PLAIN_TEXT;
    }

    /** Whether {@code name} (any case) is an HTML tag a page's text is laid out in. */
    static boolean isTagName(String name) {
        return TAG_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The end (exclusive) of the tag starting with the {@code <} at {@code at} when it is one of the known
     * tags, or -1. The scan stops at the next {@code <} or line end, so scanning every {@code <} of a text
     * costs one pass over it.
     */
    static int tagEnd(String text, int at) {
        int i = at + 1;
        if (i < text.length() && text.charAt(i) == '/') {
            i++;
        }
        int nameStart = i;
        while (i < text.length() && i - nameStart < 12 && isAsciiLetterOrDigit(text.charAt(i))) {
            i++;
        }
        if (i == nameStart || i == text.length() || !isTagName(text.substring(nameStart, i))) {
            return -1;
        }
        char afterName = text.charAt(i);
        if (afterName != '>' && afterName != ' ' && afterName != '\t' && afterName != '/') {
            return -1;
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '<' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean opensWithTag(String text) {
        int i = 0;
        while (i < text.length() && Paragraphs.isBlank(text.charAt(i))) {
            i++;
        }
        if (text.startsWith("<!", i)) {
            return text.regionMatches(true, i, "<!doctype html", 0, 14) || text.startsWith("<!--", i);
        }
        if (i >= text.length() || text.charAt(i) != '<') {
            return false;
        }
        int nameStart = i + 1;
        int end = nameStart;
        while (end < text.length() && end - nameStart < 12 && isAsciiLetterOrDigit(text.charAt(end))) {
            end++;
        }
        boolean nameEnds = end < text.length() && " \t\r\n>/".indexOf(text.charAt(end)) >= 0;
        return nameEnds && OPENING_TAGS.contains(text.substring(nameStart, end).toLowerCase(Locale.ROOT));
    }

    private static boolean isDenseInTags(String text) {
        int tags = 0;
        for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
            if (tagEnd(text, at) > 0) {
                tags++;
            }
        }
        return tags >= MIN_TAGS && (long) tags * MAX_CHARS_PER_TAG >= text.length();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
