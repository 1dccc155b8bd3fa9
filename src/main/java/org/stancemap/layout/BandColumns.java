package org.stancemap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.stancemap.model.Band;

/**
 * Places chips in their band's column, in rows piled up from the axis. A chip is centred on its position's x, moved
 * only as far as needed to stay inside its band's column (so its exact x always lies within the chip), and sits in
 * a row: the row stored for its voice when there is one, else the lowest row of its column where it touches no
 * other chip.
 *
 * <p>The result is a pure function of the chips' positions and widths, the bands, the stored rows and the plot
 * width, so moving one chip to a free row leaves every other chip where it was, and the window and every export draw
 * the same rows. A chip given a free row always sits at its own place, never pushed aside by its neighbours, so that
 * when one of them later leaves the row, it stays where it is. Chips that share a stored row in one column keep
 * their order; when the column is too narrow for them at their positions they slide apart within it, and a chip
 * that no longer fits the row at all (a much narrower plot than the rows were made for) is shown in the lowest free
 * row instead, until the plot is wide enough again. {@link ChipLayout#displaced()} counts those.
 *
 * <p>A chip whose name is wider than its column allows (or than the widest chip the metrics allow) takes two rows,
 * and the caller wraps the name onto two lines: names are never cut short. It is never slid, and the rows it spans
 * take other chips only where they clear it.
 *
 * <p>Chips with no stored row are taken in axis order (position, then id); each goes to the lowest row whose last
 * chip ends a gap before it starts, found in a min-tree of the rows' right edges, so a fresh layout of n chips costs
 * O(n log n) (a two-row chip looks for two free neighbouring rows in a second min-tree, over pairs of rows). In a
 * column that also holds stored rows each such chip is instead checked against the chips of every
 * row, lowest first.
 *
 * <p>Pure: no JavaFX, so the window and every exporter lay out chips the same way.
 */
public final class BandColumns {

    private BandColumns() {
    }

    /**
     * Lays out the chips on a plot of the given size.
     *
     * @param chips      the chips, in any order; ids must be unique
     * @param bands      the spectrum's bands, left to right and tiling 0–1; empty for one column over the whole axis
     * @param rows       the row stored for each voice id; ids absent (or rows below 0) get the lowest free row
     * @param plotWidth  the axis runs from x = 0 (position 0) to x = plotWidth (position 1)
     * @param plotHeight the height available; the result is taller when the rows need more
     * @param metrics    chip height, maximum width and gaps
     * @return one box per chip, in the order given
     */
    public static ChipLayout place(List<ChipSpec> chips, List<Band> bands, Map<String, Integer> rows,
                                   double plotWidth, double plotHeight, ChipMetrics metrics) {
        if (!(plotWidth >= 0 && Double.isFinite(plotWidth))) {
            throw new IllegalArgumentException("plot width must be finite and not negative, was " + plotWidth);
        }
        if (!(plotHeight >= 0 && Double.isFinite(plotHeight))) {
            throw new IllegalArgumentException("plot height must be finite and not negative, was " + plotHeight);
        }
        double[] starts = bands.isEmpty() ? new double[] {0} : bands.stream().mapToDouble(Band::from).toArray();
        return new Placing(chips, starts, columns(bands, plotWidth, metrics.horizontalGap()), rows, plotWidth, metrics)
                .run(plotHeight);
    }

    /** The rows a fresh layout gives every chip: what <em>Tidy up</em> stores. */
    public static Map<String, Integer> tidyRows(List<ChipSpec> chips, List<Band> bands, double plotWidth,
                                                ChipMetrics metrics) {
        return place(chips, bands, Map.of(), plotWidth, 0, metrics).rowOf();
    }

    /** The plot height that holds {@code rows} rows of chips, with the axis and its ticks below them. */
    public static double heightFor(int rows, ChipMetrics metrics) {
        return 2 * metrics.axisGap() + rows * metrics.chipHeight() + Math.max(0, rows - 1) * metrics.rowGap()
                + metrics.rowGap();
    }

    /** Left and right edge of each band's column, inset by half a gap so that chips never touch a band border. */
    static double[][] columns(List<Band> bands, double plotWidth, double gap) {
        List<double[]> spans = new ArrayList<>();
        if (bands.isEmpty()) {
            spans.add(new double[] {0, 1});
        } else {
            bands.forEach(b -> spans.add(new double[] {b.from(), b.to()}));
        }
        double[][] columns = new double[spans.size()][];
        for (int c = 0; c < columns.length; c++) {
            double left = spans.get(c)[0] * plotWidth;
            double right = spans.get(c)[1] * plotWidth;
            double inset = Math.min(gap / 2, (right - left) / 4);
            columns[c] = new double[] {left + inset, right - inset};
        }
        return columns;
    }

    /** Row 0 sits just above the axis, row 1 above it, and so on upwards. */
    static double rowTop(int row, double axisY, ChipMetrics metrics) {
        return axisY - metrics.axisGap() - metrics.chipHeight() - row * (metrics.chipHeight() + metrics.rowGap());
    }

