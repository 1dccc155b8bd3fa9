package org.stancemap.edit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.stancemap.model.Project;

/** Sets, changes or removes one tag of a voice (e.g. region → Russian), remembering the old value. */
public record RetagCommand(String voiceId, String key, Optional<String> before, Optional<String> after)
        implements Command {

    public RetagCommand {
        Objects.requireNonNull(voiceId, "voiceId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public Project execute(Project project) {
        return project.withVoice(voiceId, v -> v.withTags(with(v.tags(), after)));
    }

    @Override
    public Project undo(Project project) {
        return project.withVoice(voiceId, v -> v.withTags(with(v.tags(), before)));
    }

    @Override
    public String description() {
        return "Set " + key + (after.map(value -> " to " + value).orElse(""));
    }

    private Map<String, String> with(Map<String, String> tags, Optional<String> value) {
        Map<String, String> changed = new HashMap<>(tags);
        value.ifPresentOrElse(v -> changed.put(key, v), () -> changed.remove(key));
        return changed;
    }
}
