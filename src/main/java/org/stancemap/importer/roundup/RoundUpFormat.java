package org.stancemap.importer.roundup;

import org.stancemap.importer.text.SourceDocument;

/**
 * One shape of round-up (cited blocks, transcripts, vote panels…): it says how sure it is that a document has
 * its shape, and reads it. Adding a shape is one implementation, listed in {@link RoundUpFormats#standard()},
 * plus its tests; callers never construct one, they ask the registry.
 *
 * <p>Both methods must never throw and must take time about linear in the document's length, on any text: the
 * registry asks every format to {@link #recognise} every document a user imports.
 */
public interface RoundUpFormat {

    /** A short name a user reads in "read as …": e.g. "cited blocks". */
    String name();

    /** The shape in a phrase, for the message that lists the shapes tried: e.g. "“Name, Role” lines, then quotes". */
    String shape();

    /**
     * How sure this format is that {@code document} has its shape: 0 when not at all, 1 when certain. Cheap: it
     * looks at the document's {@link SourceDocument#paragraphs() paragraphs}, which every format shares.
     */
    double recognise(SourceDocument document);

    /** Reads {@code document}; what it cannot place becomes a warning or an entry with a doubt, never an error. */
    FormatReading read(SourceDocument document);
}
