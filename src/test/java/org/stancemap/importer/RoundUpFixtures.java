package org.stancemap.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.SourceDocuments;

/**
 * The round-up fixtures under {@code fixtures/roundups}: their text, and the document every format reads from it.
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

    /** The fixture as the importer reads it: its markup detected, read and cleaned, named by its file name. */
    public static SourceDocument document(String name) {
        return SourceDocuments.of(text(name), name);
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

}
