package org.stancemap.store;

import java.util.Objects;

import org.stancemap.model.Project;

/** A project as {@link ProjectStore#loadWithVersion} read it, with the version of the file it came from. */
public record LoadedProject(Project project, FileVersion version) {
    public LoadedProject {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(version, "version");
    }
}
