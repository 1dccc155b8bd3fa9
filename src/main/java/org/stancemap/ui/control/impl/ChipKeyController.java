package org.stancemap.ui.control.impl;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.stancemap.model.Placement;
import org.stancemap.model.Voice;
import org.stancemap.ui.control.MoveRequest;
import org.stancemap.ui.control.SpectrumView;

import java.util.List;
import java.util.Optional;

/**
 * The keyboard's way to do what the mouse does: Left/Right select the neighbouring chip along the axis,
 * Shift+Left/Right ask to move the selected voice by {@value #STEP} (an unplaced voice to the middle),
 * Enter/Space select the first chip when none is selected. Tab is left alone so that focus can leave the map.
 */
final class ChipKeyController {

    static final double STEP = 0.01;

    private final SpectrumView view;
    private final SpectrumViewSkin skin;
    private final EventHandler<KeyEvent> keyHandler = this::keyPressed;

    ChipKeyController(SpectrumView view, SpectrumViewSkin skin) {
        this.view = view;
        this.skin = skin;
        view.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
    }

    void dispose() {
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
    }

    private void keyPressed(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean handled = switch (code) {
            case LEFT, RIGHT -> event.isShiftDown() ? moveSelected(code == KeyCode.RIGHT ? STEP : -STEP)
                    : selectNeighbour(code == KeyCode.RIGHT ? 1 : -1);
            case TAB -> selectNeighbourWithin(event.isShiftDown() ? -1 : 1);
            case ENTER, SPACE -> selectFirstIfNone();
            default -> false;
        };
        if (handled) {
            event.consume();
        }
    }

    private boolean selectNeighbour(int direction) {
        List<Voice> order = skin.axisOrder();
        if (order.isEmpty()) {
            return false;
        }
        int at = indexOfSelected(order);
        int next = at < 0
                ? (direction > 0 ? 0 : order.size() - 1)
                : Math.max(0, Math.min(order.size() - 1, at + direction));
        view.setSelectedVoice(order.get(next));
        return true;
    }

    /** Tab walks the chips like Right; at either end it lets focus leave the map, so the keyboard never gets stuck. */
    private boolean selectNeighbourWithin(int direction) {
        List<Voice> order = skin.axisOrder();
        int at = indexOfSelected(order);
        boolean atEnd = direction > 0 ? at == order.size() - 1 : at == 0;
        if (order.isEmpty() || (at >= 0 && atEnd)) {
            return false;
        }
        return selectNeighbour(direction);
    }

    private boolean selectFirstIfNone() {
        List<Voice> order = skin.axisOrder();
        if (view.getSelectedVoice() == null && !order.isEmpty()) {
            view.setSelectedVoice(order.get(0));
            return true;
        }
        return view.getSelectedVoice() != null;
    }

    private boolean moveSelected(double step) {
        Optional<Voice> selected = Optional.ofNullable(view.getSelectedVoice());
        if (selected.isEmpty()) {
            return false;
        }
        Voice voice = selected.get();
        double target = voice.placement()
                .map(p -> Math.rint(Math.max(0, Math.min(1, p.position() + step)) * 1000) / 1000)
                .orElse(0.5);
        boolean unchanged = voice.placement().map(Placement::position).filter(p -> p == target).isPresent();
        if (!unchanged && view.getOnMoveRequested() != null) {
            view.getOnMoveRequested().accept(new MoveRequest(voice, target));
        }
        return true;
    }

    private int indexOfSelected(List<Voice> order) {
        Voice selected = view.getSelectedVoice();
        if (selected == null) {
            return -1;
        }
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(selected.id())) {
                return i;
            }
        }
        return -1;
    }
}
