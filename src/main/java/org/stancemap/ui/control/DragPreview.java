package org.stancemap.ui.control;

import org.stancemap.model.Band;
import org.stancemap.model.Voice;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a chip would land if it were dropped now: shown while dragging, e.g. in a status bar.
 *
 * @param voice    the voice being dragged
 * @param position 0–1, the position a drop would ask for
 * @param band     the band containing that position, empty on an unbanded spectrum
 */
public record DragPreview(Voice voice, double position, Optional<Band> band) {
    public DragPreview {
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(band, "band");
    }
}
