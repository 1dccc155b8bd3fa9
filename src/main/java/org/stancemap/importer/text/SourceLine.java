package org.stancemap.importer.text;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a source as the formats read it.
 *
 * @param number  1-based line number in {@link SourceDocument#shownText()}, the text the user is shown
 * @param shown   the line as shown: for plain text the file's own line, for Markdown and HTML its Markdown form
 * @param text    the line's words with markup removed ({@code **Name**} → {@code Name}, {@code ## Title} → {@code Title})
 * @param kind    what the markup says the line is
 * @param lead    the emphasised words the line starts with (bold in Markdown or HTML), or "" when none; a name a
 *                page prints in bold before its text is how many round-ups mark their experts
 * @param dropped why cleaning left this line out (a site banner, a photo credit…), or empty when it is kept
 */
public record SourceLine(int number, String shown, String text, LineKind kind, String lead, Optional<String> dropped) {
    public SourceLine {
        if (number < 1) {
            throw new IllegalArgumentException("line numbers start at 1, was " + number);
        }
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(dropped, "dropped");
    }

    /** A plain-text line: shown as it is, no markup, nothing emphasised. */
    public static SourceLine plain(int number, String line) {
        return new SourceLine(number, line, line, LineKind.TEXT, "", Optional.empty());
    }

    public boolean isKept() {
        return dropped.isEmpty();
    }

    public SourceLine droppedAs(String reason) {
        return new SourceLine(number, shown, text, kind, lead, Optional.of(reason));
    }
}
