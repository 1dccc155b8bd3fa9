package org.stancemap.ui.sidepanel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the panel into {@code target/screenshots/} so a person can look at it: Dmitri Trenin (four quotes), a
 * co-authored voice, and nothing selected, at a narrow and a wide width. Checks what a reader would notice first:
 * no text cut to an ellipsis except the long round-up link, and nothing wider than the panel.
 */
@ExtendWith(ApplicationExtension.class)
class SidePanelScreenshotTest {

    private ObjectProperty<Voice> selected;
    private Project project;
    private SidePanelView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        project = SidePanelViewTest.bundledMap();
        selected = new SimpleObjectProperty<>();
        view = new SidePanelView(new SidePanelViewModel(new SimpleObjectProperty<>(project), selected, command -> { }));
        stage.setScene(new Scene(view, 420, 900));
        stage.show();
    }

    @Test
    void panelShowsEveryTextWholeWithinItsWidthAndSnapshotsAreWritten(FxRobot robot) throws IOException {
        String[] voices = {"dmitri-trenin", "samuel-charap-and-john-drennan-and-pierre-noel", ""};
        for (String id : voices) {
            for (int width : new int[] {340, 520}) {
                robot.interact(() -> {
                    selected.set(id.isEmpty() ? null : project.voice(id).orElseThrow());
                    stage.setWidth(width);
                });
                WaitForAsyncUtils.waitForFxEvents();

                Node content = view.getContent();
                assertThat(content.getLayoutBounds().getWidth()).as("content of %s at %d px", id, width)
                        .isLessThanOrEqualTo(view.getViewportBounds().getWidth() + 0.5);
                Set<Node> labels = robot.lookup(".side-panel .label").queryAll();
                for (Node node : labels) {
                    Labeled label = (Labeled) node;
                    Text shown = (Text) label.lookup(".text");
                    if (shown != null && shownOnScreen(label)) {
                        assertThat(shown.getText()).as("label in %s at %d px", id, width).isEqualTo(label.getText());
                    }
                }
                write(robot, (id.isEmpty() ? "nothing-selected" : id.split("-")[1]) + "-" + width);
            }
        }
    }

    private static boolean shownOnScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void write(FxRobot robot, String name) throws IOException {
        write(robot, view, name);
        write(robot, view.getContent(), name + "-full");
    }

    /** The panel as it shows in the window, and its whole content as if scrolled through. */
    private static void write(FxRobot robot, Node node, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        Path out = Path.of("target", "screenshots", "side-panel-" + name + ".png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        assertThat(out).isNotEmptyFile();
    }
}
