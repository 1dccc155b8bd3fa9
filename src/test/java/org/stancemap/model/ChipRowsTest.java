package org.stancemap.model;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The room a map makes for its rows stays while the rows fit it and grows, with a spare row, only when they do not. */
class ChipRowsTest {

    @Test
    void freshlyPackedRowsGetASpareRowOfRoom() {
        assertThat(ChipRows.packed(Map.of("a", 4), 5).plotRows()).isEqualTo(5 + ChipRows.SPARE);
    }

    @Test
    void theRoomStaysWhileTheRowsFitItEvenWhenTheyTakeFewer() {
        ChipRows rows = new ChipRows(Map.of("a", 0), 6);

        assertThat(rows.after(Map.of("a", 5), 6).plotRows()).isEqualTo(6);
        assertThat(rows.after(Map.of("a", 0), 1).plotRows()).isEqualTo(6);
    }

    @Test
    void rowsThatOutgrowTheRoomGrowItToASpareRowAboveThem() {
        ChipRows grown = new ChipRows(Map.of("a", 0), 6).after(Map.of("a", 6), 7);

        assertThat(grown).isEqualTo(new ChipRows(Map.of("a", 6), 7 + ChipRows.SPARE));
    }

    @Test
    void noRoomBelowNothingIsRefused() {
        assertThatThrownBy(() -> new ChipRows(Map.of(), -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be 0 or more, was -1");
    }
}
