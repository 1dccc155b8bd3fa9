package org.stancemap.ui.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stancemap.model.Project;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;
import org.stancemap.render.SlideRows;

/**
 * The rows the map shows: the project's own, or, for a map that keeps none yet, the packing its slide shows, which its
 * first move keeps. That packing is worked out again only when what it depends on changes, not on every edit of a
 * note or tag.
 */
final class ShownRows {

    /** What a packing depends on: the bands and each placed chip's name and position. */
    private record Packed(Spectrum spectrum, List<String> chips, Map<String, Integer> rows) {
        boolean isFor(Spectrum other, List<String> otherChips) {
            return spectrum.equals(other) && chips.equals(otherChips);
        }
    }

    private Optional<Packed> last = Optional.empty();

    Map<String, Integer> of(Project project) {
        if (project == null) {
            return Map.of();
        }
        if (!project.rows().isEmpty()) {
            return project.rows();
        }
        List<String> chips = project.voices().stream().filter(v -> v.placement().isPresent())
                .map(ShownRows::chip).toList();
        if (last.isEmpty() || !last.get().isFor(project.spectrum(), chips)) {
            last = Optional.of(new Packed(project.spectrum(), chips, SlideRows.shown(project).byVoice()));
        }
        return last.get().rows();
    }

    private static String chip(Voice voice) {
        return voice.id() + "\u0000" + voice.shortName() + "\u0000" + voice.placement().orElseThrow().position();
    }
}
