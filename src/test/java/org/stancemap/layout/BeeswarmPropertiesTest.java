package org.stancemap.layout;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BeeswarmPropertiesTest {

    private static final double EPS = 1e-9;

    record Scene(List<ChipSpec> chips, double width, double height, ChipMetrics metrics) {
        ChipLayout place() {
            return Beeswarm.place(chips, width, height, metrics);
        }
    }

    @Provide
    Arbitrary<Scene> scenes() {
        Arbitrary<Double> clustered = Arbitraries.of(0.0, 0.2, 0.5, 0.5, 0.8, 1.0);
        Arbitrary<Double> anywhere = Arbitraries.doubles().between(0, 1);
        Arbitrary<Double> position = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, clustered), net.jqwik.api.Tuple.of(3, anywhere));
        Arbitrary<List<Double>> positions = position.list().ofMaxSize(120);
        Arbitrary<List<Double>> widths = Arbitraries.doubles().between(0, 320).list().ofSize(120);
        Arbitrary<ChipMetrics> metrics = Combinators.combine(
                Arbitraries.doubles().between(8, 40),
                Arbitraries.doubles().between(20, 240),
                Arbitraries.doubles().between(0, 12),
                Arbitraries.doubles().between(0, 10),
                Arbitraries.doubles().between(0, 16)).as(ChipMetrics::new);
        return Combinators.combine(positions, widths,
                        Arbitraries.doubles().between(40, 2000),
                        Arbitraries.doubles().between(0, 600),
                        metrics)
                .as((ps, ws, width, height, m) -> new Scene(
                        IntStream.range(0, ps.size())
                                .mapToObj(i -> new ChipSpec("v" + i, ps.get(i), ws.get(i)))
                                .toList(),
                        width, height, m));
    }

    @Property
    boolean noTwoChipsOverlap(@ForAll("scenes") Scene scene) {
        List<ChipBox> boxes = scene.place().boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (overlap(boxes.get(i), boxes.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Shared interior area. Rows that touch (row gap 0) may differ from exact adjacency by a rounding error
     * in their tops, so overlaps thinner than {@link #EPS} pixels do not count.
     */
    private static boolean overlap(ChipBox a, ChipBox b) {
        return Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x()) > EPS
                && Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y()) > EPS;
    }

    @Property
    void everyChipStaysInsideThePlot(@ForAll("scenes") Scene scene) {
        ChipLayout layout = scene.place();
        assertThat(layout.height()).isGreaterThanOrEqualTo(scene.height());
        for (ChipBox box : layout.boxes()) {
            assertThat(box.x()).isGreaterThanOrEqualTo(0);
            assertThat(box.maxX()).isLessThanOrEqualTo(scene.width() + EPS);
            assertThat(box.y()).isGreaterThanOrEqualTo(-EPS);
            assertThat(box.maxY()).isLessThanOrEqualTo(layout.height() + EPS);
        }
    }

    @Property
    void chipsSitOnTheirPositionUnlessThatWouldCrossThePlotEdge(@ForAll("scenes") Scene scene) {
        ChipLayout layout = scene.place();
        for (int i = 0; i < scene.chips().size(); i++) {
            ChipSpec chip = scene.chips().get(i);
            ChipBox box = layout.boxes().get(i);
            double half = box.width() / 2;
            double clamped = Math.max(half, Math.min(chip.position() * scene.width(), scene.width() - half));
            assertThat(box.centreX()).isCloseTo(clamped, within(1e-6));
            assertThat(box.width())
                    .isEqualTo(Math.min(Math.min(chip.labelWidth(), scene.metrics().maxChipWidth()), scene.width()));
        }
    }

    @Property
    void withinARowChipsKeepTheirAxisOrder(@ForAll("scenes") Scene scene) {
        ChipLayout layout = scene.place();
        Map<String, ChipSpec> specs = scene.chips().stream().collect(Collectors.toMap(ChipSpec::id, Function.identity()));
        Map<Double, List<ChipBox>> rows = layout.boxes().stream().collect(Collectors.groupingBy(ChipBox::y));
        for (List<ChipBox> row : rows.values()) {
            // A zero-width chip may share its x with the next chip's left edge; it comes first.
            List<ChipBox> alongX = row.stream()
                    .sorted(Comparator.comparingDouble(ChipBox::x).thenComparingDouble(ChipBox::maxX)).toList();
            for (int k = 1; k < alongX.size(); k++) {
                ChipSpec before = specs.get(alongX.get(k - 1).id());
                ChipSpec after = specs.get(alongX.get(k).id());
                assertThat(before.position()).isLessThanOrEqualTo(after.position());
                assertThat(alongX.get(k).x() - alongX.get(k - 1).maxX())
                        .isGreaterThanOrEqualTo(scene.metrics().horizontalGap() - EPS);
            }
        }
    }

    @Property
    void rowsAlternateAroundTheAxisAndFillNearestFirst(@ForAll("scenes") Scene scene) {
        ChipLayout layout = scene.place();
        List<Double> rowTops = IntStream.range(0, layout.rows())
                .mapToObj(r -> Beeswarm.rowTop(r, layout.axisY(), scene.metrics())).toList();
        for (ChipBox box : layout.boxes()) {
            assertThat(rowTops).contains(box.y());
        }
        assertThat(layout.boxes().stream().map(ChipBox::y).distinct().count()).isEqualTo(layout.rows());
        assertThat(layout.axisY()).isEqualTo(layout.height() / 2);
    }

    @Property
    void theOrderChipsAreGivenInDoesNotChangeWhereTheyGo(@ForAll("scenes") Scene scene, @ForAll long seed) {
        List<ChipSpec> shuffled = new ArrayList<>(scene.chips());
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, ChipBox> original = scene.place().boxes().stream()
                .collect(Collectors.toMap(ChipBox::id, Function.identity()));
        for (ChipBox box : Beeswarm.place(shuffled, scene.width(), scene.height(), scene.metrics()).boxes()) {
            assertThat(box).isEqualTo(original.get(box.id()));
        }
    }
}
