package org.stancemap.layout;

import java.util.Arrays;

/**
 * The right edge of the last chip in each row, kept in a min-tree so that "the lowest-numbered row whose last
 * chip ends at or before x" is found in O(log rows). Unused rows have an edge of minus infinity, so they are
 * always free, and rows come into use in order.
 */
final class RowEdges {

    private final int leaves;
    private final double[] tree;
    private int used;

    RowEdges(int maxRows) {
        int size = 1;
        while (size < Math.max(1, maxRows)) {
            size <<= 1;
        }
        leaves = size;
        tree = new double[2 * size];
        Arrays.fill(tree, Double.NEGATIVE_INFINITY);
    }

    /** Puts a chip spanning [left, right] in the nearest row where it keeps {@code gap} from the row's last chip. */
    int placeNearest(double left, double right, double gap) {
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
}
