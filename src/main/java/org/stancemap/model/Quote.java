package org.stancemap.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A paragraph a voice said, with its citation and, optionally, its own placement.
 *
 * @param text      the paragraph as the round-up prints it, without the trailing citation
 * @param citation  where it was first published
 * @param placement where this quote alone sits on the spectrum, when placed
 */
public record Quote(String text, Citation citation, Optional<Placement> placement) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(placement, "placement");
    }

    public Quote(String text, Citation citation) {
        this(text, citation, Optional.empty());
    }

    public Quote withPlacement(Placement newPlacement) {
        return new Quote(text, citation, Optional.of(newPlacement));
    }
}
