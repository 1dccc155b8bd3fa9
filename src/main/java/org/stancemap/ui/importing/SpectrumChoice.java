package org.stancemap.ui.importing;

import org.stancemap.importer.roundup.SpectrumTemplate;

/** The axis a new map is created on: one of the templates, or the open map's own. */
public enum SpectrumChoice {
    LIKELIHOOD,
    AGREEMENT,
    /** Two end labels the user types, no bands. */
    CUSTOM,
    /** The open map's end labels and bands, said so in the dialog, never taken without being chosen. */
    CURRENT_MAP;

    static SpectrumChoice of(SpectrumTemplate template) {
        return switch (template) {
            case LIKELIHOOD -> LIKELIHOOD;
            case AGREEMENT -> AGREEMENT;
            case CUSTOM -> CUSTOM;
        };
    }
}
