package org.stancemap.model;

import java.util.Objects;

/**
 * A paragraph of the round-up's own narrative between its expert entries — an editor's line introducing an expert,
 * a transition, a conclusion — which debaters cut cards from and cite to the round-up's authors.
 *
 * @param text the paragraph as the round-up gives it
 * @param line the line of the imported text it starts on, counted from 1, as import warnings count them
 */
public record Passage(String text, int line) {
    public Passage {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a narrative passage needs text");
        }
        if (line < 1) {
            throw new IllegalArgumentException("a narrative passage starts on line 1 or later, not " + line);
        }
    }
}
