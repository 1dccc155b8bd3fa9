package org.stancemap.ui.window;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.cli.StanceMapCommand;
import org.stancemap.model.Project;
import org.stancemap.store.ProjectStore;
import org.stancemap.store.RecoveryStore;
import org.stancemap.ui.project.ProjectViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Save after a {@code stancemap move} changed the file on disk: the window refuses, says so in one sentence, and
 * offers Save As…, Reload from Disk (confirmed, since this window's changes are then lost) and Cancel.
 */
@ExtendWith(ApplicationExtension.class)
class StaleSaveDialogTest {

    private ProjectViewModel project;
    private Stage stage;
    private Path file;
    private Path recoveryFolder;

    @Start
    void start(Stage primary) throws IOException {
        TestWindow.Opened opened = TestWindow.onACopyOfTheBundledMap("stancemap-stale").withNoAnalystName()
                .at(Instant.parse("2026-12-07T01:00:00Z")).size(1280, 720).open();
        stage = opened.stage();
        file = opened.file();
        recoveryFolder = opened.recoveryFolder();
        project = opened.project();
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }

    @Test
    void reloadFromDiskAfterConfirmingShowsTheOutsideChangeAndDropsThisWindows(FxRobot robot) throws Exception {
        Project outside = refusedSave(robot);

        robot.clickOn(button(robot, "Reload from Disk"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(button(robot, "Discard and Reload"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(project.getProject()).isEqualTo(outside);
        assertThat(project.dirtyProperty().get()).isFalse();
        assertThat(new ProjectStore().load(file)).isEqualTo(outside);
        assertThat(new RecoveryStore(recoveryFolder).findAll()).as("the dropped changes' recovery copy").isEmpty();
    }

    @Test
    void cancellingTheReloadOrTheDialogKeepsBothTheFileAndThisWindowsChange(FxRobot robot) throws Exception {
        Project outside = refusedSave(robot);
        Project mine = project.getProject();

        robot.clickOn(button(robot, "Reload from Disk"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(button(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(project.getProject()).isEqualTo(mine);
        assertThat(project.dirtyProperty().get()).isTrue();
        assertThat(new ProjectStore().load(file)).isEqualTo(outside);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(button(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(project.getProject()).isEqualTo(mine);
        assertThat(new ProjectStore().load(file)).isEqualTo(outside);
    }

    /** A move from the command line, then one in the window, then Save: the refusal is on screen. */
    private Project refusedSave(FxRobot robot) throws Exception {
        int code = StanceMapCommand.run(new String[] {"move", file.toString(), "dmitri-trenin", "0.05",
                "--reason", "from a script", "--by", "script"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertThat(code).isEqualTo(StanceMapCommand.OK);
        Project outside = new ProjectStore().load(file);
        robot.interact(() -> project.move(project.getProject().voice("vasily-kashin").orElseThrow(), 0.7, "", "ank"));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).isEqualTo(file
                + " was changed on disk since it was opened (by another window or program); save under another"
                + " name or reload it.");
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(Button.class)).extracting(Button::getText)
                .containsExactlyInAnyOrder("Save As…", "Reload from Disk", "Cancel");
        return outside;
    }

    private static Node button(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Button b && b.getText().equals(text) && b.isVisible()).query();
    }
}
