package org.stancemap.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows a map keeps for its chips and how many rows it makes room for: what a move, Tidy Up and undo change
 * together, so that undo restores exactly the picture before.
 *
 * <p>The room is the map's height in rows. A slide sets its names as large as lets that many rows fit, so a chip that
 * needs a row the room already has changes nothing else, and a row that empties makes no name larger. Only when a move
 * needs more rows than the room holds does the room grow, by {@link #SPARE} more than needed, and every name on a
 * slide gets smaller once.
 *
 * @param byVoice  the row of each chip, by voice id, 0 nearest the axis
 * @param plotRows the rows the map makes room for; 0 when it makes room for no more than the rows take
 */
public record ChipRows(Map<String, Integer> byVoice, int plotRows) {

    /** Rows of room kept above the rows a fresh packing, or a move that outgrows the room, needs. */
    public static final int SPARE = 1;

    public ChipRows {
        byVoice = Collections.unmodifiableMap(new TreeMap<>(byVoice));
        if (plotRows < 0) {
            throw new IllegalArgumentException("the rows the map makes room for must be 0 or more, was " + plotRows);
        }
    }

    /** Freshly packed rows that need {@code rowsNeeded} rows, with a spare row of room above them. */
    public static ChipRows packed(Map<String, Integer> byVoice, int rowsNeeded) {
        return new ChipRows(byVoice, rowsNeeded + SPARE);
    }

    /**
     * These rows after a change that gives the chips {@code newRows}, needing {@code rowsNeeded} rows: the room stays
     * while they fit in it, and grows to a spare row above them when they do not.
     */
    public ChipRows after(Map<String, Integer> newRows, int rowsNeeded) {
        return new ChipRows(newRows, rowsNeeded <= plotRows ? plotRows : rowsNeeded + SPARE);
    }
}
