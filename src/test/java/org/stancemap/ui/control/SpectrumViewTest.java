package org.stancemap.ui.control;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.model.Band;
import org.stancemap.model.Voice;
import org.stancemap.ui.control.impl.SpectrumViewSkin;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.stancemap.ui.control.MapFixtures.voice;

@ExtendWith(ApplicationExtension.class)
class SpectrumViewTest {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("dragging");

    private static final PseudoClass FILTERED_OUT = PseudoClass.getPseudoClass("filtered-out");

    private final List<MoveRequest> moves = new ArrayList<>();
    private SpectrumView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new SpectrumView();
        view.setSpectrum(MapFixtures.SPECTRUM);
        view.getVoices().setAll(
                voice("allison", "Graham T. Allison", 0.1),
                voice("gabuev", "Alexander Gabuev", 0.3),
                voice("kashin", "Vasily Kashin", 0.5),
                voice("lo", "Bobo Lo", 0.7),
                voice("trenin", "Dmitri Trenin", 0.9),
                MapFixtures.unplaced("stent", "Angela Stent", Map.of()));
        view.setOnMoveRequested(moves::add);
        stage.setScene(new Scene(view, 1000, 420));
        stage.show();
    }

    @Test
    void dragIntoAnotherBandCommitsOnePlacementInsideIt(FxRobot robot) {
        robot.drag(chip(robot, "Graham T. Allison"), MouseButton.PRIMARY).moveTo(band(robot, "Alliance possible")).drop();

        assertThat(moves).hasSize(1);
        assertThat(moves.get(0).voice().id()).isEqualTo("allison");
        assertThat(MapFixtures.SPECTRUM.bandAt(moves.get(0).position())).map(Band::label).contains("Alliance possible");
        assertThat(robot.lookup(".ghost").queryAll()).isEmpty();
        assertThat(view.getDragPreview()).isEmpty();
        assertThat(view.getSelectedVoice().id()).isEqualTo("allison");
    }

    @Test
    void whileDraggingThePreviewNamesTheBandUnderThePointer(FxRobot robot) {
        robot.drag(chip(robot, "Bobo Lo"), MouseButton.PRIMARY).moveTo(band(robot, "De facto alliance"));

        Optional<DragPreview> preview = view.getDragPreview();
        assertThat(preview).isPresent();
        assertThat(preview.get().voice().id()).isEqualTo("lo");
        assertThat(preview.get().band()).map(Band::label).contains("De facto alliance");
        assertThat(robot.lookup(".ghost").queryAll()).hasSize(1);
        assertThat(moves).isEmpty();

        robot.release(MouseButton.PRIMARY);
        assertThat(moves).hasSize(1);
    }

    @Test
    void theGhostAndTheDropMarkerFollowThePointer(FxRobot robot) {
        Label kashin = chip(robot, "Vasily Kashin");
        Bounds start = kashin.localToScreen(kashin.getBoundsInLocal());

        robot.drag(kashin, MouseButton.PRIMARY).moveBy(150, 0);
        try {
            Node ghost = robot.lookup(".ghost").query();
            Node marker = robot.lookup(".drop-marker").query();
            Bounds ghostNow = ghost.localToScreen(ghost.getBoundsInLocal());
            assertThat(ghostNow.getCenterX()).isCloseTo(start.getCenterX() + 150, within(2.0));
            assertThat(ghostNow.getMinY()).isCloseTo(start.getMinY(), within(1.0));
            assertThat(centreX(marker)).isCloseTo(ghostNow.getCenterX(), within(2.0));

            robot.moveBy(-60, 0);
            assertThat(centreX(ghost)).isCloseTo(start.getCenterX() + 90, within(2.0));
            assertThat(centreX(marker)).isCloseTo(start.getCenterX() + 90, within(2.0));
            Node plot = robot.lookup(".plot").query();
            Bounds plotBounds = plot.localToScreen(plot.getBoundsInLocal());
            assertThat(view.getDragPreview()).map(DragPreview::position).hasValueSatisfying(position ->
                    assertThat(plotBounds.getMinX() + position * plotBounds.getWidth())
                            .isCloseTo(centreX(marker), within(1.5)));
        } finally {
            robot.release(MouseButton.PRIMARY);
        }
    }

    private static double centreX(Node node) {
        return node.localToScreen(node.getBoundsInLocal()).getCenterX();
    }

    @Test
    void afterADropNoDragFeedbackIsLeftOnTheMap(FxRobot robot) {
        robot.drag(chip(robot, "Alexander Gabuev"), MouseButton.PRIMARY).moveTo(band(robot, "De facto alliance"));
        assertThat(robot.lookup(".drop-marker").queryAll()).hasSize(1);
        assertThat(robot.lookup(n -> n.getPseudoClassStates().contains(DROP_TARGET)).queryAll()).isNotEmpty();

        robot.drop();

        assertThat(robot.lookup(".ghost").queryAll()).isEmpty();
        assertThat(robot.lookup(".drop-marker").queryAll()).isEmpty();
        assertThat(robot.lookup(n -> n.getPseudoClassStates().contains(DROP_TARGET)).queryAll())
                .as("no band is still marked as the drop target").isEmpty();
        assertThat(robot.lookup(n -> n.getPseudoClassStates().contains(DRAGGING)).queryAll())
                .as("neither the map nor a chip is still styled as dragging").isEmpty();
    }

    @Test
    void escapeDuringADragCancelsItAndAsksForNothing(FxRobot robot) {
        robot.drag(chip(robot, "Alexander Gabuev"), MouseButton.PRIMARY).moveBy(250, 0);
        assertThat(view.getDragPreview()).isPresent();

        robot.type(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);

        assertThat(moves).isEmpty();
        assertThat(robot.lookup(".ghost").queryAll()).isEmpty();
        assertThat(view.getDragPreview()).isEmpty();
    }

    @Test
    void aClickSelectsWithoutMoving(FxRobot robot) {
        robot.clickOn(chip(robot, "Vasily Kashin"));

        assertThat(view.getSelectedVoice().id()).isEqualTo("kashin");
        assertThat(moves).isEmpty();
    }

    @Test
    void aSmallTremorDuringAClickIsStillAClick(FxRobot robot) {
        robot.drag(chip(robot, "Vasily Kashin"), MouseButton.PRIMARY).moveBy(2, 1).drop();

        assertThat(view.getSelectedVoice().id()).isEqualTo("kashin");
        assertThat(moves).isEmpty();
    }

    @Test
    void shiftRightAsksToMoveTheSelectedVoiceOneHundredthRight(FxRobot robot) {
        robot.clickOn(chip(robot, "Alexander Gabuev"));
        robot.press(KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT);

        assertThat(moves).hasSize(1);
        assertThat(moves.get(0).voice().id()).isEqualTo("gabuev");
        assertThat(moves.get(0).position()).isEqualTo(0.31);
    }

    @Test
    void enterSelectsTheFirstChipAlongTheAxisWhenNoneIsSelected(FxRobot robot) {
        robot.interact(view::requestFocus);

        robot.type(KeyCode.ENTER);

        assertThat(view.getSelectedVoice().id()).isEqualTo("allison");
    }

    @Test
    void arrowKeysWalkTheSelectionAlongTheAxisThenIntoTheTray(FxRobot robot) {
        robot.clickOn(chip(robot, "Bobo Lo"));
        robot.type(KeyCode.RIGHT);
        assertThat(view.getSelectedVoice().id()).isEqualTo("trenin");
        robot.type(KeyCode.RIGHT);
        assertThat(view.getSelectedVoice().id()).isEqualTo("stent");
        robot.type(KeyCode.LEFT, 3);
        assertThat(view.getSelectedVoice().id()).isEqualTo("kashin");
        assertThat(moves).isEmpty();
    }

    @Test
    void anUnplacedVoiceDraggedOntoTheAxisIsAskedToBePlaced(FxRobot robot) {
        robot.drag(chip(robot, "Angela Stent"), MouseButton.PRIMARY).moveTo(band(robot, "Partnership with limits")).drop();

        assertThat(moves).hasSize(1);
        assertThat(moves.get(0).voice().id()).isEqualTo("stent");
        assertThat(MapFixtures.SPECTRUM.bandAt(moves.get(0).position())).map(Band::label)
                .contains("Partnership with limits");
    }

    @Test
    void voicesTheFilterRejectsAreDimmedNotHidden(FxRobot robot) {
        robot.interact(() -> view.setFilter(v -> !v.id().equals("lo")));

        Label lo = chip(robot, "Bobo Lo");
        assertThat(lo.isVisible()).isTrue();
        assertThat(lo.getPseudoClassStates()).contains(FILTERED_OUT);
        assertThat(chip(robot, "Dmitri Trenin").getPseudoClassStates()).doesNotContain(FILTERED_OUT);
    }

    @Test
    void theSelectionFollowsAVoiceWhoseRecordIsReplaced(FxRobot robot) {
        robot.clickOn(chip(robot, "Bobo Lo"));
        Voice moved = view.getVoices().get(3).withPlacementAdded(MapFixtures.placement(0.85));

        robot.interact(() -> view.getVoices().set(3, moved));

        assertThat(view.getSelectedVoice()).isSameAs(moved);
    }

    @Test
    void afterAMoveTheOtherChipsSlideToTheirNewPlacesButNotOnResize(FxRobot robot) {
        double[] slide = new double[1];
        robot.interact(() -> {
            // Allison lands on Kashin's position and, coming first by id, takes the row nearest the axis.
            view.getVoices().set(0, view.getVoices().get(0).withPlacementAdded(MapFixtures.placement(0.5)));
            view.layout();
            slide[0] = chipNow("Vasily Kashin").getTranslateY();
        });
        assertThat(slide[0]).isNotZero();
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chip(robot, "Vasily Kashin").getTranslateY()).isZero();

        robot.interact(() -> {
            view.resize(640, view.getHeight());
            view.layout();
            slide[0] = robot.lookup(".chip").queryAllAs(Label.class).stream()
                    .mapToDouble(c -> Math.abs(c.getTranslateX()) + Math.abs(c.getTranslateY())).sum();
        });
        assertThat(slide[0]).isZero();
    }

    @Test
    void noTwoChipsOverlapAtAnyWidthWithFiftyVoices(FxRobot robot) {
        robot.interact(() -> view.getVoices().setAll(MapFixtures.fifty()));
        for (int width : new int[] {600, 900, 1400}) {
            robot.interact(() -> stage.setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();

            List<Bounds> bounds = robot.lookup(".chip").queryAll().stream()
                    .filter(Node::isVisible)
                    .map(n -> n.localToScene(n.getLayoutBounds()))
                    .toList();
            assertThat(bounds).hasSize(51);
            for (int i = 0; i < bounds.size(); i++) {
                Bounds chip = bounds.get(i);
                assertThat(chip.getMinX()).isGreaterThanOrEqualTo(0);
                assertThat(chip.getMaxX()).isLessThanOrEqualTo(width);
                for (int j = i + 1; j < bounds.size(); j++) {
                    assertThat(chip.intersects(bounds.get(j))).as("chips %d and %d at %d px", i, j, width).isFalse();
                }
            }
        }
    }

    private Label chip(FxRobot robot, String name) {
        return robot.lookup(".chip").match((Label l) -> l.getText().equals(name)
                && !l.getStyleClass().contains("ghost")).queryAs(Label.class);
    }

    private Label chipNow(String name) {
        return view.lookupAll(".chip").stream().map(Label.class::cast)
                .filter(l -> l.getText().equals(name)).findFirst().orElseThrow();
    }

    private Point2D band(FxRobot robot, String label) {
        int index = MapFixtures.SPECTRUM.bands().stream().map(Band::label).toList().indexOf(label);
        Node column = robot.lookup(".band").nth(index).query();
        Bounds screen = column.localToScreen(column.getLayoutBounds());
        return new Point2D(screen.getCenterX(), screen.getMinY() + screen.getHeight() * 0.9);
    }

    @Test
    void chipNodesAreReusedWhenTheMapIsResizedOrAVoiceRecordReplaced(FxRobot robot) {
        Label before = chip(robot, "Bobo Lo");

        robot.interact(() -> stage.setWidth(700));
        robot.interact(() -> view.getVoices().set(3, view.getVoices().get(3).withPlacementAdded(MapFixtures.placement(0.2))));

        assertThat(chip(robot, "Bobo Lo")).isSameAs(before);
    }

    @Test
    void aReplacementSkinTakesOverDraggingFromTheDisposedOne(FxRobot robot) {
        robot.interact(() -> view.setSkin(new SpectrumViewSkin(view, preview -> { })));

        robot.drag(chip(robot, "Graham T. Allison"), MouseButton.PRIMARY).moveTo(band(robot, "Alliance possible")).drop();

        assertThat(moves).hasSize(1);
        assertThat(robot.lookup(".chip").queryAll()).hasSize(6);
    }

    @Test
    void aDisposedSkinLeavesNoListenerBehindThatWouldKeepItAlive(FxRobot robot) {
        List<WeakReference<SpectrumViewSkin>> disposed = new ArrayList<>();
        robot.interact(() -> {
            SpectrumViewSkin first = new SpectrumViewSkin(view, preview -> { });
            view.setSkin(first);
            disposed.add(new WeakReference<>(first));
            view.setSkin(new SpectrumViewSkin(view, preview -> { }));
        });

        for (int attempt = 0; attempt < 10 && disposed.get(0).get() != null; attempt++) {
            System.gc();
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }

        assertThat(disposed.get(0).get()).isNull();
    }

    @Test
    void aStylesheetCanNarrowTheChips(FxRobot robot) {
        robot.interact(() -> view.setStyle("-chip-max-width: 60px;"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".chip").queryAllAs(Label.class))
                .allSatisfy(chip -> assertThat(chip.getWidth()).isLessThanOrEqualTo(60));
        assertThat(chip(robot, "Graham T. Allison").getWidth()).isEqualTo(60);
    }

    @Test
    void chipsCarryAStyleClassPerTagValueAndTheLegendNamesTheValuesPresent(FxRobot robot) {
        robot.interact(() -> {
            view.getVoices().setAll(
                    voice("a", "A. Russian", 0.2, Map.of("region", "Russian")),
                    voice("b", "B. Chinese", 0.4, Map.of("region", "Chinese")),
                    voice("c", "C. Russian", 0.6, Map.of("region", "Russian")),
                    voice("d", "D. Nowhere", 0.8, Map.of()));
            view.setColorAttribute("region");
        });

        assertThat(chip(robot, "A. Russian").getStyleClass()).contains("region-russian", "color-1");
        assertThat(chip(robot, "B. Chinese").getStyleClass()).contains("region-chinese", "color-0");
        assertThat(chip(robot, "D. Nowhere").getStyleClass()).contains("color-unset");
        assertThat(robot.lookup(".legend-entry").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Chinese (1)", "Russian (2)", "not set (1)", "not stated",
                        "exact position · chips stay inside their band; stacking means nothing");
    }
}
