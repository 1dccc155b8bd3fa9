package org.stancemap.ui.control.impl;

import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.stancemap.model.Band;
import org.stancemap.model.Placement;
import org.stancemap.model.Voice;
import org.stancemap.ui.control.DragPreview;
import org.stancemap.ui.control.MoveRequest;
import org.stancemap.ui.control.SpectrumView;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns mouse gestures on chips into selection and moves. A press on a chip and a release without moving
 * selects it; moving more than a few pixels starts a drag: a ghost follows the pointer sideways (keeping the
 * offset at which the chip was grabbed, clamped inside the plot), the band under it is highlighted and the
 * control's drag preview updated, and the release asks for exactly one move. Esc cancels and asks for
 * nothing. The release and Esc are watched on the Scene, so a release outside the control still ends the drag.
 * <p>
 * Each drag step must cost the same with 50 chips or 10,000, so the ghost and the drop marker move by their
 * translation (moving an unmanaged node's layout position would ask the whole control for a layout pass) and
 * everything that changes is small: the ghost, a short marker on the axis, and the target band's header and its
 * stretch of the axis (see {@link BandStrip}). Repainting a whole band would repaint every chip in it.
 */
final class ChipDragController {

    /** Below this many pixels a press and release is a click, however the hand shook. */
    private static final double DRAG_THRESHOLD = 4;
    /** The drop marker crosses the axis by this much each side: enough to see, small enough to redraw cheaply. */
    private static final double MARKER_REACH = 9;

    private final SpectrumView view;
    private final SpectrumViewSkin skin;
    private final Consumer<Optional<DragPreview>> preview;

    private final EventHandler<MouseEvent> pressHandler = this::pressed;
    private final EventHandler<MouseEvent> dragHandler = this::dragged;
    private final EventHandler<MouseEvent> releaseHandler = this::released;
    private final EventHandler<KeyEvent> escapeHandler = this::keyPressed;
    private final ChangeListener<Scene> sceneListener = (observable, oldScene, newScene) -> {
        removeSceneFilters(oldScene);
        addSceneFilters(newScene);
    };

    /** The chip pressed, where, and how far from the chip's position the pointer grabbed it. */
    private record Press(Chip chip, double plotX, double offset) {
    }

    private Optional<Press> press = Optional.empty();
    private boolean backgroundPressed;
    private boolean dragging;
    private double position;
    private Chip ghost;
    private Region dropMarker;
    private Optional<Band> targetBand = Optional.empty();

    ChipDragController(SpectrumView view, SpectrumViewSkin skin, Consumer<Optional<DragPreview>> preview) {
        this.view = view;
        this.skin = skin;
        this.preview = preview;
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, pressHandler);
        view.addEventFilter(MouseEvent.MOUSE_DRAGGED, dragHandler);
        view.sceneProperty().addListener(sceneListener);
        addSceneFilters(view.getScene());
    }

    void dispose() {
        if (dragging) {
            cancel();
        }
        view.removeEventFilter(MouseEvent.MOUSE_PRESSED, pressHandler);
        view.removeEventFilter(MouseEvent.MOUSE_DRAGGED, dragHandler);
        view.sceneProperty().removeListener(sceneListener);
        removeSceneFilters(view.getScene());
    }

    private void addSceneFilters(Scene scene) {
        if (scene != null) {
            scene.addEventFilter(MouseEvent.MOUSE_RELEASED, releaseHandler);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, escapeHandler);
        }
    }

    private void removeSceneFilters(Scene scene) {
        if (scene != null) {
            scene.removeEventFilter(MouseEvent.MOUSE_RELEASED, releaseHandler);
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, escapeHandler);
        }
    }

    private void pressed(MouseEvent event) {
        if (event.getButton() == MouseButton.SECONDARY) {
            // A context menu acts on the chip it was opened on.
            skin.chipAt(event.getTarget()).ifPresent(chip -> view.setSelectedVoice(chip.voice()));
            return;
        }
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        view.requestFocus();
        Optional<Chip> chip = skin.chipAt(event.getTarget());
        backgroundPressed = chip.isEmpty();
        press = chip.map(c -> {
            double x = skin.toPlot(event.getSceneX(), event.getSceneY()).getX();
            return new Press(c, x, x - startCentre(c));
        });
    }

    /** Where the chip's position is in plot x; for a chip in the tray, the x under its centre. */
    private double startCentre(Chip chip) {
        return chip.voice().placement()
                .map(p -> p.position() * skin.plotWidth())
                .orElseGet(() -> skin.plot().sceneToLocal(chip.localToScene(chip.getWidth() / 2, 0)).getX());
    }

    private void dragged(MouseEvent event) {
        if (press.isEmpty() || skin.plotWidth() <= 0) {
            return;
        }
        double x = skin.toPlot(event.getSceneX(), event.getSceneY()).getX();
        if (!dragging && Math.abs(x - press.get().plotX()) <= DRAG_THRESHOLD) {
            return;
        }
        if (!dragging) {
            begin(press.get().chip());
        }
        follow(x - press.get().offset());
        event.consume();
    }

    private void begin(Chip chip) {
        dragging = true;
        chip.pseudoClassStateChanged(Chip.DRAGGING, true);
        view.pseudoClassStateChanged(Chip.DRAGGING, true);
        ghost = new Chip(chip.voice());
        ghost.getStyleClass().add("ghost");
        ghost.colourBy(chip.colourClasses());
        ghost.setMouseTransparent(true);
        ghost.setManaged(false);
        ghost.resize(chip.getWidth(), chip.getHeight());
        ghost.setScaleX(chip.getScaleX());
        ghost.setScaleY(chip.getScaleY());
        dropMarker = new Region();
        dropMarker.getStyleClass().add("drop-marker");
        dropMarker.setMouseTransparent(true);
        dropMarker.setManaged(false);
        dropMarker.resizeRelocate(-1, skin.axisY() - MARKER_REACH, 2, 2 * MARKER_REACH);
        skin.plot().getChildren().addAll(dropMarker, ghost);
    }

    private void follow(double centreX) {
        double width = skin.plotWidth();
        position = Math.rint(Math.max(0, Math.min(1, centreX / width)) * 1000) / 1000;
        Chip chip = press.orElseThrow().chip();
        double ghostWidth = Math.min(ghost.getWidth(), width);
        double ghostX = Math.max(0, Math.min(position * width - ghostWidth / 2, width - ghostWidth));
        double ghostY = chip.voice().placement().isPresent()
                ? chip.getLayoutY()
                : skin.axisY() - ghost.getHeight() / 2;
        ghost.setTranslateX(ghostX);
        ghost.setTranslateY(ghostY);
        dropMarker.setTranslateX(position * width);
        Optional<Band> band = skin.spectrum().bandAt(position);
        if (!band.equals(targetBand)) {
            targetBand = band;
            skin.highlightBand(band);
        }
        preview.accept(Optional.of(new DragPreview(chip.voice(), position, band)));
    }

    private void released(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (dragging) {
            commit();
        } else if (press.isPresent()) {
            view.setSelectedVoice(press.get().chip().voice());
        } else if (backgroundPressed && event.isStillSincePress()) {
            view.setSelectedVoice(null);
        }
        press = Optional.empty();
        backgroundPressed = false;
    }

    private void commit() {
        Voice voice = press.orElseThrow().chip().voice();
        double target = position;
        endDrag();
        // Select first: the move handler replaces the voice's record, and the selection follows it by id.
        view.setSelectedVoice(voice);
        boolean unchanged = voice.placement().map(Placement::position).filter(p -> p == target).isPresent();
        if (!unchanged && view.getOnMoveRequested() != null) {
            skin.holdStill(voice);
            view.getOnMoveRequested().accept(new MoveRequest(voice, target));
        }
    }

    private void keyPressed(KeyEvent event) {
        if (dragging && event.getCode() == KeyCode.ESCAPE) {
            cancel();
            event.consume();
        }
    }

    private void cancel() {
        endDrag();
        press = Optional.empty();
    }

    private void endDrag() {
        dragging = false;
        press.ifPresent(p -> p.chip().pseudoClassStateChanged(Chip.DRAGGING, false));
        view.pseudoClassStateChanged(Chip.DRAGGING, false);
        skin.plot().getChildren().removeAll(ghost, dropMarker);
        ghost = null;
        dropMarker = null;
        targetBand = Optional.empty();
        skin.highlightBand(Optional.empty());
        preview.accept(Optional.empty());
    }
}
