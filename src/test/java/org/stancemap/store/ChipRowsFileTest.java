package org.stancemap.store;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stancemap.model.ChipRows;
import org.stancemap.model.Project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Chip rows in the project file: kept per voice, with the rows the map makes room for; both optional, so files written
 * before them still read.
 */
class ChipRowsFileTest {

    private final ProjectStore store = new ProjectStore();

    @Test
    void rowsKeptForSomeVoicesReadBackEqual() throws ProjectFileException {
        Project base = SampleProjects.everyFieldSet();
        String first = base.voices().get(0).id();
        Project project = base.withChipRows(new ChipRows(Map.of(first, 1), 0));

        Project read = store.read(store.write(project), "test");

        assertThat(read).isEqualTo(project);
        assertThat(read.rows()).containsExactly(Map.entry(first, 1));
        assertThat(store.write(project)).containsPattern("\"row\" ?: 1");
    }

    @Test
    void aFileWrittenBeforeRowsReadsWithNoRowsKept() throws ProjectFileException {
        Project project = SampleProjects.everyFieldSet();
        String json = store.write(project);
        assertThat(json).doesNotContain("\"row\"");

        assertThat(store.read(json, "old").rows()).isEmpty();
    }

    @Test
    void aRowPastTheNumberOfVoicesIsRefusedWithItsPath() throws ProjectFileException {
        Project project = SampleProjects.everyFieldSet();
        String first = project.voices().get(0).id();
        String json = store.write(project.withChipRows(new ChipRows(Map.of(first, 0), 0))).replaceFirst("\"row\" ?: 0", "\"row\": 100000");

        assertThatThrownBy(() -> store.read(json, "damaged"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("$.voices[0].row must be a whole number from 0 to");
    }

    @Test
    void theRoomTheMapMakesReadsBackAndIsWrittenBeforeTheVoices() throws ProjectFileException {
        Project base = SampleProjects.everyFieldSet();
        Project project = base.withChipRows(new ChipRows(Map.of(base.voices().get(0).id(), 0), 3));

        String json = store.write(project);
        Project read = store.read(json, "test");

        assertThat(read.chipRows()).isEqualTo(new ChipRows(Map.of(base.voices().get(0).id(), 0), 3));
        assertThat(json.indexOf("\"plotRows\"")).isPositive().isLessThan(json.indexOf("\"voices\""));
    }

    @Test
    void aFileWrittenBeforeTheRoomWasKeptReadsAsMakingNoMoreRoomThanItsRowsTake() throws ProjectFileException {
        Project base = SampleProjects.everyFieldSet();
        Project project = base.withChipRows(new ChipRows(Map.of(base.voices().get(0).id(), 0), 0));
        String json = store.write(project);
        assertThat(json).doesNotContain("plotRows");

        assertThat(store.read(json, "old").plotRows()).isZero();
    }

    @Test
    void moreRoomThanTwoRowsPerVoiceAndASpareIsRefusedWithItsPath() throws ProjectFileException {
        Project project = SampleProjects.everyFieldSet();
        int most = 2 * project.voices().size() + ChipRows.SPARE;
        String fits = store.write(project.withChipRows(new ChipRows(Map.of(), most)));
        String damaged = fits.replaceFirst("\"plotRows\" ?: " + most, "\"plotRows\": " + (most + 1));
        String negative = fits.replaceFirst("\"plotRows\" ?: " + most, "\"plotRows\": -1");

        assertThat(store.read(fits, "most").plotRows()).isEqualTo(most);
        for (String json : new String[] {damaged, negative}) {
            assertThatThrownBy(() -> store.read(json, "damaged"))
                    .isInstanceOf(ProjectFileException.class)
                    .hasMessageContaining("$.plotRows must be a whole number from 0 to " + most);
        }
    }
}
