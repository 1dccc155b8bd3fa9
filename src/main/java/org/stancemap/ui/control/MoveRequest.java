package org.stancemap.ui.control;

import org.stancemap.model.Placement;
import org.stancemap.model.Voice;

import java.util.Objects;

/**
 * The user asked to move a voice to a new position, by dropping its chip or by the keyboard. The control only
 * asks; whoever handles the request records the placement (and makes it undoable).
 *
 * @param voice    the voice as the control last saw it
 * @param position 0–1, the position asked for
 */
public record MoveRequest(Voice voice, double position) {
    public MoveRequest {
        Objects.requireNonNull(voice, "voice");
        if (!Placement.isValidPosition(position)) {
            throw new IllegalArgumentException("a move must stay within 0–1, was " + position);
        }
    }
}
