package org.stancemap.ui.window;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Project;
import org.stancemap.model.RoundUp;
import org.stancemap.store.BundledMap;
import org.stancemap.store.FileVersion;
import org.stancemap.store.ProjectFileException;
import org.stancemap.store.ProjectStore;
import org.stancemap.ui.preferences.AppPreferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupProjectTest {

    private final Preferences node = Preferences.userRoot().node("org/stancemap/test/" + UUID.randomUUID());
    private final AppPreferences preferences = new AppPreferences(node);

    @TempDir
    Path folder;

    @AfterEach
    void removePreferences() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void withNothingNamedAndNoLastProjectItReadsTheBundledMap() throws ProjectFileException {
        StartupProject start = StartupProject.begin(List.of(), preferences);

        assertThat(start.file()).isEmpty();
        assertThat(start.project()).isEqualTo(BundledMap.load());
    }

    @Test
    void aFileNamedOnTheCommandLineComesBeforeTheLastProject() throws Exception {
        Path named = saved("named.stancemap.json", "Named");
        preferences.addRecentProject(saved("last.stancemap.json", "Last"));

        StartupProject start = StartupProject.begin(List.of(named.toString()), preferences);

        assertThat(start.file()).contains(named);
        assertThat(start.project().roundUp().title()).isEqualTo("Named");
    }

    @Test
    void itKnowsTheVersionOfTheFileItRead() throws Exception {
        Path named = saved("named.stancemap.json", "Named");

        StartupProject start = StartupProject.begin(List.of(named.toString()), preferences);
        start.project();

        // The window's first Save compares the file with it, so a move made meanwhile is not overwritten.
        assertThat(start.version()).contains(FileVersion.of(Files.readAllBytes(named)));
        assertThat(StartupProject.begin(List.of(), preferences).version()).isEmpty();
    }

    @Test
    void withNothingNamedItReadsTheLastProjectIfItIsStillThere() throws Exception {
        Path last = saved("last.stancemap.json", "Last");
        preferences.addRecentProject(last);
        StartupProject start = StartupProject.begin(List.of(), preferences);
        assertThat(start.project().roundUp().title()).isEqualTo("Last");

        Files.delete(last);
        StartupProject gone = StartupProject.begin(List.of(), preferences);
        assertThat(gone.file()).isEmpty();
        assertThat(gone.project()).isEqualTo(BundledMap.load());
    }

    @Test
    void anUnreadableFileIsReportedAsTheStoreWouldReportIt() throws IOException {
        Path broken = folder.resolve("broken.stancemap.json");
        Files.writeString(broken, "{\"formatVersion\": 1,", StandardCharsets.UTF_8);

        StartupProject start = StartupProject.begin(List.of(broken.toString()), preferences);

        assertThatThrownBy(start::project).isInstanceOf(ProjectFileException.class)
                .hasMessage(messageOf(broken));
        assertThat(start.store()).isNotNull();
    }

    private Path saved(String name, String title) throws ProjectFileException {
        Project bundled = BundledMap.load();
        RoundUp source = bundled.roundUp();
        Project retitled = bundled.withRoundUp(new RoundUp(title, source.date(), source.authors(), source.publisher(),
                source.url(), source.intro()));
        Path file = folder.resolve(name);
        new ProjectStore().save(retitled, file);
        return file;
    }

    private static String messageOf(Path file) {
        try {
            new ProjectStore().load(file);
            throw new AssertionError(file + " should not read");
        } catch (ProjectFileException e) {
            return e.getMessage();
        }
    }
}
