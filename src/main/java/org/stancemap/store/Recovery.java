package org.stancemap.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.stancemap.model.Project;

/**
 * Work found in the recovery folder: the project as it was after its last committed change.
 *
 * @param projectFile the file it belongs to; empty for a project never saved (or the bundled map)
 * @param project     the project after its last committed change
 * @param writtenAt   when that change was written
 */
public record Recovery(Optional<Path> projectFile, Project project, Instant writtenAt) {
    public Recovery {
        Objects.requireNonNull(projectFile, "projectFile");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }
}