    private static final class Placing {
        private final List<ChipSpec> chips;
        /** Where each column's band begins on the 0–1 axis. */
        private final double[] starts;
        private final double[][] columns;
        private final double plotWidth;
        private final Map<String, Integer> stored;
        private final ChipMetrics metrics;
        private final int n;
        private final int[] column;
        private final double[] width;
        private final double[] left;
        private final int[] row;
        /** Too wide for one line in its column: the caller wraps its name, and it takes two rows. */
        private final boolean[] tall;
        private final boolean[] placed;
        /** The chips in each (column, row) key, left to right: what a chip with no stored row must keep clear of. */
        private final Map<Long, List<Integer>> byColumnRow = new HashMap<>();
        /** Rows taken so far: those stored, then those the chips placed since needed. */
        private int rowCount;
        private int displaced;

        Placing(List<ChipSpec> chips, double[] starts, double[][] columns, Map<String, Integer> stored,
                double plotWidth, ChipMetrics metrics) {
            this.chips = chips;
            this.starts = starts;
            this.columns = columns;
            this.plotWidth = plotWidth;
            this.stored = stored;
            this.metrics = metrics;
            n = chips.size();
            column = new int[n];
            width = new double[n];
            left = new double[n];
            row = new int[n];
            tall = new boolean[n];
            placed = new boolean[n];
        }

        ChipLayout run(double plotHeight) {
            for (int i = 0; i < n; i++) {
                ChipSpec chip = chips.get(i);
                column[i] = columnOf(chip.position());
                double[] span = columns[column[i]];
                double room = Math.max(0, span[1] - span[0]);
                double widest = Math.min(metrics.maxChipWidth(), room);
                tall[i] = chip.labelWidth() > widest + 1e-9;
                width[i] = Math.min(chip.labelWidth(), widest);
                left[i] = ideal(i);
            }
            int[] order = AxisOrder.of(chips);
            placeStored(order);
            for (int i = 0; i < n; i++) {
                if (placed[i]) {
                    rowCount = Math.max(rowCount, row[i] + rowsOf(i));
                }
            }
            placeFloating(order);

            double plot = Math.max(plotHeight, heightFor(rowCount, metrics));
            double axisY = plot - metrics.axisGap();
            List<ChipBox> boxes = new ArrayList<>(n);
            Map<String, Integer> rowOf = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                double height = rowsOf(i) * metrics.chipHeight() + (rowsOf(i) - 1) * metrics.rowGap();
                boxes.add(new ChipBox(chips.get(i).id(), left[i], rowTop(row[i] + rowsOf(i) - 1, axisY, metrics),
                        width[i], height));
                rowOf.put(chips.get(i).id(), row[i]);
            }
            return new ChipLayout(boxes, plot, axisY, rowCount, rowOf, displaced);
        }

        private int rowsOf(int i) {
            return tall[i] ? 2 : 1;
        }

        /** The band holding the position, as {@code Band.contains} decides: the last band also holds 1. */
        private int columnOf(double position) {
            int found = Arrays.binarySearch(starts, position);
            int c = found >= 0 ? found : -found - 2;
            return Math.max(0, Math.min(c, starts.length - 1));
        }

        /** Centred on its position, then pulled inside its column. */
        private double ideal(int i) {
            double[] span = columns[column[i]];
            double centred = chips.get(i).position() * plotWidth - width[i] / 2;
            return Math.max(span[0], Math.min(centred, span[1] - width[i]));
        }

        /**
         * Chips with a stored row, by column and row in axis order; each group keeps what fits its column and slides
         * apart where it must; the rest are displaced, to be placed as if they had no stored row.
         */
        private void placeStored(int[] order) {
            Map<Long, List<Integer>> groups = new TreeMap<>();
            for (int i : order) {
                Integer r = stored.get(chips.get(i).id());
                if (r == null || r < 0) {
                    continue;
                }
                long key = key(column[i], r);
                if (!tall[i]) {
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                } else if (fitsRow(i, key) && fitsRow(i, key + 1)) {
                    // A wrapped chip is never slid: it takes its two rows ahead of the one-line chips.
                    row[i] = r;
                    insert(i);
                    placed[i] = true;
                } else {
                    displaced++;
                }
            }
            for (Map.Entry<Long, List<Integer>> group : groups.entrySet()) {
                int c = (int) (group.getKey() >>> 32);
                int r = (int) (long) group.getKey();
                if (byColumnRow.containsKey(group.getKey())) {
                    keepClearOfWrapped(group.getValue(), byColumnRow.get(group.getKey()), r);
                    continue;
                }
                List<Integer> kept = fitting(group.getValue(), columns[c]);
                slideApart(kept, columns[c]);
                for (int i : kept) {
                    row[i] = r;
                    placed[i] = true;
                }
                byColumnRow.put(group.getKey(), new ArrayList<>(kept));
                displaced += group.getValue().size() - kept.size();
            }
        }

