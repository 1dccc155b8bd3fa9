package org.stancemap.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.stancemap.edit.MoveVoiceCommand;
import org.stancemap.layout.ChipBox;
import org.stancemap.model.Band;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.render.Briefing;
import org.stancemap.render.BriefingExport;
import org.stancemap.render.BriefingOptions;
import org.stancemap.render.CanvasSize;
import org.stancemap.render.ExportFormat;
import org.stancemap.store.BundledMap;

/**
 * The two numbers on the bundled map's 16:9 slide: how many other chips change place when one expert is
 * moved (eight moves, each of another expert into another band, keeping the rows the slide shows, as the command
 * line's {@code move} and the window do), and how many chips straddle a band border. Run it with
 * {@code java -cp target/stancemap.jar src/test/java/org/stancemap/bench/LayoutStabilityMeasure.java}.
 */
public final class LayoutStabilityMeasure {

    private LayoutStabilityMeasure() {
    }

    public static void main(String[] args) {
        Project project = BundledMap.load();
        BriefingExport slide = new BriefingExport(ExportFormat.PNG, CanvasSize.SLIDE_16X9, 1, BriefingOptions.defaults());
        Briefing before = slide.layout(project);
        System.out.println("chips straddling a band border: " + straddling(project, before) + " of " + before.chips().size());
        StringBuilder moved = new StringBuilder();
        StringBuilder rowChanged = new StringBuilder();
        List<Voice> voices = project.voices();
        for (int k = 0; k < 8; k++) {
            Voice voice = voices.get(k * 6 + 1);
            double from = voice.placement().orElseThrow().position();
            double to = Math.round(((from + 0.2 * (1 + k % 3)) % 1.0) * 100) / 100.0;
            Placement placement = new Placement(to, "measured", OptionalDouble.empty(), "measure", Instant.EPOCH);
            Project pinned = project.withRows(before.rows());
            Project after = MoveVoiceCommand.of(pinned, voice, placement).execute(pinned);
            Briefing next = slide.layout(after);
            moved.append(k == 0 ? "" : ", ").append(othersMoved(before, next, voice.id()));
            long otherRows = before.rows().keySet().stream()
                    .filter(id -> !id.equals(voice.id()) && !before.rows().get(id).equals(next.rows().get(id))).count();
            rowChanged.append(k == 0 ? "" : ", ").append(otherRows);
        }
        System.out.println("other chips that changed place, per move: " + moved);
        System.out.println("other chips that changed row, per move: " + rowChanged);
    }

    private static int othersMoved(Briefing before, Briefing after, String movedId) {
        Map<String, ChipBox> was = new HashMap<>();
        before.chips().forEach(c -> was.put(c.voiceId(), c.box()));
        int count = 0;
        for (Briefing.Chip chip : after.chips()) {
            ChipBox old = was.get(chip.voiceId());
            ChipBox now = chip.box();
            if (!chip.voiceId().equals(movedId) && (Math.abs(old.x() - now.x()) > 0.5 || Math.abs(old.y() - now.y()) > 0.5
                    || Math.abs(old.width() - now.width()) > 0.5)) {
                count++;
            }
        }
        return count;
    }

    private static int straddling(Project project, Briefing briefing) {
        int count = 0;
        for (Briefing.Chip chip : briefing.chips()) {
            ChipBox box = chip.box();
            for (Band band : project.spectrum().bands()) {
                double border = briefing.plot().x() + band.to() * briefing.plot().width();
                if (band.to() < 1 && box.x() < border && box.maxX() > border) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }
}
