package org.stancemap.importer.text;

/** The markup a source came in, which decides how its lines were read. */
public enum SourceFormat {
    PLAIN_TEXT("plain text"), MARKDOWN("Markdown"), HTML("HTML");

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    /** How a user names it: "plain text", "Markdown", "HTML". */
    public String label() {
        return label;
    }
}
