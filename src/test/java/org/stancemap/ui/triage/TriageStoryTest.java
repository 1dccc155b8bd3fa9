package org.stancemap.ui.triage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.roundup.DraftAssembly;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.model.Band;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;
import org.stancemap.ui.project.ProjectViewModel;
import org.stancemap.ui.window.TestWindow;
import org.stancemap.wording.StanceWords;
import org.stancemap.wording.WordKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A new map from the seed round-up, placed from the keyboard alone: Ctrl+U opens triage beside the map, and for
 * each expert the band's number, one step right, Shift+→ twice over the first stance word of the first quote and
 * Enter — five keys. Every expert lands in the band the bundled map gives it, resting on words of its own quote,
 * placed by the analyst at the time of the move, as one undoable step each.
 */
@ExtendWith(ApplicationExtension.class)
class TriageStoryTest {

    static final int KEYS_PER_EXPERT = 5;
    /**
     * The expert whose triage is written to target/screenshots/triage.png just before Enter, for a person to look
     * at (src/site/triage.png is a copy): Alexander Lukin, two quotes, "will not" selected.
     */
    private static final int SNAPSHOT = 22;
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private ProjectViewModel project;
    private Stage stage;

    @Start
    void start(Stage primary) throws IOException {
        // Recovery copies are written off the FX thread, as in the app; each waits for the disk.
        TestWindow.Opened opened = TestWindow.onNoFile("stancemap-triage").at(NOW)
                .executors(background, Platform::runLater).size(1600, 900).open();
        stage = opened.stage();
        project = opened.project();
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        background.shutdownNow();
    }

    @Test
    void everyExpertOfAFreshImportIsPlacedByKeyboardWithItsBandRationaleAndHistory(FxRobot robot) throws IOException {
        // What File › New from Round-up creates from the pasted seed, on the open map's spectrum; opened once the
        // window has looked for recovery copies, as a new map is.
        WaitForAsyncUtils.waitForFxEvents();
        Project bundled = BundledMap.load();
        Project fresh = DraftAssembly.project(new RoundUpImporter().draft(SeedText.roundUp(), RoundUpImporter.PASTED),
                bundled.spectrum(), NOW);
        robot.interact(() -> project.open(fresh, Optional.empty(), fresh.roundUp().title(), true));
        List<Band> bands = bundled.spectrum().bands();
        List<Voice> experts = project.getProject().voices();
        assertThat(experts).hasSize(51).allMatch(v -> v.placement().isEmpty());

        assertThat(placeUnplacedButton(robot)).contains("Place 51 Unplaced…");
        robot.press(KeyCode.CONTROL, KeyCode.U).release(KeyCode.U, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".triage").tryQuery()).isPresent();

        int keys = 0;
        for (int i = 0; i < experts.size(); i++) {
            Voice expert = experts.get(i);
            int band = bandOf(bundled, expert, bands);
            keys += keys(robot, KeyCode.getKeyCode(String.valueOf(band + 1)), KeyCode.RIGHT,
                    KeyCode.SHIFT, KeyCode.RIGHT, KeyCode.SHIFT, KeyCode.RIGHT);
            if (i == SNAPSHOT) {
                WaitForAsyncUtils.waitForFxEvents();
                snapshot(robot, "triage");
            }
            keys += keys(robot, KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(keys).isEqualTo(KEYS_PER_EXPERT * experts.size());

        Project placed = project.getProject();
        for (Voice before : experts) {
            Voice after = placed.voice(before.id()).orElseThrow();
            int band = bandOf(bundled, before, bands);
            assertThat(after.placements()).as(before.id()).hasSize(1);
            Placement placement = after.placements().get(0);
            assertThat(placement.position()).as(before.id()).isCloseTo(bands.get(band).centre() + 0.01, within(1e-9));
            assertThat(placed.spectrum().bandAt(placement.position())).contains(bands.get(band));
            String quote = before.quotes().get(0).text();
            String firstWord = StanceWords.find(quote).stream()
                    .filter(m -> m.kind() != WordKind.COMPARATIVE).findFirst().map(m -> m.words())
                    .orElse(quote.replaceAll("^\\W+", ""));
            assertThat(placement.rationale()).as(before.id()).startsWith(firstWord.split("\\W")[0]);
            assertThat(quote).contains(placement.rationale());
            assertThat(placement.placedBy()).isEqualTo("Test Analyst");
            assertThat(placement.placedAt()).isEqualTo(NOW);
        }
        assertThat(robot.lookup(".triage .expert-name").queryLabeled().getText())
                .isEqualTo("Every expert has been placed or skipped.");

        assertThat(placeUnplacedButton(robot)).isEmpty();

        Voice last = experts.get(experts.size() - 1);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project.getProject().voice(last.id()).orElseThrow().placements()).isEmpty();
        assertThat(project.getProject().voice(experts.get(experts.size() - 2).id()).orElseThrow().placements())
                .hasSize(1);
        assertThat(placeUnplacedButton(robot)).contains("Place 1 Unplaced…");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".triage").tryQuery()).isEmpty();
        assertThat(robot.lookup(".side-panel").tryQuery()).isPresent();
    }

    /**
     * Key presses and releases delivered to the focused node as the keyboard delivers them, SHIFT holding Shift
     * down for the key after it. The robot's own typing waits for the window after every key, which took this
     * story over 100 seconds; this waits once per call. Returns how many keys were pressed, Shift not counted.
     */
    private int keys(FxRobot robot, KeyCode... codes) {
        int[] pressed = new int[1];
        robot.interact(() -> {
            boolean shift = false;
            for (KeyCode code : codes) {
                if (code == KeyCode.SHIFT) {
                    shift = true;
                    continue;
                }
                for (EventType<KeyEvent> type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
                    Event.fireEvent(stage.getScene().getFocusOwner(),
                            new KeyEvent(type, "", "", code, shift, false, false, false));
                }
                shift = false;
                pressed[0]++;
            }
        });
        return pressed[0];
    }

    /** The text of the button under the tray, when it shows. */
    private static Optional<String> placeUnplacedButton(FxRobot robot) {
        return robot.lookup(".status-bar .button").queryAllAs(Button.class).stream()
                .filter(Button::isVisible).map(Button::getText).findFirst();
    }

    private static int bandOf(Project bundled, Voice expert, List<Band> bands) {
        double position = bundled.voice(expert.id()).orElseThrow().placement().orElseThrow().position();
        return bands.indexOf(bundled.spectrum().bandAt(position).orElseThrow());
    }

    private void snapshot(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().getRoot().snapshot(null, null));
        Path out = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        assertThat(out).isNotEmptyFile();
    }
}
