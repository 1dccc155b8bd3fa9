package org.stancemap.edit;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.stancemap.model.Band;
import org.stancemap.model.ChipRows;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

/**
 * Places a voice at a new position. The new placement is appended to the voice's history, so every earlier
 * placement stays on record; undo restores the history exactly as it was. A burst of moves of one voice, each
 * within {@link #BURST} of the last, by the same analyst for the same reason, is one move: the history keeps
 * where the burst ended, and one undo goes back to where it started.
 *
 * <p>The chips' rows are part of the move: {@code rowsAfter} gives the moved voice its row at the new position and
 * keeps everyone else's (and the room the map makes for them), and undo puts back {@code rowsBefore}, so the previous
 * picture returns exactly.
 */
public record MoveVoiceCommand(String voiceId, List<Placement> before, Placement placement, String description,
                               ChipRows rowsBefore, ChipRows rowsAfter) implements Command {

    /** How soon after a move another one counts as part of it: longer than a pause between arrow-key presses. */
    public static final Duration BURST = Duration.ofSeconds(2);

    public MoveVoiceCommand {
        Objects.requireNonNull(voiceId, "voiceId");
        before = List.copyOf(before);
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(rowsBefore, "rowsBefore");
        Objects.requireNonNull(rowsAfter, "rowsAfter");
    }

    /**
     * A move of {@code voice} in {@code project} to {@code placement}, described with the band it lands in. The voice
     * forgets its row and is drawn in the lowest free row at its new place; every other voice keeps its row. For a
     * caller that knows the picture, {@link #of(Project, Voice, Placement, ChipRows)} keeps that row too.
     */
    public static MoveVoiceCommand of(Project project, Voice voice, Placement placement) {
        Map<String, Integer> rows = new HashMap<>(project.rows());
        rows.remove(voice.id());
        return of(project, voice, placement, new ChipRows(rows, project.plotRows()));
    }

    /** A move that leaves every chip in the row {@code rowsAfter} gives it, the moved one included. */
    public static MoveVoiceCommand of(Project project, Voice voice, Placement placement, ChipRows rowsAfter) {
        String where = project.spectrum().bandAt(placement.position())
                .map(Band::label)
                .orElse(String.format(Locale.ROOT, "%.2f", placement.position()));
        return new MoveVoiceCommand(voice.id(), voice.placements(), placement,
                "Move " + voice.shortName() + " to " + where, project.chipRows(), rowsAfter);
    }

    @Override
    public Project execute(Project project) {
        return project.withVoice(voiceId, v -> v.withPlacements(append(before, placement))).withChipRows(rowsAfter);
    }

    @Override
    public Project undo(Project project) {
        return project.withVoice(voiceId, v -> v.withPlacements(before)).withChipRows(rowsBefore);
    }

    @Override
    public Optional<Command> mergedAfter(Command previous) {
        if (!(previous instanceof MoveVoiceCommand earlier) || !earlier.voiceId.equals(voiceId)
                || !before.equals(append(earlier.before, earlier.placement))) {
            return Optional.empty();
        }
        Placement last = earlier.placement;
        Duration gap = Duration.between(last.placedAt(), placement.placedAt());
        boolean sameHands = last.placedBy().equals(placement.placedBy()) && last.rationale().equals(placement.rationale())
                && last.confidence().equals(placement.confidence());
        if (!sameHands || gap.isNegative() || gap.compareTo(BURST) > 0) {
            return Optional.empty();
        }
        return Optional.of(new MoveVoiceCommand(voiceId, earlier.before, placement, description, earlier.rowsBefore,
                rowsAfter));
    }

    private static List<Placement> append(List<Placement> history, Placement next) {
        return Stream.concat(history.stream(), Stream.of(next)).toList();
    }
}
