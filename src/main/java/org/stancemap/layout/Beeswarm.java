package org.stancemap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Places chips on a horizontal axis, beeswarm style: every chip is centred on its position's x (moved inwards
 * only as far as needed to stay inside the plot), and chips that would collide are stacked in rows that
 * alternate above and below the axis, nearest rows first. Chips never overlap and never leave the plot's
 * width; when the rows do not fit the height asked for, the layout reports the height it needs instead.
 *
 * <p>Chips are taken in order of position (ties by id) and each goes to the row nearest the axis whose last
 * chip ends at least a gap before it starts. Within a row chips therefore keep their axis order, and the
 * result depends only on the set of chips, never on the order they were given in. Finding that row is a
 * search over a min-tree of the rows' right edges, so placing n chips costs O(n log n).
 *
 * <p>Pure: no JavaFX, so the window and every exporter lay out chips the same way.
 */
public final class Beeswarm {

    private Beeswarm() {
    }

    /**
     * Lays out the chips on a plot of the given size.
     *
     * @param chips      the chips, in any order; ids should be unique so that ties break deterministically
     * @param plotWidth  the axis runs from x = 0 (position 0) to x = plotWidth (position 1)
     * @param plotHeight the height available; the result is taller when the rows need more
     * @param metrics    chip height, maximum width and gaps
     * @return one box per chip, in the order given
     */
    public static ChipLayout place(List<ChipSpec> chips, double plotWidth, double plotHeight, ChipMetrics metrics) {
        if (!(plotWidth >= 0 && Double.isFinite(plotWidth))) {
            throw new IllegalArgumentException("plot width must be finite and not negative, was " + plotWidth);
        }
        if (!(plotHeight >= 0 && Double.isFinite(plotHeight))) {
            throw new IllegalArgumentException("plot height must be finite and not negative, was " + plotHeight);
        }
        int n = chips.size();
        double[] left = new double[n];
        double[] width = new double[n];
        for (int i = 0; i < n; i++) {
            ChipSpec chip = chips.get(i);
            width[i] = Math.min(Math.min(chip.labelWidth(), metrics.maxChipWidth()), plotWidth);
            double ideal = chip.position() * plotWidth - width[i] / 2;
            left[i] = Math.max(0, Math.min(ideal, plotWidth - width[i]));
        }

        int[] row = new int[n];
        RowEdges rows = new RowEdges();
        for (int i : axisOrder(chips)) {
            row[i] = rows.placeNearest(left[i], left[i] + width[i], metrics.horizontalGap());
        }

        int rowCount = rows.used();
        int rowsAbove = (rowCount + 1) / 2;
        double half = metrics.axisGap() + rowsAbove * metrics.chipHeight() + Math.max(0, rowsAbove - 1) * metrics.rowGap();
        double height = Math.max(plotHeight, 2 * half);
        double axisY = height / 2;

        List<ChipBox> boxes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boxes.add(new ChipBox(chips.get(i).id(), left[i], rowTop(row[i], axisY, metrics), width[i], metrics.chipHeight()));
        }
        return new ChipLayout(boxes, height, axisY, rowCount, java.util.Map.of(), 0);
    }

    /** Row 0 is just above the axis, row 1 just below, row 2 above row 0, and so on outwards. */
    static double rowTop(int row, double axisY, ChipMetrics metrics) {
        int level = row / 2;
        double pitch = metrics.chipHeight() + metrics.rowGap();
        return row % 2 == 0
                ? axisY - metrics.axisGap() - metrics.chipHeight() - level * pitch
                : axisY + metrics.axisGap() + level * pitch;
    }

    /**
     * Chip indices by position, ties by id. One primitive sort on (position to 31 bits, index) does nearly all
     * the work (a boxed comparator made ordering the slowest step at 100,000 chips); the rare runs that share
     * those 31 bits are then put in exact order by position and id.
     */
    static int[] axisOrder(List<ChipSpec> chips) {
        int n = chips.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = coarse(chips.get(i).position()) << 32 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) keys[k];
        }
        for (int start = 0, end; start < n; start = end) {
            end = start + 1;
            while (end < n && keys[end] >>> 32 == keys[start] >>> 32) {
                end++;
            }
            if (end - start > 1) {
                sortExactly(order, start, end, chips);
            }
        }
        return order;
    }

    private static long coarse(double position) {
        return (long) (position * Integer.MAX_VALUE);
    }

    private static void sortExactly(int[] order, int from, int to, List<ChipSpec> chips) {
        Integer[] run = new Integer[to - from];
        for (int k = from; k < to; k++) {
            run[k - from] = order[k];
        }
        Arrays.sort(run, Comparator.<Integer>comparingDouble(i -> chips.get(i).position())
                .thenComparing(i -> chips.get(i).id()));
        for (int k = from; k < to; k++) {
            order[k] = run[k - from];
        }
    }
}
