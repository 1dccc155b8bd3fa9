package org.stancemap.importer.text;

/**
 * Turns text a user brings (a file's content or a paste) into the {@link SourceDocument} every format reads:
 * its markup detected (a saved web page or a browser's HTML paste, Markdown, or plain text), read by its
 * structure, and cleaned of the page around the round-up (see {@link PageCleaner}).
 *
 * <p>Plain text keeps its lines exactly; cleaning only marks some of them dropped. Never throws, and the cost
 * grows linearly with the text's length.
 */
public final class SourceDocuments {

    private SourceDocuments() {
    }

    /**
     * @param text the text as read or pasted
     * @param name how the user knows it: the file's name, or "pasted text"; a name ending in {@code .html} or
     *             {@code .md} says which markup the text is in
     */
    public static SourceDocument of(String text, String name) {
        SourceDocument read = switch (MarkupDetection.detect(text, name)) {
            case HTML -> HtmlReader.read(name, text);
            case MARKDOWN -> MarkdownReader.read(name, text);
            case PLAIN_TEXT -> SourceDocument.plainText(name, text);
        };
        return PageCleaner.clean(read);
    }
}
