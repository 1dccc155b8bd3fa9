package org.stancemap.ui.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stancemap.model.Project;
import org.stancemap.model.Spectrum;
import org.stancemap.render.SlideRows;

/**
 * The rows the map shows: the project's own, or, for a map that keeps none yet, the packing its slide shows, which its
 * first move keeps. That packing is worked out again only when what it depends on changes, not on every edit of a
 * note or tag.
 */
final class ShownRows {

    /** What a chip's place in a packing depends on. */
    private record Chip(String id, String name, double position) {
    }

    /** A packing, and what it depends on: the bands and each placed chip. */
    private record Packed(Spectrum spectrum, List<Chip> chips, Map<String, Integer> rows) {
        boolean isFor(Spectrum other, List<Chip> otherChips) {
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
        List<Chip> chips = project.voices().stream().filter(v -> v.placement().isPresent())
                .map(v -> new Chip(v.id(), v.shortName(), v.placement().orElseThrow().position())).toList();
        if (last.isEmpty() || !last.get().isFor(project.spectrum(), chips)) {
            last = Optional.of(new Packed(project.spectrum(), chips, SlideRows.shown(project).byVoice()));
        }
        return last.get().rows();
    }
}
