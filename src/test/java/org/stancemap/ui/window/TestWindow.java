package org.stancemap.ui.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;

import javafx.stage.Stage;
import org.stancemap.store.ProjectStore;
import org.stancemap.store.RecoveryStore;
import org.stancemap.ui.preferences.AppPreferences;
import org.stancemap.ui.project.ProjectViewModel;

/**
 * A main window for a TestFX story, opened as the app opens one: in a new temporary folder, on a copy of the bundled
 * map there (or on nothing), with preferences and a recovery folder of its own and a fixed clock. It gets a stage of
 * its own, because MainWindow sets a minimum size that must not leak into other tests' primary stage. Call from a
 * {@code @Start} method.
 */
public final class TestWindow {

    /** What a story may need of the window it opened. */
    public record Opened(Stage stage, Path file, Path recoveryFolder, AppPreferences preferences,
                         ProjectViewModel project, MainWindow window) {
    }

    private final String folderPrefix;
    private final boolean onTheBundledMap;
    private Optional<String> analyst = Optional.of("Test Analyst");
    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private Executor background = Runnable::run;
    private Executor fxThread = Runnable::run;
    private Optional<double[]> size = Optional.empty();

    private TestWindow(String folderPrefix, boolean onTheBundledMap) {
        this.folderPrefix = folderPrefix;
        this.onTheBundledMap = onTheBundledMap;
    }

    /** A window on {@code map.stancemap.json}, a copy of the bundled map in the window's folder. */
    public static TestWindow onACopyOfTheBundledMap(String folderPrefix) {
        return new TestWindow(folderPrefix, true);
    }

    /** A window started with no file named, as on a first start. */
    public static TestWindow onNoFile(String folderPrefix) {
        return new TestWindow(folderPrefix, false);
    }

    /** As on a first start: no analyst's name is known yet. */
    public TestWindow withNoAnalystName() {
        analyst = Optional.empty();
        return this;
    }

    public TestWindow at(Instant instant) {
        now = instant;
        return this;
    }

    /** Where the project's disk work runs and how its results come back; both on the calling thread by default. */
    public TestWindow executors(Executor disk, Executor fx) {
        background = disk;
        fxThread = fx;
        return this;
    }

    public TestWindow size(double width, double height) {
        size = Optional.of(new double[] {width, height});
        return this;
    }

    public Opened open() throws IOException {
        Stage stage = new Stage();
        Path dir = Files.createTempDirectory(folderPrefix);
        Path file = dir.resolve("map.stancemap.json");
        if (onTheBundledMap) {
            Files.copy(Path.of("seeds/china-russia-alliance.stancemap.json"), file);
        }
        Path recoveryFolder = dir.resolve("recovery");
        RecoveryStore recovery = new RecoveryStore(recoveryFolder);
        AppPreferences preferences = new AppPreferences(
                Preferences.userRoot().node("org/stancemap/test/" + UUID.randomUUID()));
        analyst.ifPresent(preferences::setAnalystName);
        ProjectViewModel project = new ProjectViewModel(new ProjectStore(), recovery, Clock.fixed(now, ZoneOffset.UTC),
                background, fxThread);
        MainWindow window = new MainWindow(stage, project, preferences, recovery, url -> { });
        window.show(StartupProject.begin(onTheBundledMap ? List.of(file.toString()) : List.of(), preferences));
        size.ifPresent(wh -> {
            stage.setWidth(wh[0]);
            stage.setHeight(wh[1]);
        });
        return new Opened(stage, file, recoveryFolder, preferences, project, window);
    }
}
