package org.stancemap.ui.control.impl;

import org.junit.jupiter.api.Test;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The hover preview gives names, role and the opening sentence of the first quote. */
class ChipPreviewTest {

    private final Voice gabuev = BundledMap.load().voice("alexander-gabuev").orElseThrow();

    @Test
    void previewShowsNameRoleAndTheFirstSentenceOfTheFirstQuote() {
        String preview = ChipPreview.of(gabuev);

        assertThat(preview).startsWith("Alexander Gabuev\nSenior Fellow and Chair, Russia in the Asia-Pacific Program");
        assertThat(preview).endsWith("“The deepening of military ties between these two former rivals is real, and a "
                + "stronger strategic partnership between Beijing and Moscow could, given time, upend a half century "
                + "of U.S. military planning and strategy.”");
    }

    @Test
    void coAuthoredVoicesNameEveryone() {
        Voice charap = BundledMap.load().voice("samuel-charap-and-john-drennan-and-pierre-noel").orElseThrow();

        assertThat(ChipPreview.of(charap)).startsWith("Samuel Charap, John Drennan and Pierre Noël\n");
    }
}
