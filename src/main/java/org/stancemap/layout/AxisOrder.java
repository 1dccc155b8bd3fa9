package org.stancemap.layout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The order chips are taken in: by position along the axis, ties by id, so a layout never depends on input order. */
final class AxisOrder {

    private AxisOrder() {
    }

    /**
     * Chip indices by position, ties by id. One primitive sort on (position to 31 bits, index) does nearly all
     * the work (a boxed comparator made ordering the slowest step at 100,000 chips); the rare runs that share
     * those 31 bits are then put in exact order by position and id.
     */
    static int[] of(List<ChipSpec> chips) {
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
