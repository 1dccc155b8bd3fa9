package org.stancemap.edit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.stancemap.model.Band;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

/**
 * Places a voice at a new position. The new placement is appended to the voice's history, so every earlier
 * placement stays on record; undo restores the history exactly as it was.
 */
public record MoveVoiceCommand(String voiceId, List<Placement> before, Placement placement, String description)
        implements Command {

    public MoveVoiceCommand {
        Objects.requireNonNull(voiceId, "voiceId");
        before = List.copyOf(before);
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(description, "description");
    }

    /** A move of {@code voice} in {@code project} to {@code placement}, described with the band it lands in. */
    public static MoveVoiceCommand of(Project project, Voice voice, Placement placement) {
        String where = project.spectrum().bandAt(placement.position())
                .map(Band::label)
                .orElse(String.format(Locale.ROOT, "%.2f", placement.position()));
        return new MoveVoiceCommand(voice.id(), voice.placements(), placement,
                "Move " + voice.shortName() + " to " + where);
    }

    @Override
    public Project execute(Project project) {
        return project.withVoice(voiceId, v -> v.withPlacements(append(before, placement)));
    }

    @Override
    public Project undo(Project project) {
        return project.withVoice(voiceId, v -> v.withPlacements(before));
    }

    private static List<Placement> append(List<Placement> history, Placement next) {
        return Stream.concat(history.stream(), Stream.of(next)).toList();
    }
}
