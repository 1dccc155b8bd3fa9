package org.stancemap.importer.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The page fixtures (saved pages, a clipboard paste, Markdown, plain text) and what tests ask of their documents. */
final class SourceFixtures {

    static final String THINK_TANK = "page-thinktank.html";
    static final String FURNITURE = "page-furniture.html";
    static final String CLIPBOARD = "page-clipboard-windows.txt";
    static final String SCRAPER = "page-scraper.md";
    static final String CLIPPER = "page-clipper.md";
    static final String BANNER = "page-banner-captions.txt";

    private SourceFixtures() {
    }

    static String text(String name) {
        try (InputStream in = SourceFixtures.class.getResourceAsStream("/org/stancemap/fixtures/roundups/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture read as the importer reads it, named by its file name. */
    static SourceDocument document(String name) {
        return SourceDocuments.of(text(name), name);
    }

    /** Each dropped line's number and reason, in order. */
    static Map<Integer, String> dropped(SourceDocument document) {
        Map<Integer, String> dropped = new LinkedHashMap<>();
        document.dropped().forEach(line -> dropped.put(line.number(), line.dropped().orElseThrow()));
        return dropped;
    }
}
