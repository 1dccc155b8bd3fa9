package org.stancemap.importer.text;

/**
 * Turns text a user brings (a file's content or a paste) into the {@link SourceDocument} every format reads.
 */
public final class SourceDocuments {

    private SourceDocuments() {
    }

    /**
     * @param text the text as read or pasted
     * @param name how the user knows it: the file's name, or "pasted text"
     */
    public static SourceDocument of(String text, String name) {
        return SourceDocument.plainText(name, text);
    }
}