        /**
         * A row that also holds part of a wrapped chip: its other chips stay where they belong if they clear everything
         * already there, and are displaced otherwise; nothing slides around a chip that spans two rows.
         */
        private void keepClearOfWrapped(List<Integer> group, List<Integer> inRow, int r) {
            for (int i : group) {
                if (fitsBetween(i, inRow)) {
                    inRow.add(insertionPoint(inRow, i), i);
                    row[i] = r;
                    placed[i] = true;
                } else {
                    displaced++;
                }
            }
        }

        /** The longest run, in axis order, whose widths and gaps fit the column. */
        private List<Integer> fitting(List<Integer> group, double[] span) {
            double room = span[1] - span[0];
            double used = 0;
            int count = 0;
            for (int i : group) {
                double next = used + (count == 0 ? 0 : metrics.horizontalGap()) + width[i];
                if (next > room + 1e-9) {
                    break;
                }
                used = next;
                count++;
            }
            return group.subList(0, count);
        }

        /** Pushes overlapping chips right, then back left from the column's right edge, keeping their order. */
        private void slideApart(List<Integer> group, double[] span) {
            double gap = metrics.horizontalGap();
            for (int k = 1; k < group.size(); k++) {
                int prev = group.get(k - 1);
                int i = group.get(k);
                left[i] = Math.max(left[i], left[prev] + width[prev] + gap);
            }
            for (int k = group.size() - 1; k >= 0; k--) {
                int i = group.get(k);
                double limit = k == group.size() - 1 ? span[1] - width[i] : left[group.get(k + 1)] - gap - width[i];
                left[i] = Math.max(span[0], Math.min(left[i], limit));
            }
        }

        private static long key(int column, int row) {
            return (long) column << 32 | row;
        }

        private void placeFloating(int[] order) {
            boolean[] columnHasStored = new boolean[columns.length];
            for (long key : byColumnRow.keySet()) {
                columnHasStored[(int) (key >>> 32)] = true;
            }
            RowEdges[] edges = new RowEdges[columns.length];
            double gap = metrics.horizontalGap();
            for (int i : order) {
                if (placed[i]) {
                    continue;
                }
                left[i] = ideal(i);
                int c = column[i];
                if (!columnHasStored[c]) {
                    if (edges[c] == null) {
                        edges[c] = new RowEdges();
                    }
                    row[i] = tall[i] ? edges[c].placeNearestPair(left[i], left[i] + width[i], gap)
                            : edges[c].placeNearest(left[i], left[i] + width[i], gap);
                } else {
                    row[i] = lowestFreeRow(i);
                    insert(i);
                }
                placed[i] = true;
                rowCount = Math.max(rowCount, row[i] + rowsOf(i));
            }
        }

        /**
         * The lowest row of the chip's column where its box keeps a gap from every chip already there; never the row
         * it was displaced from, where it would break the order of the chips that kept it.
         */
        private int lowestFreeRow(int i) {
            Integer own = stored.get(chips.get(i).id());
            for (int r = 0; ; r++) {
                List<Integer> inRow = byColumnRow.get(key(column[i], r));
                if (own != null && own == r) {
                    continue;
                }
                if (tall[i]) {
                    if (fitsRow(i, key(column[i], r)) && fitsRow(i, key(column[i], r + 1))) {
                        return r;
                    }
                } else if (inRow == null || fitsBetween(i, inRow)) {
                    return r;
                }
            }
        }

        private boolean fitsRow(int i, long key) {
            List<Integer> inRow = byColumnRow.get(key);
            return inRow == null || fitsBetween(i, inRow);
        }

        private boolean fitsBetween(int i, List<Integer> inRow) {
            double gap = metrics.horizontalGap();
            int at = insertionPoint(inRow, i);
            boolean clearOfLeft = at == 0 || left[inRow.get(at - 1)] + width[inRow.get(at - 1)] + gap <= left[i] + 1e-9;
            boolean clearOfRight = at == inRow.size() || left[i] + width[i] + gap <= left[inRow.get(at)] + 1e-9;
            return clearOfLeft && clearOfRight;
        }

        private void insert(int i) {
            for (int r = row[i]; r < row[i] + rowsOf(i); r++) {
                List<Integer> inRow = byColumnRow.computeIfAbsent(key(column[i], r), k -> new ArrayList<>());
                inRow.add(insertionPoint(inRow, i), i);
            }
        }

        /**
         * Where chip i goes among a row's chips, which are in left-to-right order; a chip starting where another does
         * goes before it when it also ends sooner, so that an empty chip never lands inside a wider one.
         */
        private int insertionPoint(List<Integer> inRow, int i) {
            int low = 0;
            int high = inRow.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                int other = inRow.get(mid);
                boolean before = left[other] < left[i]
                        || left[other] == left[i] && left[other] + width[other] <= left[i] + width[i];
                if (before) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
