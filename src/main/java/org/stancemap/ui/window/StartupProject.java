package org.stancemap.ui.window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.stancemap.model.Project;
import org.stancemap.store.BundledMap;
import org.stancemap.store.FileVersion;
import org.stancemap.store.LoadedProject;
import org.stancemap.store.ProjectFileException;
import org.stancemap.store.ProjectStore;
import org.stancemap.ui.preferences.AppPreferences;

/**
 * The project the window opens first — the file named on the command line, else the last project, else the
 * bundled map — read on a thread of its own from the moment the app starts. Setting up the JSON library and
 * reading the file take about as long as JavaFX takes to start, so on a second core they happen meanwhile
 * instead of after it.
 */
public final class StartupProject {

    private final Optional<Path> file;
    private final CompletableFuture<ProjectStore> store;
    private final CompletableFuture<Project> project;
    /** Set before {@link #project} completes, so whoever joins it sees it. */
    private volatile Optional<FileVersion> version = Optional.empty();

    private StartupProject(Optional<Path> file) {
        this.file = file;
        this.store = new CompletableFuture<>();
        this.project = new CompletableFuture<>();
    }

    /** Decides what to open and starts reading it. */
    public static StartupProject begin(List<String> arguments, AppPreferences preferences) {
        Optional<Path> requested = arguments.stream().filter(a -> !a.startsWith("-")).findFirst().map(Path::of);
        Optional<Path> file = requested.or(() -> preferences.recentProjects().stream().findFirst()
                .filter(Files::isRegularFile));
        StartupProject start = new StartupProject(file);
        Thread reader = new Thread(start::read, "stancemap-startup-read");
        reader.setDaemon(true); // only ever reads; nothing is lost if the app quits first
        reader.start();
        return start;
    }

    private void read() {
        try {
            ProjectStore made = new ProjectStore();
            store.complete(made);
            if (file.isPresent()) {
                LoadedProject loaded = made.loadWithVersion(file.get());
                version = Optional.of(loaded.version());
                project.complete(loaded.project());
            } else {
                project.complete(BundledMap.load(made));
            }
        } catch (ProjectFileException | RuntimeException | Error e) {
            store.completeExceptionally(e); // no effect once the store is made
            project.completeExceptionally(e);
        }
    }

    /** The file it reads; empty when it reads the bundled map. */
    public Optional<Path> file() {
        return file;
    }

    /** The version of {@link #file()} read, once {@link #project()} has returned; empty for the bundled map. */
    public Optional<FileVersion> version() {
        return version;
    }

    /** The store the project was read with, ready for the rest of the session; waits until it is made. */
    public ProjectStore store() {
        return join(store);
    }

    /**
     * The project read, waiting for it if need be.
     *
     * @throws ProjectFileException when {@link #file()} could not be read as a project
     */
    public Project project() throws ProjectFileException {
        try {
            return project.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ProjectFileException unreadable) {
                throw unreadable;
            }
            throw rethrown(e);
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw rethrown(e);
        }
    }

    /** A bug or broken build on the reading thread surfaces as itself on the thread that waits. */
    private static RuntimeException rethrown(CompletionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return e;
    }
}
