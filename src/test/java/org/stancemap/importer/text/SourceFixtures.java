package org.stancemap.importer.text;

import java.util.LinkedHashMap;
import java.util.Map;
import org.stancemap.importer.RoundUpFixtures;

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
        return RoundUpFixtures.text(name);
    }

    /** The fixture read as the importer reads it, named by its file name. */
    static SourceDocument document(String name) {
        return RoundUpFixtures.document(name);
    }

    /** Each dropped line's number and reason, in order. */
    static Map<Integer, String> dropped(SourceDocument document) {
        Map<Integer, String> dropped = new LinkedHashMap<>();
        document.dropped().forEach(line -> dropped.put(line.number(), line.dropped().orElseThrow()));
        return dropped;
    }
}
