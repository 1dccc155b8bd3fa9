package org.stancemap.layout;

import java.util.Arrays;

/**
 * The right edge of the last chip in each row, kept in a min-tree so that "the lowest-numbered row whose last
 * chip ends at or before x" is found in O(log rows). Unused rows have an edge of minus infinity, so they are
 * always free, and rows come into use in order. The tree starts small and doubles when its rows are all used,
 * which keeps it in cache for the usual few rows.
 */
final class RowEdges {

    private int leaves = 64;
    private double[] tree = emptyTree(leaves);
    private int used;

    /** Puts a chip spanning [left, right] in the nearest row where it keeps {@code gap} from the row's last chip. */
    int placeNearest(double left, double right, double gap) {
        if (used == leaves) {
            grow();
        }
        double limit = left - gap;
        int node = 1;
        while (node < leaves) {
            node = tree[2 * node] <= limit ? 2 * node : 2 * node + 1;
        }
        int row = node - leaves;
        tree[node] = right;
        for (node /= 2; node >= 1; node /= 2) {
            tree[node] = Math.min(tree[2 * node], tree[2 * node + 1]);
        }
        used = Math.max(used, row + 1);
        return row;
    }

    int used() {
        return used;
    }

    private void grow() {
        double[] bigger = emptyTree(2 * leaves);
        System.arraycopy(tree, leaves, bigger, 2 * leaves, leaves);
        leaves *= 2;
        tree = bigger;
        for (int node = leaves - 1; node >= 1; node--) {
            tree[node] = Math.min(tree[2 * node], tree[2 * node + 1]);
        }
    }

    private static double[] emptyTree(int leaves) {
        double[] tree = new double[2 * leaves];
        Arrays.fill(tree, Double.NEGATIVE_INFINITY);
        return tree;
    }
}
