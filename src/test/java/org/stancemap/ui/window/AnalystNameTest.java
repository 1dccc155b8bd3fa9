package org.stancemap.ui.window;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.ui.preferences.AppPreferences;
import org.stancemap.ui.project.ProjectViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The first start asks who the analyst is, and every placement made afterwards carries that name, not the login. */
@ExtendWith(ApplicationExtension.class)
class AnalystNameTest {

    private Stage stage;
    private AppPreferences preferences;
    private ProjectViewModel project;
    private MainWindow window;

    @Start
    void start(Stage primary) throws IOException {
        TestWindow.Opened opened = TestWindow.onNoFile("stancemap-first-start").withNoAnalystName()
                .at(Instant.parse("2026-12-03T10:00:00Z")).open();
        stage = opened.stage();
        preferences = opened.preferences();
        project = opened.project();
        window = opened.window();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }

    @Test
    void theFirstStartAsksForTheAnalystsNameAndPlacementsCarryIt(FxRobot robot) {
        assertThat(preferences.hasAnalystName()).isFalse();
        assertThat(preferences.analystName()).isEmpty();

        Platform.runLater(window::askAnalystNameIfUnknown);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".dialog-pane .text-field").queryAs(TextField.class)).write("Jane Doe");
        robot.clickOn("Use This Name");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(preferences.analystName()).isEqualTo("Jane Doe");
        Platform.runLater(window::askAnalystNameIfUnknown); // asked once only
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").queryAll()).isEmpty();

        robot.clickOn(robot.lookup(".chip").match((Labeled l) -> "Dmitri Trenin".equals(l.getText())
                && !l.getStyleClass().contains("ghost")).<Node>query());
        robot.press(KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project.getProject().voice("dmitri-trenin").orElseThrow().placement().orElseThrow().placedBy())
                .isEqualTo("Jane Doe");
    }
}
