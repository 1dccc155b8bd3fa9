package org.stancemap.importer.text;

import org.stancemap.model.Citation;

/**
 * A paragraph split into what was said and where it was first published.
 *
 * @param text     the paragraph without its trailing citation, trimmed
 * @param citation the trailing citation
 */
public record CitedQuote(String text, Citation citation) {
}
