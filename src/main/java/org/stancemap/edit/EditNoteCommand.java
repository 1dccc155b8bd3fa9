package org.stancemap.edit;

import java.util.Objects;

import org.stancemap.model.Project;

/** Replaces a voice's note, remembering the old one. */
public record EditNoteCommand(String voiceId, String before, String after) implements Command {

    public EditNoteCommand {
        Objects.requireNonNull(voiceId, "voiceId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public Project execute(Project project) {
        return project.withVoice(voiceId, v -> v.withNote(after));
    }

    @Override
    public Project undo(Project project) {
        return project.withVoice(voiceId, v -> v.withNote(before));
    }

    @Override
    public String description() {
        return "Edit note";
    }
}
