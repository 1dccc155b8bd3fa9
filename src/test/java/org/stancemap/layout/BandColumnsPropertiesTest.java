package org.stancemap.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import org.stancemap.model.Band;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BandColumnsPropertiesTest {

    private static final double EPS = 1e-6;
    private static final List<Band> FIVE = List.of(new Band("a", 0, 0.2, ""), new Band("b", 0.2, 0.4, ""),
            new Band("c", 0.4, 0.6, ""), new Band("d", 0.6, 0.8, ""), new Band("e", 0.8, 1.0, ""));
    private static final List<Band> UNEVEN = List.of(new Band("narrow", 0, 0.1, ""), new Band("wide", 0.1, 0.85, ""),
            new Band("end", 0.85, 1.0, ""));

    record Scene(List<ChipSpec> chips, List<Band> bands, double width, ChipMetrics metrics) {
        ChipLayout place(Map<String, Integer> rows) {
            return BandColumns.place(chips, bands, rows, width, 100, metrics);
        }

        ChipLayout tidy() {
            return place(BandColumns.tidyRows(chips, bands, width, metrics));
        }

        Scene moved(int index, double position) {
            List<ChipSpec> changed = new ArrayList<>(chips);
            ChipSpec chip = chips.get(index);
            changed.set(index, new ChipSpec(chip.id(), position, chip.labelWidth()));
            return new Scene(changed, bands, width, metrics);
        }

        Scene resized(double newWidth) {
            return new Scene(chips, bands, newWidth, metrics);
        }
    }

    @Provide
    Arbitrary<Scene> scenes() {
        Arbitrary<Double> clustered = Arbitraries.of(0.0, 0.2, 0.3, 0.3, 0.5, 0.8, 1.0);
        Arbitrary<Double> anywhere = Arbitraries.doubles().between(0, 1);
        Arbitrary<Double> position = Arbitraries.frequencyOf(Tuple.of(1, clustered), Tuple.of(3, anywhere));
        Arbitrary<List<Double>> positions = position.list().ofMaxSize(80);
        Arbitrary<List<Double>> widths = Arbitraries.doubles().between(0, 320).list().ofSize(80);
        Arbitrary<ChipMetrics> metrics = Combinators.combine(
                Arbitraries.doubles().between(8, 40),
                Arbitraries.doubles().between(20, 240),
                Arbitraries.doubles().between(0, 12),
                Arbitraries.doubles().between(0, 10),
                Arbitraries.doubles().between(0, 16)).as(ChipMetrics::new);
        Arbitrary<List<Band>> bands = Arbitraries.of(FIVE, UNEVEN, List.of());
        return Combinators.combine(positions, widths, bands, Arbitraries.doubles().between(60, 2000), metrics)
                .as((ps, ws, bs, width, m) -> new Scene(
                        IntStream.range(0, ps.size()).mapToObj(i -> new ChipSpec("v" + i, ps.get(i), ws.get(i))).toList(),
                        bs, width, m));
    }

    @Property
    void everyChipLiesInsideItsBandsColumn(@ForAll("scenes") Scene scene) {
        assertInsideColumns(scene, scene.tidy(), true);
    }

    @Property
    void noTwoChipsOverlap(@ForAll("scenes") Scene scene) {
        assertNoOverlap(scene.tidy());
    }

    @Property
    void tidyUpIsDeterministicWhateverTheOrderOfTheChips(@ForAll("scenes") Scene scene, @ForAll long seed) {
        List<ChipSpec> shuffled = new ArrayList<>(scene.chips());
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, Integer> rows = BandColumns.tidyRows(scene.chips(), scene.bands(), scene.width(), scene.metrics());
        Map<String, Integer> again = BandColumns.tidyRows(shuffled, scene.bands(), scene.width(), scene.metrics());
        assertThat(again).isEqualTo(rows);
        assertThat(new HashMap<>(scene.place(Map.of()).rowOf())).isEqualTo(rows);
    }

    @Property
    void storingTheRowsShownChangesNothing(@ForAll("scenes") Scene scene) {
        ChipLayout fresh = scene.place(Map.of());
        assertThat(scene.place(fresh.rowOf()).boxes()).isEqualTo(fresh.boxes());
    }

    @Property
    void movingOneChipChangesNoOtherChip(@ForAll("scenes") Scene scene, @ForAll int pick,
                                         @ForAll @DoubleRange(min = 0, max = 1) double to) {
        if (scene.chips().isEmpty()) {
            return;
        }
        int index = Math.floorMod(pick, scene.chips().size());
        String id = scene.chips().get(index).id();
        ChipLayout before = scene.tidy();
        Map<String, Integer> rows = new HashMap<>(before.rowOf());
        rows.remove(id);
        Scene after = scene.moved(index, to);
        ChipLayout moved = after.place(rows);

        for (int i = 0; i < before.boxes().size(); i++) {
            if (i != index) {
                String other = scene.chips().get(i).id();
                assertThat(moved.rowOf().get(other)).isEqualTo(before.rowOf().get(other));
                assertThat(moved.boxes().get(i).x()).isEqualTo(before.boxes().get(i).x());
                assertThat(moved.boxes().get(i).width()).isEqualTo(before.boxes().get(i).width());
                assertThat(moved.boxes().get(i).y() - moved.axisY())
                        .isCloseTo(before.boxes().get(i).y() - before.axisY(), within(EPS));
            }
        }
        // Rows pile up from the axis: a plot that grows taller for a row needed elsewhere moves the axis and every
        // row down together, so heights are compared from the axis.
        assertNoOverlap(moved);
        // The moved chip may take room beside its exact x rather than a new row: the axis tick shows the exact x.
        assertInsideColumns(after, moved, false);
        assertThat(after.place(moved.rowOf()).boxes()).as("pinning the moved chip's row").isEqualTo(moved.boxes());
        assertOrderWithinRows(after, moved);
    }

    @Property(tries = 1)
    void aMovedChipSitsAtItsOwnPlaceSoThatANeighbourLeavingLaterMovesNothing() {
        ChipMetrics metrics = new ChipMetrics(20, 400, 4, 3, 5);
        // One column 0-500 wide: row 0 holds a chip at its left, row 1 a chip covering the moved chip's x. Pushed
        // aside into row 0 it would sit at 106 and slide back to its own place once "left" went; it goes up instead.
        List<ChipSpec> chips = List.of(new ChipSpec("left", 0.05, 100), new ChipSpec("wide", 0.5, 390),
                new ChipSpec("moved", 0.3, 100));
        ChipLayout layout = BandColumns.place(chips, List.of(), Map.of("left", 0, "wide", 1), 500, 0, metrics);
        assertThat(layout.rowOf()).containsEntry("moved", 2);
        assertThat(layout.boxes().get(2).x()).as("centred on its exact x").isCloseTo(100, within(EPS));

        List<ChipSpec> leftGone = List.of(new ChipSpec("left", 0.9, 100), chips.get(1), chips.get(2));
        Map<String, Integer> kept = Map.of("left", 0, "wide", 1, "moved", 2);
        assertThat(BandColumns.place(leftGone, List.of(), kept, 500, 0, metrics).boxes().get(2))
                .as("after its neighbour left").isEqualTo(layout.boxes().get(2));
    }

    @Property(tries = 1)
    void aMovedChipGetsANewRowOnlyWhenItsColumnIsFull() {
        ChipMetrics metrics = new ChipMetrics(20, 400, 4, 3, 5);
        List<ChipSpec> chips = List.of(new ChipSpec("a", 0.5, 390), new ChipSpec("b", 0.5, 390),
                new ChipSpec("moved", 0.3, 100));
        ChipLayout layout = BandColumns.place(chips, List.of(), Map.of("a", 0, "b", 1), 500, 0, metrics);
        assertThat(layout.rows()).isEqualTo(3);
        assertThat(layout.rowOf()).containsEntry("moved", 2);
    }

    private static void assertOrderWithinRows(Scene scene, ChipLayout layout) {
        for (int i = 0; i < scene.chips().size(); i++) {
            for (int j = 0; j < scene.chips().size(); j++) {
                ChipSpec a = scene.chips().get(i);
                ChipSpec b = scene.chips().get(j);
                boolean sameRow = layout.rowOf().get(a.id()).equals(layout.rowOf().get(b.id()));
                if (sameRow && a.position() < b.position() && layout.boxes().get(i).width() > EPS
                        && layout.boxes().get(j).width() > EPS) {
                    assertThat(layout.boxes().get(i).x()).isLessThanOrEqualTo(layout.boxes().get(j).x());
                }
            }
        }
    }

    @Property
    void wideningKeepsEveryRow(@ForAll("scenes") Scene scene, @ForAll @DoubleRange(min = 1, max = 3) double factor) {
        Map<String, Integer> rows = BandColumns.tidyRows(scene.chips(), scene.bands(), scene.width(), scene.metrics());
        ChipLayout wider = scene.resized(scene.width() * factor).place(rows);
        assertThat(wider.rowOf()).isEqualTo(rows);
        assertThat(wider.displaced()).isZero();
    }

    @Property
    void narrowingKeepsOrderWithinARowAndNeverLeavesTheColumn(@ForAll("scenes") Scene scene,
                                                               @ForAll @DoubleRange(min = 0.3, max = 1) double factor) {
        Map<String, Integer> rows = BandColumns.tidyRows(scene.chips(), scene.bands(), scene.width(), scene.metrics());
        Scene narrower = scene.resized(scene.width() * factor);
        ChipLayout layout = narrower.place(rows);
        assertNoOverlap(layout);
        assertInsideColumns(narrower, layout, false); // chips slid apart may leave their exact x: the axis tick shows it
        long kept = rows.entrySet().stream().filter(e -> layout.rowOf().get(e.getKey()).equals(e.getValue())).count();
        assertThat(kept + layout.displaced()).isEqualTo(rows.size());
        for (int i = 0; i < scene.chips().size(); i++) {
            for (int j = 0; j < scene.chips().size(); j++) {
                ChipSpec a = scene.chips().get(i);
                ChipSpec b = scene.chips().get(j);
                boolean sameRow = layout.rowOf().get(a.id()).equals(layout.rowOf().get(b.id()));
                if (sameRow && a.position() < b.position()) {
                    // a ends before b begins: its place in the row, also for chips of no width side by side
                    assertThat(layout.boxes().get(i).maxX()).isLessThanOrEqualTo(layout.boxes().get(j).x() + EPS);
                }
            }
        }
    }

    @Property(tries = 1)
    void chipsOfNoWidthKeepTheirOrderWhenTheMapNarrows() {
        // Found by the property above: zero-width chips at one x with a wider one just after them.
        List<ChipSpec> chips = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            chips.add(new ChipSpec("v" + i, 0.0, 0.0));
        }
        chips.add(new ChipSpec("v41", 0.01, 0.36));
        narrowingKeepsOrderWithinARowAndNeverLeavesTheColumn(
                new Scene(chips, FIVE, 60, new ChipMetrics(8, 20, 0, 0, 0)), 0.3);
    }

    @Property(tries = 1)
    void aNameTooWideForItsColumnWrapsOntoTwoRowsInsteadOfLeavingIt() {
        ChipMetrics metrics = new ChipMetrics(20, 400, 4, 3, 5);
        List<ChipSpec> chips = List.of(new ChipSpec("long", 0.3, 150), new ChipSpec("short", 0.31, 40));
        ChipLayout layout = BandColumns.place(chips, FIVE, Map.of(), 500, 0, metrics);
        ChipBox wrapped = layout.boxes().get(0);
        assertThat(wrapped.width()).isLessThanOrEqualTo(100);
        assertThat(wrapped.height()).isEqualTo(43);
        assertThat(layout.rowOf()).containsEntry("long", 0).containsEntry("short", 2);
        assertThat(layout.rows()).isEqualTo(3);
    }

    private static void assertNoOverlap(ChipLayout layout) {
        List<ChipBox> boxes = new ArrayList<>(layout.boxes());
        boxes.sort(java.util.Comparator.comparingDouble(ChipBox::x));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size() && boxes.get(j).x() < boxes.get(i).maxX() - EPS; j++) {
                ChipBox a = boxes.get(i);
                ChipBox b = boxes.get(j);
                boolean apart = a.maxY() <= b.y() + EPS || b.maxY() <= a.y() + EPS
                        || a.width() < EPS || b.width() < EPS;
                assertThat(apart).as("%s and %s overlap", a, b).isTrue();
            }
        }
    }

    private static void assertInsideColumns(Scene scene, ChipLayout layout, boolean exactInside) {
        for (int i = 0; i < scene.chips().size(); i++) {
            ChipSpec chip = scene.chips().get(i);
            ChipBox box = layout.boxes().get(i);
            double from = 0;
            double to = 1;
            for (Band band : scene.bands()) {
                if (band.contains(chip.position())) {
                    from = band.from();
                    to = band.to();
                }
            }
            assertThat(box.x()).isGreaterThanOrEqualTo(from * scene.width() - EPS);
            assertThat(box.maxX()).isLessThanOrEqualTo(to * scene.width() + EPS);
            assertThat(box.y()).isGreaterThanOrEqualTo(-EPS);
            assertThat(box.maxY()).isLessThanOrEqualTo(layout.axisY() + EPS);
            if (exactInside && box.width() > EPS) {
                double exact = chip.position() * scene.width();
                double slack = scene.metrics().horizontalGap() / 2 + EPS; // chips keep that far from a band border
                assertThat(exact).as("the exact position lies within the chip").isBetween(box.x() - slack, box.maxX() + slack);
            }
        }
    }
}
