package org.stancemap.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The source document: an article quoting many experts on one question.
 *
 * @param title     e.g. "Expert Round-Up: How Likely Is a China-Russia Military Alliance?"
 * @param date      publication date, when the text gives one
 * @param authors   the round-up's authors, in the order given
 * @param publisher who published it, e.g. "Russia Matters", when known
 * @param url       where it was published, when known
 * @param intro     the introductory paragraphs, in order
 * @param imported  how its text was read, when the project was made by importing it
 * @param narrative the round-up's own paragraphs between its expert entries, in order; empty when it has none or
 *                  was not imported
 */
public record RoundUp(String title, Optional<LocalDate> date, List<String> authors, Optional<String> publisher,
                      Optional<String> url, List<String> intro, Optional<ImportRecord> imported,
                      List<Passage> narrative) {
    public RoundUp {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        authors = List.copyOf(authors);
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(url, "url");
        intro = List.copyOf(intro);
        Objects.requireNonNull(imported, "imported");
        narrative = List.copyOf(narrative);
    }

    /** A round-up with no narrative between its expert entries. */
    public RoundUp(String title, Optional<LocalDate> date, List<String> authors, Optional<String> publisher,
                   Optional<String> url, List<String> intro, Optional<ImportRecord> imported) {
        this(title, date, authors, publisher, url, intro, imported, List.of());
    }

    /** A round-up whose text was not imported by StanceMap, or whose import left nothing to record. */
    public RoundUp(String title, Optional<LocalDate> date, List<String> authors, Optional<String> publisher,
                   Optional<String> url, List<String> intro) {
        this(title, date, authors, publisher, url, intro, Optional.empty());
    }

    public RoundUp withPublisher(String newPublisher) {
        return new RoundUp(title, date, authors, Optional.of(newPublisher), url, intro, imported, narrative);
    }

    public RoundUp withUrl(String newUrl) {
        return new RoundUp(title, date, authors, publisher, Optional.of(newUrl), intro, imported, narrative);
    }
}
