package org.stancemap.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancemap.importer.text.LineKind;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.SourceFormat;
import org.stancemap.importer.text.SourceLine;

/**
 * The round-up fixtures under {@code fixtures/roundups}, as the formats see them. A {@code .md} fixture is read
 * the way a Markdown source reaches the formats (headings, list items and block quotes marked, bold leads
 * recorded, markup removed from the text), so that the formats' tests do not depend on the Markdown reader.
 */
public final class RoundUpFixtures {

    private RoundUpFixtures() {
    }

    public static String text(String name) {
        try (InputStream in = RoundUpFixtures.class.getResourceAsStream("/org/stancemap/fixtures/roundups/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceDocument document(String name) {
        String text = text(name);
        return name.endsWith(".md") ? markdown(name, text) : SourceDocument.plainText(name, text);
    }

    /** The 1-based number of the first line of fixture {@code name} that starts with {@code start}. */
    public static int lineOf(String name, String start) {
        List<String> lines = Paragraphs.lines(text(name));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name + " has no line starting with " + start);
    }

    /** The Markdown a fixture uses: "#" headings, "* "/"- " list items, "> " quotes, and "**bold**". */
    public static SourceDocument markdown(String name, String text) {
        List<String> raw = Paragraphs.lines(text);
        List<SourceLine> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String shown = raw.get(i);
            String body = shown.strip();
            LineKind kind = LineKind.TEXT;
            if (body.startsWith("#")) {
                kind = LineKind.HEADING;
                body = body.replaceFirst("^#+\\s*", "");
            } else if (body.startsWith("* ") || body.startsWith("- ")) {
                kind = LineKind.LIST_ITEM;
                body = body.substring(2).strip();
            } else if (body.startsWith("> ")) {
                kind = LineKind.BLOCK_QUOTE;
                body = body.substring(2).strip();
            }
            String lead = "";
            if (body.startsWith("**")) {
                int close = body.indexOf("**", 2);
                lead = close > 2 ? body.substring(2, close) : "";
            }
            lines.add(new SourceLine(i + 1, shown, body.replace("**", ""), kind, lead, Optional.empty()));
        }
        return new SourceDocument(name, SourceFormat.MARKDOWN, lines);
    }
}
