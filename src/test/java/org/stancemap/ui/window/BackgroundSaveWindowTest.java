package org.stancemap.ui.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.ui.project.ProjectViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save that the disk holds up (the background thread waits at a gate the test opens): the window keeps
 * answering keys and shows that it is saving, Save is off until the first one ends, and then the map is clean.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundSaveWindowTest {

    private final CountDownLatch gate = new CountDownLatch(1);
    private final ExecutorService disk = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "held-disk");
        thread.setDaemon(true);
        return thread;
    });
    private ProjectViewModel project;
    private Stage stage;
    private Path file;

    @Start
    void start(Stage primary) throws IOException {
        TestWindow.Opened opened = TestWindow.onACopyOfTheBundledMap("stancemap-held-save")
                .executors(work -> disk.execute(() -> {
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    work.run();
                }), Platform::runLater)
                .size(1280, 720).open();
        stage = opened.stage();
        file = opened.file();
        project = opened.project();
    }

    @AfterEach
    void close(FxRobot robot) {
        gate.countDown();
        robot.interact(stage::close);
        disk.shutdownNow();
    }

    @Test
    void theWindowAnswersWhileTheDiskHoldsASaveAndIsCleanWhenItEnds(FxRobot robot) throws Exception {
        robot.interact(() -> project.move(project.getProject().voice("dmitri-trenin").orElseThrow(), 0.65, "",
                "Test Analyst"));
        assertThat(stage.getTitle()).startsWith("*");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project.busyProperty().get()).isEqualTo("Saving map.stancemap.json…");
        assertThat(saveItem(robot).isDisable()).isTrue();
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> robot.lookup(".busy-indicator").query().isVisible());

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("Trenin");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".map-tool-bar .text-field").queryAs(TextField.class).getText()).isEqualTo("Trenin");
        assertThat(stage.getTitle()).startsWith("*");

        gate.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !project.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).doesNotStartWith("*");
        assertThat(saveItem(robot).isDisable()).isFalse();
        assertThat(robot.lookup(".busy-indicator").query().isVisible()).isFalse();
        assertThat(Files.readString(file)).contains("0.65");
    }

    private static MenuItem saveItem(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> "_Save".equals(item.getText())).findFirst().orElseThrow();
    }
}
