package org.stancemap.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A stance map: a round-up, the spectrum its voices are placed on, and the voices.
 *
 * @param roundUp  the source document
 * @param spectrum the question and its axis
 * @param voices   in article order; ids unique
 */
public record Project(RoundUp roundUp, Spectrum spectrum, List<Voice> voices) {
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
    }

    public Optional<Voice> voice(String id) {
        return voices.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** This project with the voice of the given id replaced by {@code change} applied to it. */
    public Project withVoice(String id, UnaryOperator<Voice> change) {
        if (voice(id).isEmpty()) {
            throw new IllegalArgumentException("no voice has the id " + id);
        }
        return new Project(roundUp, spectrum,
                voices.stream().map(v -> v.id().equals(id) ? change.apply(v) : v).toList());
    }

    public Project withSpectrum(Spectrum newSpectrum) {
        return new Project(roundUp, newSpectrum, voices);
    }

    public Project withRoundUp(RoundUp newRoundUp) {
        return new Project(newRoundUp, spectrum, voices);
    }
}
