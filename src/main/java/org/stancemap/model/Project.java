package org.stancemap.model;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A stance map: a round-up, the spectrum its voices are placed on, the voices, and the row each chip keeps on the
 * map.
 *
 * @param roundUp  the source document
 * @param spectrum the question and its axis
 * @param voices   in article order; ids unique
 * @param rows     the row each placed voice's chip sits in within its band's column, 0 nearest the axis, by voice id;
 *                 a voice without one is given the lowest free row where it is drawn. Rows are kept so that a move
 *                 changes no other chip's place, and so that the window and every export draw the same picture.
 * @param plotRows how many rows the map makes room for (0 when it keeps none): a slide sizes its names so that this
 *                 many rows fit, so a move that fills a spare row leaves every other chip as it was, and one that
 *                 empties a row does not make every name larger. Kept with the rows; see {@link ChipRows}.
 */
public record Project(RoundUp roundUp, Spectrum spectrum, List<Voice> voices, Map<String, Integer> rows,
                      int plotRows) {
    public Project {
        Objects.requireNonNull(roundUp, "roundUp");
        Objects.requireNonNull(spectrum, "spectrum");
        voices = List.copyOf(voices);
        Set<String> ids = new HashSet<>();
        for (Voice voice : voices) {
            if (!ids.add(voice.id())) {
                throw new IllegalArgumentException("two voices share the id " + voice.id());
            }
        }
        rows.forEach((id, row) -> {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("a row is kept for " + id + ", which is no voice of this map");
            }
            if (row == null || row < 0) {
                throw new IllegalArgumentException("the row of " + id + " must be 0 or more, was " + row);
            }
        });
        rows = Collections.unmodifiableMap(new TreeMap<>(rows));
        if (plotRows < 0) {
            throw new IllegalArgumentException("the rows the map makes room for must be 0 or more, was " + plotRows);
        }
    }

    /** A project that keeps these rows and makes room for no more than they take. */
    public Project(RoundUp roundUp, Spectrum spectrum, List<Voice> voices, Map<String, Integer> rows) {
        this(roundUp, spectrum, voices, rows, 0);
    }

    /** A project whose chips keep no rows yet: each is drawn in the lowest free row. */
    public Project(RoundUp roundUp, Spectrum spectrum, List<Voice> voices) {
        this(roundUp, spectrum, voices, Map.of(), 0);
    }

    public Optional<Voice> voice(String id) {
        return voices.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The row kept for the voice's chip, if any. */
    public OptionalInt row(String id) {
        Integer row = rows.get(id);
        return row == null ? OptionalInt.empty() : OptionalInt.of(row);
    }

    /** This project with the voice of the given id replaced by {@code change} applied to it. */
    public Project withVoice(String id, UnaryOperator<Voice> change) {
        if (voice(id).isEmpty()) {
            throw new IllegalArgumentException("no voice has the id " + id);
        }
        return new Project(roundUp, spectrum,
                voices.stream().map(v -> v.id().equals(id) ? change.apply(v) : v).toList(), rows, plotRows);
    }

    public Project withSpectrum(Spectrum newSpectrum) {
        return new Project(roundUp, newSpectrum, voices, rows, plotRows);
    }

    public Project withRoundUp(RoundUp newRoundUp) {
        return new Project(newRoundUp, spectrum, voices, rows, plotRows);
    }

    /** The rows kept and the room made for them, as one value that a command can put back. */
    public ChipRows chipRows() {
        return new ChipRows(rows, plotRows);
    }

    /** This project keeping {@code chipRows}: its rows and the room the map makes for them. */
    public Project withChipRows(ChipRows chipRows) {
        return new Project(roundUp, spectrum, voices, chipRows.byVoice(), chipRows.plotRows());
    }
}
