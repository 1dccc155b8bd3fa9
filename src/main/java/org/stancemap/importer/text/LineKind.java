package org.stancemap.importer.text;

/**
 * What a line of a source is, as far as its markup says: Markdown and HTML mark headings, list items and table
 * rows; plain text marks nothing, so every line of it is {@link #TEXT}.
 */
public enum LineKind {
    TEXT, HEADING, LIST_ITEM, TABLE_ROW, BLOCK_QUOTE;

    /** Headings, list items and table rows are paragraphs of their own, even with no blank line around them. */
    public boolean standsAlone() {
        return this != TEXT && this != BLOCK_QUOTE;
    }
}
