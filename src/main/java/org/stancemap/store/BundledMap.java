package org.stancemap.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.stancemap.model.Project;

/** The China-Russia map that ships inside the app, opened when there is nothing else to open. */
public final class BundledMap {

    /** Class-path location of the bundled map; the build copies {@code seeds/} there. */
    public static final String RESOURCE = "/org/stancemap/seeds/china-russia-alliance.stancemap.json";

    /** What the title bar and messages call it. */
    public static final String NAME = "China-Russia alliance (bundled map)";

    private BundledMap() {
    }

    /** The bundled map; a failure here is a broken build, not a user error. */
    public static Project load() {
        return load(new ProjectStore());
    }

    /** The bundled map, read with a store already set up. */
    public static Project load(ProjectStore store) {
        try (InputStream in = BundledMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled map " + RESOURCE + " is missing from the build");
            }
            return store.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled map", e);
        } catch (ProjectFileException e) {
            throw new IllegalStateException("the bundled map does not read: " + e.getMessage(), e);
        }
    }
}
