package org.stancemap.ui.preferences;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs, typed, over {@link java.util.prefs.Preferences}: who the analyst is,
 * whether a move needs a reason, how the map is coloured, the window's bounds, and the projects opened last.
 */
public final class AppPreferences {

    private static final int MAX_RECENT = 8;

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The preferences of the signed-in user. */
    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("org/stancemap"));
    }

    /**
     * The name recorded with every placement the user makes; empty until they give one. Never the system login:
     * a placement names a person who stands behind it, and "jdoe2" or "admin" on a slide names no one.
     */
    public String analystName() {
        return node.get("analystName", "");
    }

    /** False until the user has said who they are, on first start or in Preferences. */
    public boolean hasAnalystName() {
        return !analystName().isBlank();
    }

    public void setAnalystName(String name) {
        node.put("analystName", name.strip());
    }

    public boolean requireReason() {
        return node.getBoolean("requireReason", false);
    }

    public void setRequireReason(boolean require) {
        node.putBoolean("requireReason", require);
    }

    public String colorAttribute() {
        return node.get("colorAttribute", "region");
    }

    public void setColorAttribute(String attribute) {
        node.put("colorAttribute", attribute);
    }

    public Optional<WindowBounds> windowBounds() {
        double width = node.getDouble("window.width", -1);
        if (width <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), width,
                node.getDouble("window.height", 800), node.getBoolean("window.maximized", false)));
    }

    public void setWindowBounds(WindowBounds bounds) {
        node.putDouble("window.x", bounds.x());
        node.putDouble("window.y", bounds.y());
        node.putDouble("window.width", bounds.width());
        node.putDouble("window.height", bounds.height());
        node.putBoolean("window.maximized", bounds.maximized());
    }

    /** Project files opened, most recent first; the first is the one to reopen at start. */
    public List<Path> recentProjects() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String path = node.get("recent." + i, "");
            if (!path.isEmpty()) {
                recent.add(Path.of(path));
            }
        }
        return recent;
    }

    public void addRecentProject(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentProjects());
        recent.remove(absolute);
        recent.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                node.put("recent." + i, recent.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
    }

    /** Writes the preferences out now; a failure only means they are not remembered. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: failing to persist them must never stop the user's work.
        }
    }

    /** A window's place and size on screen. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }
}
