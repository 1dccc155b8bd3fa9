package org.stancemap.ui.control;

import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Renders the map with fifty voices at several widths into {@code target/screenshots/} so a person can look at
 * it, and checks what a person would check first: band labels shown whole.
 */
@ExtendWith(ApplicationExtension.class)
class SpectrumViewScreenshotTest {

    private SpectrumView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new SpectrumView();
        view.setSpectrum(MapFixtures.SPECTRUM);
        view.getVoices().setAll(MapFixtures.fifty());
        view.setColorAttribute("region");
        view.setFilter(voice -> !voice.tags().getOrDefault("role", "").equals("journalist"));
        view.setSelectedVoice(view.getVoices().get(4));
        stage.setScene(new Scene(view, 1200, 620));
        stage.show();
    }

    @Test
    void bandLabelsShowWholeAtEveryWidthAndSnapshotsAreWritten(FxRobot robot) throws IOException {
        for (int width : new int[] {600, 900, 1400}) {
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(view.prefHeight(width) + 40);
            });
            WaitForAsyncUtils.waitForFxEvents();

            Set<Node> bandLabels = robot.lookup(".band-label").queryAll();
            assertThat(bandLabels).hasSize(5);
            for (Node node : bandLabels) {
                Label label = (Label) node;
                Text shown = (Text) label.lookup(".text");
                assertThat(shown.getText()).as("band label at %d px", width).isEqualTo(label.getText());
            }
            write(robot, width);
        }
    }

    @Test
    void whileDraggingTheBandUnderTheGhostIsHighlighted(FxRobot robot) throws IOException {
        robot.interact(() -> stage.setWidth(900));
        Label chip = robot.lookup(".chip").match((Label l) -> l.getText().equals("Graham T. Allison")).queryAs(Label.class);
        Node column = robot.lookup(".band").nth(3).query();
        Node header = robot.lookup(".band-header").nth(3).query();
        Bounds band = column.localToScreen(column.getLayoutBounds());

        robot.drag(chip, MouseButton.PRIMARY).moveTo(new Point2D(band.getCenterX(), band.getMaxY() - 30));
        try {
            PseudoClass dropTarget = PseudoClass.getPseudoClass("drop-target");
            assertThat(header.getPseudoClassStates()).contains(dropTarget);
            assertThat(robot.lookup(".band-header").queryAll().stream()
                    .filter(b -> b.getPseudoClassStates().contains(dropTarget))).hasSize(1);
            Node range = robot.lookup(".band-range").nth(3).query();
            assertThat(range.getPseudoClassStates()).contains(dropTarget);
            assertThat(robot.lookup(".band-range").queryAll().stream()
                    .filter(b -> b.getPseudoClassStates().contains(dropTarget))).hasSize(1);
            Bounds rangeBounds = range.localToScreen(range.getBoundsInLocal());
            Node axis = robot.lookup(".axis").query();
            Bounds axisBounds = axis.localToScreen(axis.getBoundsInLocal());
            assertThat(rangeBounds.getMinX()).isCloseTo(band.getMinX(), within(1.0));
            assertThat(rangeBounds.getMaxX()).isCloseTo(band.getMaxX(), within(1.0));
            assertThat(rangeBounds.getCenterY()).isCloseTo(axisBounds.getCenterY(), within(1.5));
            write(robot, "dragging");
        } finally {
            robot.release(MouseButton.PRIMARY);
        }
    }

    private void write(FxRobot robot, int width) throws IOException {
        write(robot, Integer.toString(width));
    }

    private void write(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = view.snapshot(null, null));
        Path out = Path.of("target", "screenshots", "spectrum-view-" + name + ".png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        assertThat(out).isNotEmptyFile();
    }
}
