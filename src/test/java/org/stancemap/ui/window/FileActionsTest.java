package org.stancemap.ui.window;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileActionsTest {

    @Test
    void theSavePromptNamesAMapTitledByItsQuestionWithOneQuestionMark() {
        String text = FileActions.unsavedChanges(
                "*Expert Round-Up: How Likely Is a China-Russia Military Alliance? – StanceMap");

        assertThat(text).isEqualTo("Changes to “Expert Round-Up: How Likely Is a China-Russia Military Alliance?”"
                + " will be lost if you don't save them.");
        assertThat(text).doesNotContain("??");
    }
}
