package org.stancemap.layout;

import java.util.Arrays;

/**
 * The right edge of the last chip in each row, kept in two min-trees: one over the rows, so that "the lowest row
 * whose last chip ends at or before x" is found in O(log rows), and one over pairs of neighbouring rows (the later of
 * their two edges), so that a chip two rows tall finds the lowest two free rows as fast. Unused rows have an edge of
 * minus infinity, so they are always free, and rows come into use in order. The trees start small and double when
 * their rows are all used, which keeps them in cache for the usual few rows.
 */
final class RowEdges {

    private int leaves = 64;
    private double[] edges = emptyLeaves(leaves);
    private double[] rows = emptyTree(leaves);
    private double[] pairs = emptyTree(leaves);
    private int used;

    /** Puts a chip spanning [left, right] in the nearest row where it keeps {@code gap} from the row's last chip. */
    int placeNearest(double left, double right, double gap) {
        if (used + 1 >= leaves) {
            grow();
        }
        int row = lowest(rows, left - gap);
        set(row, right);
        used = Math.max(used, row + 1);
        return row;
    }

    /** Puts a chip two rows tall in the lowest two neighbouring rows where it keeps {@code gap} from both. */
    int placeNearestPair(double left, double right, double gap) {
        if (used + 2 >= leaves) {
            grow();
        }
        int row = lowest(pairs, left - gap);
        set(row, right);
        set(row + 1, right);
        used = Math.max(used, row + 2);
        return row;
    }

    int used() {
        return used;
    }

    private int lowest(double[] tree, double limit) {
        int node = 1;
        while (node < leaves) {
            node = tree[2 * node] <= limit ? 2 * node : 2 * node + 1;
        }
        return node - leaves;
    }

    private void set(int row, double edge) {
        edges[row] = edge;
        update(rows, row, edge);
        if (row > 0) {
            update(pairs, row - 1, Math.max(edges[row - 1], edge));
        }
        if (row + 1 < leaves) {
            update(pairs, row, Math.max(edge, edges[row + 1]));
        }
    }

    private void update(double[] tree, int row, double value) {
        int node = leaves + row;
        tree[node] = value;
        for (node /= 2; node >= 1; node /= 2) {
            tree[node] = Math.min(tree[2 * node], tree[2 * node + 1]);
        }
    }

    private void grow() {
        int before = leaves;
        leaves *= 2;
        edges = Arrays.copyOf(edges, leaves);
        Arrays.fill(edges, before, leaves, Double.NEGATIVE_INFINITY);
        rows = emptyTree(leaves);
        pairs = emptyTree(leaves);
        for (int row = 0; row < leaves; row++) {
            rows[leaves + row] = edges[row];
            pairs[leaves + row] = row + 1 < leaves ? Math.max(edges[row], edges[row + 1]) : edges[row];
        }
        for (int node = leaves - 1; node >= 1; node--) {
            rows[node] = Math.min(rows[2 * node], rows[2 * node + 1]);
            pairs[node] = Math.min(pairs[2 * node], pairs[2 * node + 1]);
        }
    }

    private static double[] emptyLeaves(int leaves) {
        double[] edges = new double[leaves];
        Arrays.fill(edges, Double.NEGATIVE_INFINITY);
        return edges;
    }

    private static double[] emptyTree(int leaves) {
        double[] tree = new double[2 * leaves];
        Arrays.fill(tree, Double.NEGATIVE_INFINITY);
        return tree;
    }
}
