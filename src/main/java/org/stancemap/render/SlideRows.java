package org.stancemap.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.stancemap.layout.ChipBox;
import org.stancemap.layout.ChipLayout;
import org.stancemap.model.ChipRows;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

/**
 * The rows a map keeps, chosen where the map is seen by most people: on its 16:9 briefing slide. The window, every
 * export and the command line keep and draw these rows, so a move or a Tidy Up made anywhere gives the same picture
 * everywhere, and a move moves no other chip on the slide.
 */
public final class SlideRows {

    private static final CanvasSize SLIDE = CanvasSize.SLIDE_16X9;
    private static final BriefingOptions PLAIN = BriefingOptions.defaults();

    private SlideRows() {
    }

    /** The rows the slide shows now and the room it is sized for: the project's own, or a fresh packing. */
    public static ChipRows shown(Project project) {
        return layout(project).rows();
    }

    /** Every chip packed afresh, with a spare row of room above them: what Tidy Up keeps. */
    public static ChipRows tidy(Project project) {
        ChipRows packed = layout(project.withChipRows(new ChipRows(Map.of(), 0))).rows();
        return ChipRows.packed(packed.byVoice(), packed.plotRows());
    }

    /**
     * The rows after placing voice {@code voiceId} at {@code placement}. The voice keeps its row when it stays in its
     * band and fits there at its own place with nothing else on the slide moving for it (a nudge); otherwise it takes
     * the lowest row free at its new place, found at the name size the slide shows now. Every other chip keeps its
     * row. The room grows only when the voice needs a row above it.
     */
    public static ChipRows afterMove(Project project, String voiceId, Placement placement) {
        Briefing now = layout(project);
        ChipRows shown = now.rows();
        Project moved = project.withVoice(voiceId, v -> v.withPlacementAdded(placement));
        Map<String, Integer> others = new HashMap<>(shown.byVoice());
        others.remove(voiceId);
        ChipLayout freeRow = freeRow(moved, others, now);
        ChipRows inFreeRow = shown.after(freeRow.rowOf(), freeRow.rows());
        Voice voice = project.voice(voiceId).orElseThrow();
        boolean sameBand = voice.placement().isPresent()
                && project.spectrum().bandAt(voice.placement().get().position())
                        .equals(project.spectrum().bandAt(placement.position()));
        if (!sameBand || !shown.byVoice().containsKey(voiceId)) {
            return inFreeRow;
        }
        // Its own row only if it sits there at its own place: a chip pushed aside by a neighbour would slide back
        // when that neighbour later leaves, moving a chip that nobody moved.
        Briefing kept = layout(moved.withChipRows(shown));
        double ownPlace = now.plot().x() + freeRow.boxes().stream()
                .filter(box -> box.id().equals(voiceId)).findFirst().orElseThrow().x();
        boolean atOwnPlace = kept.chips().stream()
                .anyMatch(chip -> chip.voiceId().equals(voiceId) && chip.box().x() == ownPlace);
        if (atOwnPlace && kept.nameSize() == now.nameSize() && othersInPlace(now, kept, voiceId)) {
            return shown.after(kept.rows().byVoice(), kept.rows().plotRows());
        }
        return inFreeRow;
    }

    private static Briefing layout(Project project) {
        return BriefingLayout.layout(project, PLAIN, SLIDE, BriefingFonts.get());
    }

    /** The chips at the slide's present name size, the moved one (having no row) in the lowest free row. */
    private static ChipLayout freeRow(Project moved, Map<String, Integer> rows, Briefing now) {
        List<Voice> placed = moved.voices().stream().filter(v -> v.placement().isPresent()).toList();
        List<ChipPlot.Entry> entries = BriefingLayout.entries(placed, PLAIN,
                new AttributeColours(moved.voices(), PLAIN.colourAttribute()));
        ChipPlot plot = new ChipPlot(new SlideDrawing(BriefingFonts.get()), BriefingMetrics.of(SLIDE));
        return plot.layoutAt(now.nameSize(), entries, now.plot(), moved.spectrum().bands(), rows);
    }

    private static boolean othersInPlace(Briefing before, Briefing after, String movedId) {
        Map<String, ChipBox> was = new HashMap<>();
        before.chips().forEach(chip -> was.put(chip.voiceId(), chip.box()));
        return after.chips().stream().allMatch(chip -> chip.voiceId().equals(movedId)
                || chip.box().equals(was.get(chip.voiceId())));
    }
}
