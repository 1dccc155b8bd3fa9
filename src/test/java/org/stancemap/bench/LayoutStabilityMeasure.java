package org.stancemap.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;

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
import org.stancemap.render.SlideRows;
import org.stancemap.store.BundledMap;

/**
 * The numbers on the bundled map's 16:9 slide: how many chips straddle a band border, and how many other
 * chips change place when one expert is moved, with the rows the window, the command line's {@code move} and the
 * slide keep ({@link SlideRows}). First the eight moves measured before the band columns (each of another expert into
 * another band, one after the other), then every expert moved to the middle of every other band, each from the map
 * as bundled, then a session of random moves, each from where the last left the map. Run it with
 * {@code java -cp target/stancemap.jar src/test/java/org/stancemap/bench/LayoutStabilityMeasure.java}.
 */
public final class LayoutStabilityMeasure {

    private static final BriefingExport SLIDE =
            new BriefingExport(ExportFormat.PNG, CanvasSize.SLIDE_16X9, 1, BriefingOptions.defaults());

    private static final int SESSION_MOVES = 200;
    private static final long SESSION_SEED = 7;

    private LayoutStabilityMeasure() {
    }

    public static void main(String[] args) {
        Project bundled = BundledMap.load();
        Briefing first = SLIDE.layout(bundled);
        System.out.println("chips straddling a band border: " + straddling(bundled, first) + " of "
                + first.chips().size());

        StringBuilder moved = new StringBuilder();
        StringBuilder rowChanged = new StringBuilder();
        Project project = bundled;
        List<Voice> voices = bundled.voices();
        for (int k = 0; k < 8; k++) {
            Voice voice = voices.get(k * 6 + 1);
            double from = voice.placement().orElseThrow().position();
            double to = Math.round(((from + 0.2 * (1 + k % 3)) % 1.0) * 100) / 100.0;
            Briefing before = SLIDE.layout(project);
            Project after = moved(project, voice, to);
            Briefing next = SLIDE.layout(after);
            moved.append(k == 0 ? "" : ", ").append(othersMoved(before, next, voice.id()));
            long otherRows = before.rows().byVoice().keySet().stream().filter(id -> !id.equals(voice.id())
                    && !before.rows().byVoice().get(id).equals(next.rows().byVoice().get(id))).count();
            rowChanged.append(k == 0 ? "" : ", ").append(otherRows);
            project = after;
        }
        System.out.println("the eight moves, one after the other: other chips that changed place: " + moved
                + "; changed row: " + rowChanged);

        int moves = 0;
        int movesMovingOthers = 0;
        int mostMoved = 0;
        Briefing before = SLIDE.layout(bundled);
        for (Voice voice : voices) {
            Band own = bundled.spectrum().bandAt(voice.placement().orElseThrow().position()).orElseThrow();
            for (Band band : bundled.spectrum().bands()) {
                if (band.equals(own)) {
                    continue;
                }
                double middle = Math.round((band.from() + band.to()) / 2 * 100) / 100.0;
                int others = othersMoved(before, SLIDE.layout(moved(bundled, voice, middle)), voice.id());
                moves++;
                movesMovingOthers += others > 0 ? 1 : 0;
                mostMoved = Math.max(mostMoved, others);
            }
        }
        System.out.println("every expert to every other band (" + moves + " moves): " + movesMovingOthers
                + " moved another chip (at most " + mostMoved + ")");

        // A long session: each move from where the last one left the map, to a random place.
        Random random = new Random(SESSION_SEED);
        Project session = bundled;
        int movingOthers = 0;
        int roomGrew = 0;
        for (int k = 0; k < SESSION_MOVES; k++) {
            Voice voice = voices.get(random.nextInt(voices.size()));
            Briefing was = SLIDE.layout(session);
            session = moved(session, voice, random.nextInt(101) / 100.0);
            Briefing now = SLIDE.layout(session);
            movingOthers += othersMoved(was, now, voice.id()) > 0 ? 1 : 0;
            roomGrew += now.rows().plotRows() > was.rows().plotRows() ? 1 : 0;
        }
        System.out.println("a session of " + SESSION_MOVES + " random moves (seed " + SESSION_SEED + "): "
                + movingOthers + " moved another chip; the room grew " + roomGrew + " times (to "
                + SLIDE.layout(session).rows().plotRows() + " rows from " + first.rows().plotRows() + ")");
    }

    private static Project moved(Project project, Voice voice, double to) {
        Placement placement = new Placement(to, "measured", OptionalDouble.empty(), "measure", Instant.EPOCH);
        Voice current = project.voice(voice.id()).orElseThrow();
        return MoveVoiceCommand.of(project, current, placement, SlideRows.afterMove(project, voice.id(), placement))
                .execute(project);
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
