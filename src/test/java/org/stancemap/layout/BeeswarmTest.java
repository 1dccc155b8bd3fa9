package org.stancemap.layout;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BeeswarmTest {

    private static final ChipMetrics METRICS = new ChipMetrics(20, 150, 4, 2, 3);

    @Test
    void aLoneChipIsCentredOnItsPositionJustAboveTheAxis() {
        ChipLayout layout = Beeswarm.place(List.of(new ChipSpec("a", 0.5, 60)), 1000, 200, METRICS);

        assertThat(layout.boxes()).containsExactly(new ChipBox("a", 470, 100 - 3 - 20, 60, 20));
        assertThat(layout.height()).isEqualTo(200);
        assertThat(layout.rows()).isEqualTo(1);
    }

    @Test
    void twoChipsAtOnePositionStackAboveAndBelowTheAxisInIdOrder() {
        ChipLayout layout = Beeswarm.place(List.of(new ChipSpec("b", 0.5, 60), new ChipSpec("a", 0.5, 60)),
                1000, 200, METRICS);

        assertThat(layout.boxes()).containsExactly(
                new ChipBox("b", 470, 103, 60, 20),
                new ChipBox("a", 470, 77, 60, 20));
    }

    @Test
    void chipsFarEnoughApartShareTheRowNearestTheAxis() {
        ChipLayout layout = Beeswarm.place(List.of(new ChipSpec("a", 0.1, 60), new ChipSpec("b", 0.9, 60)),
                1000, 200, METRICS);

        assertThat(layout.boxes()).extracting(ChipBox::y).containsOnly(77.0);
    }

    @Test
    void chipsAtTheEndsAreMovedInwardsJustEnoughToStayInside() {
        ChipLayout layout = Beeswarm.place(List.of(new ChipSpec("left", 0.0, 80), new ChipSpec("right", 1.0, 80)),
                1000, 200, METRICS);

        assertThat(layout.boxes()).extracting(ChipBox::x).containsExactly(0.0, 920.0);
    }

    @Test
    void longLabelsAreCutToTheMaximumWidthAndNeverWiderThanThePlot() {
        ChipLayout wide = Beeswarm.place(List.of(new ChipSpec("a", 0.5, 400)), 1000, 200, METRICS);
        ChipLayout narrow = Beeswarm.place(List.of(new ChipSpec("a", 0.5, 400)), 100, 200, METRICS);

        assertThat(wide.boxes().get(0).width()).isEqualTo(150);
        assertThat(narrow.boxes().get(0)).extracting(ChipBox::x, ChipBox::width).containsExactly(0.0, 100.0);
    }

    @Test
    void moreRowsThanFitMakeThePlotTallerInsteadOfOverlapping() {
        List<ChipSpec> crowd = IntStream.range(0, 30).mapToObj(i -> new ChipSpec("v" + i, 0.5, 60)).toList();

        ChipLayout layout = Beeswarm.place(crowd, 1000, 100, METRICS);

        assertThat(layout.rows()).isEqualTo(30);
        // 15 rows each side: 15 chips, 14 gaps between them and the axis gap.
        assertThat(layout.height()).isEqualTo(2 * (3 + 15 * 20 + 14 * 2));
        assertThat(layout.boxes()).extracting(ChipBox::y).doesNotHaveDuplicates();
        assertThat(layout.boxes()).allSatisfy(b -> assertThat(b.y()).isBetween(0.0, layout.height() - 20));
    }

    @Test
    void noChipsNeedOnlyTheHeightAskedFor() {
        ChipLayout layout = Beeswarm.place(List.of(), 800, 120, METRICS);

        assertThat(layout.boxes()).isEmpty();
        assertThat(layout.height()).isEqualTo(120);
        assertThat(layout.axisY()).isEqualTo(60);
    }

    @Test
    void aHundredThousandChipsArePlacedWithoutOverlapInARow() {
        List<ChipSpec> many = IntStream.range(0, 100_000)
                .mapToObj(i -> new ChipSpec("v" + i, (i * 7919 % 100_000) / 100_000.0, 40 + i % 90)).toList();

        ChipLayout layout = Beeswarm.place(many, 1600, 400, METRICS);

        // Sorting each row by x and checking neighbours is enough: rows are distinct y values of equal height.
        var byRow = layout.boxes().stream().collect(java.util.stream.Collectors.groupingBy(ChipBox::y));
        assertThat(byRow).hasSize(layout.rows());
        byRow.values().forEach(row -> {
            List<ChipBox> sorted = row.stream().sorted(java.util.Comparator.comparingDouble(ChipBox::x)).toList();
            for (int k = 1; k < sorted.size(); k++) {
                assertThat(sorted.get(k).x()).isGreaterThanOrEqualTo(sorted.get(k - 1).maxX() + 4);
            }
        });
    }

    @Test
    void positionsOutsideTheAxisAreRejected() {
        assertThatThrownBy(() -> new ChipSpec("a", 1.5, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChipSpec("a", Double.NaN, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
