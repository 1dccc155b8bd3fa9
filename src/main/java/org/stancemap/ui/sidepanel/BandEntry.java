package org.stancemap.ui.sidepanel;

import java.util.Objects;

/**
 * One band of the spectrum as the side panel explains it when no voice is selected.
 *
 * @param label      e.g. "Partnership with limits"
 * @param range      e.g. "0.20–0.40"
 * @param definition what a voice in the band holds
 */
public record BandEntry(String label, String range, String definition) {
    public BandEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(definition, "definition");
    }
}
