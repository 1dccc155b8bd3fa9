package org.stancemap.ui.window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.layout.ChipBox;
import org.stancemap.model.Band;
import org.stancemap.render.Briefing;
import org.stancemap.render.BriefingExport;
import org.stancemap.render.BriefingOptions;
import org.stancemap.render.CanvasSize;
import org.stancemap.render.ExportFormat;
import org.stancemap.ui.project.ProjectViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map holds still: moving one expert moves no other chip, undo puts back the exact picture, resizing keeps every
 * chip's row, and every chip stays inside its band's column at the window sizes briefers use. Run with
 * {@code -Dstancemap.siteShots=true} to also write the window's screenshots into {@code src/site/}.
 */
@ExtendWith(ApplicationExtension.class)
class MapLayoutStoryTest {

    private static final double EPS = 0.5;

    private ProjectViewModel project;
    private Stage stage;

    /** Where a chip is drawn: its left, its bottom measured up from the plot's bottom, its size. */
    record Place(double x, double fromBottom, double width, double height) {
    }

    @Start
    void start(Stage primary) throws IOException {
        TestWindow.Opened opened = TestWindow.onACopyOfTheBundledMap("stancemap-layout").size(1600, 900).open();
        stage = opened.stage();
        project = opened.project();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void movingEachOfSeveralExpertsLeavesEveryOtherChipWhereItWas(FxRobot robot) {
        Map<String, Place> original = places(robot);
        Map<String, String> moves = new LinkedHashMap<>();
        moves.put("Dmitri Trenin", "Entente / functional alliance");
        moves.put("Vasily Kashin", "No alliance");
        moves.put("Bobo Lo", "De facto alliance");
        moves.put("Zhang Wenmu", "Partnership with limits");

        Map<String, Place> before = original;
        for (Map.Entry<String, String> move : moves.entrySet()) {
            robot.drag(chip(robot, move.getKey()), MouseButton.PRIMARY).moveTo(band(robot, move.getValue())).drop();
            WaitForAsyncUtils.waitForFxEvents();
            Map<String, Place> after = places(robot);

            assertThat(after.get(move.getKey())).as(move.getKey() + " moved").isNotEqualTo(before.get(move.getKey()));
            Map<String, Place> othersBefore = new LinkedHashMap<>(before);
            Map<String, Place> othersAfter = new LinkedHashMap<>(after);
            othersBefore.remove(move.getKey());
            othersAfter.remove(move.getKey());
            assertThat(othersAfter).as("every chip but " + move.getKey()).isEqualTo(othersBefore);
            before = after;
        }

        for (int i = 0; i < moves.size(); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(places(robot)).as("the picture after undoing every move").isEqualTo(original);
    }

    @Test
    void movesMadeInTheWindowLeaveEveryOtherChipOfTheSlideWhereItWas(FxRobot robot) {
        BriefingExport slide =
                new BriefingExport(ExportFormat.PNG, CanvasSize.SLIDE_16X9, 1, BriefingOptions.defaults());
        Map<String, String> moves = new LinkedHashMap<>();
        // Into the tallest column, whose rows have no room left for him; out of its top row; and across the map.
        moves.put("Stephen Kotkin", "Partnership with limits");
        moves.put("Wei Fenghe", "Alliance possible");
        moves.put("Dmitri Trenin", "Entente / functional alliance");
        moves.put("Vasily Kashin", "No alliance");
        moves.put("Jeanne L. Wilson", "De facto alliance");
        moves.put("Bobo Lo", "Partnership with limits");

        Map<String, ChipBox> before = slideBoxes(slide.layout(project.getProject()));
        for (Map.Entry<String, String> move : moves.entrySet()) {
            robot.drag(chip(robot, move.getKey()), MouseButton.PRIMARY).moveTo(band(robot, move.getValue())).drop();
            WaitForAsyncUtils.waitForFxEvents();
            Map<String, ChipBox> after = slideBoxes(slide.layout(project.getProject()));

            String moved = project.getProject().voices().stream().filter(v -> v.shortName().equals(move.getKey()))
                    .findFirst().orElseThrow().id();
            Map<String, ChipBox> othersBefore = new LinkedHashMap<>(before);
            Map<String, ChipBox> othersAfter = new LinkedHashMap<>(after);
            othersBefore.remove(moved);
            othersAfter.remove(moved);
            assertThat(othersAfter).as("every chip of the slide but " + move.getKey()).isEqualTo(othersBefore);
            before = after;
        }
    }

    private static Map<String, ChipBox> slideBoxes(Briefing briefing) {
        Map<String, ChipBox> boxes = new LinkedHashMap<>();
        briefing.chips().forEach(c -> boxes.put(c.voiceId(), new ChipBox(c.voiceId(), round(c.box().x()),
                round(c.box().y()), round(c.box().width()), round(c.box().height()))));
        return boxes;
    }

    @Test
    void aNudgeKeepsTheExpertInItsRowAndEveryOtherChipInPlace(FxRobot robot) {
        Map<String, Place> before = places(robot);
        double from = project.getProject().voice("dmitri-trenin").orElseThrow().placement().orElseThrow().position();
        robot.clickOn(chip(robot, "Dmitri Trenin"));
        robot.press(KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Place> after = places(robot);

        assertThat(after.get("Dmitri Trenin").fromBottom()).isEqualTo(before.get("Dmitri Trenin").fromBottom());
        assertThat(project.getProject().voice("dmitri-trenin").orElseThrow().placement().orElseThrow().position())
                .isCloseTo(from + 0.01, org.assertj.core.data.Offset.offset(1e-9));
        after.remove("Dmitri Trenin");
        before.remove("Dmitri Trenin");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theWindowShowsTheRowsTheMapKeepsAndResizingKeepsThem(FxRobot robot) {
        Map<String, Double> rows = rowHeights(robot);
        assertShowsKeptRows(rows);
        // Narrower than the slide's proportions the chips are drawn smaller so that the kept rows still fit; past
        // the smallest scale a chip whose row does not fit its column is shown in a free row instead
        // (BandColumnsPropertiesTest holds that it keeps its order and column); wide enough again, it is back.
        for (double[] size : new double[][] {{1920, 1080}, {1280, 720}, {1600, 900}}) {
            resize(robot, size[0], size[1]);
            if (size[0] >= 1600) {
                assertThat(rowHeights(robot)).as("rows at %s×%s", size[0], size[1]).isEqualTo(rows);
            }
        }
        resize(robot, 1440, 900);
        assertShowsKeptRows(drawnHeights(robot));
        assertThat(robot.lookup(".plot .chip").<Node>queryAll()).allSatisfy(chip -> {
            assertThat(chip.getScaleX()).as("drawn smaller at 1440 px").isLessThan(1);
            assertThat(((Labeled) chip).getText()).doesNotContain("…");
        });
    }

    /** Chips in one kept row stand equally high, and a higher row stands higher. */
    private void assertShowsKeptRows(Map<String, Double> heights) {
        Map<String, Integer> kept = new LinkedHashMap<>();
        project.getProject().voices().forEach(v -> project.getProject().row(v.id())
                .ifPresent(row -> kept.put(v.shortName(), row)));
        assertThat(kept.keySet()).containsExactlyInAnyOrderElementsOf(heights.keySet());
        for (String a : kept.keySet()) {
            for (String b : kept.keySet()) {
                assertThat(Integer.compare(kept.get(a), kept.get(b))).as("%s and %s", a, b)
                        .isEqualTo(Double.compare(heights.get(a), heights.get(b)));
            }
        }
    }

    @Test
    void tidyUpRepacksAsOneStepThatUndoTakesBack(FxRobot robot) {
        robot.drag(chip(robot, "Dmitri Trenin"), MouseButton.PRIMARY)
                .moveTo(band(robot, "Entente / functional alliance")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Place> moved = places(robot);

        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project.undoTextProperty().get()).contains("Tidy Up");
        assertThat(project.getProject().rows()).hasSize(project.getProject().voices().size());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(places(robot)).isEqualTo(moved);
    }

    @Test
    void everyChipLiesInsideItsBandsColumnAtThreeWindowSizes(FxRobot robot) throws IOException {
        List<Band> bands = project.getProject().spectrum().bands();
        for (double[] size : new double[][] {{1280, 720}, {1600, 900}, {1920, 1080}}) {
            resize(robot, size[0], size[1]);
            List<Bounds> columns = robot.lookup(".band").queryAll().stream().map(MapLayoutStoryTest::onScreen)
                    .sorted(java.util.Comparator.comparingDouble(Bounds::getMinX)).toList();
            for (Node chip : robot.lookup(".plot .chip").queryAll()) {
                String name = ((Labeled) chip).getText();
                double position = project.getProject().voices().stream()
                        .filter(v -> v.shortName().equals(name)).findFirst().orElseThrow()
                        .placement().orElseThrow().position();
                int band = bands.indexOf(project.getProject().spectrum().bandAt(position).orElseThrow());
                Bounds column = columns.get(band);
                Bounds box = onScreen(chip);
                assertThat(box.getMinX()).as("%s at %s", name, size[0]).isGreaterThanOrEqualTo(column.getMinX() - EPS);
                assertThat(box.getMaxX()).as("%s at %s", name, size[0]).isLessThanOrEqualTo(column.getMaxX() + EPS);
                assertThat(name).doesNotContain("…");
            }
            if (Boolean.getBoolean("stancemap.siteShots") && size[0] != 1600) {
                shoot(robot, Path.of("src/site/map-" + (int) size[0] + "x" + (int) size[1] + ".png"));
            }
        }
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(FxRobot robot, Path target) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", target.toFile());
    }

    private static Bounds onScreen(Node node) {
        return node.localToScreen(node.getLayoutBounds());
    }

    /** Every placed chip by name, where the layout put it (not where a slide animation has it for a moment). */
    private static Map<String, Place> places(FxRobot robot) {
        Map<String, Place> places = new LinkedHashMap<>();
        for (Node node : robot.lookup(".plot .chip").queryAll()) {
            Labeled chip = (Labeled) node;
            if (chip.getStyleClass().contains("ghost")) {
                continue;
            }
            double plotHeight = chip.getParent().getLayoutBounds().getHeight();
            places.put(chip.getText(), new Place(round(chip.getLayoutX()),
                    round(plotHeight - chip.getLayoutY() - chip.getHeight()), round(chip.getWidth()),
                    round(chip.getHeight())));
        }
        return places;
    }

    /** How high above the plot's bottom each chip's foot is drawn, at the scale it is drawn at. */
    private static Map<String, Double> drawnHeights(FxRobot robot) {
        Map<String, Double> heights = new LinkedHashMap<>();
        for (Node node : robot.lookup(".plot .chip").queryAll()) {
            if (!node.getStyleClass().contains("ghost")) {
                double plotHeight = node.getParent().getLayoutBounds().getHeight();
                heights.put(((Labeled) node).getText(), round(plotHeight - node.getBoundsInParent().getMaxY()));
            }
        }
        return heights;
    }

    /** How high above the plot's bottom each chip's foot sits: its row, whatever the width (and a wrapped name). */
    private static Map<String, Double> rowHeights(FxRobot robot) {
        Map<String, Double> rows = new LinkedHashMap<>();
        places(robot).forEach((name, place) -> rows.put(name, place.fromBottom()));
        return rows;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Node chip(FxRobot robot, String name) {
        return robot.lookup(".plot .chip").match((Labeled l) -> l.getText().equals(name)
                && !l.getStyleClass().contains("ghost")).query();
    }

    private Point2D band(FxRobot robot, String label) {
        int index = project.getProject().spectrum().bands().stream().map(Band::label).toList().indexOf(label);
        Node column = robot.lookup(".band").nth(index).query();
        Bounds screen = column.localToScreen(column.getLayoutBounds());
        return new Point2D(screen.getCenterX(), screen.getMinY() + screen.getHeight() * 0.95);
    }
}
