package org.stancemap.importer.text;

import java.util.Optional;

/**
 * HTML as a Windows browser puts it on the clipboard: {@code Version:0.9}, {@code StartHTML:…} and other
 * {@code Key:Value} header lines, then the HTML with the copied fragment between comments.
 *
 * <p>The header's byte offsets are not used: they count UTF-8 bytes of the original, which a decoded string no
 * longer has. The HTML starts at the first header line that opens with {@code <}.
 *
 * @param html      the HTML after the header
 * @param sourceUrl the page the fragment was copied from, when the header names it
 */
record ClipboardHtml(String html, Optional<String> sourceUrl) {

    private static final int MAX_HEADER_LINES = 16;
    private static final int MAX_HEADER_CHARS = 4096;

    /** Whether {@code text} opens with a Windows clipboard HTML header. */
    static boolean isClipboardHtml(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        if (!text.startsWith("Version:", start)) {
            return false;
        }
        int startHtml = text.indexOf("StartHTML:", start);
        return startHtml > 0 && startHtml < 200;
    }

    /** The HTML in {@code text}, its clipboard header (if any) taken off and read. */
    static ClipboardHtml of(String text) {
        if (!isClipboardHtml(text)) {
            return new ClipboardHtml(text, Optional.empty());
        }
        Optional<String> sourceUrl = Optional.empty();
        int lineStart = 0;
        for (int line = 0; line < MAX_HEADER_LINES && lineStart < Math.min(text.length(), MAX_HEADER_CHARS); line++) {
            int end = lineEnd(text, lineStart);
            String header = Paragraphs.trim(text.substring(lineStart, end));
            if (header.startsWith("<")) {
                return new ClipboardHtml(text.substring(lineStart), sourceUrl);
            }
            if (header.startsWith("SourceURL:")) {
                String url = Paragraphs.trim(header.substring("SourceURL:".length()));
                sourceUrl = url.startsWith("http://") || url.startsWith("https://") ? Optional.of(url) : sourceUrl;
            }
            lineStart = end + (text.startsWith("\r\n", end) ? 2 : 1);
        }
        int firstTag = text.indexOf('<');
        return new ClipboardHtml(firstTag < 0 ? "" : text.substring(firstTag), sourceUrl);
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
