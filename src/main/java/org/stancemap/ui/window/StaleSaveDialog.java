package org.stancemap.ui.window;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * What to do when Save was refused because the file changed on disk since this window read it: save this window's
 * work under another name, reload the file and drop this window's changes (asked twice: they cannot be brought
 * back), or leave both as they are.
 */
final class StaleSaveDialog {

    enum Choice { SAVE_AS, RELOAD, CANCEL }

    static final ButtonType SAVE_AS = new ButtonType("Save As…", ButtonBar.ButtonData.YES);
    static final ButtonType RELOAD = new ButtonType("Reload from Disk", ButtonBar.ButtonData.OTHER);
    static final ButtonType DISCARD_AND_RELOAD = new ButtonType("Discard and Reload", ButtonBar.ButtonData.YES);

    private StaleSaveDialog() {
    }

    /** Asks, and for Reload confirms; {@code sentence} is the refused save's own message. */
    static Choice ask(Window owner, String fileName, String sentence) {
        ButtonType answer = refused(owner, fileName, sentence).showAndWait().orElse(ButtonType.CANCEL);
        if (answer == SAVE_AS) {
            return Choice.SAVE_AS;
        }
        if (answer == RELOAD && confirmReload(owner, fileName).showAndWait().orElse(ButtonType.CANCEL)
                == DISCARD_AND_RELOAD) {
            return Choice.RELOAD;
        }
        return Choice.CANCEL;
    }

    private static Alert refused(Window owner, String fileName, String sentence) {
        Alert alert = new Alert(Alert.AlertType.WARNING, sentence, SAVE_AS, RELOAD, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Cannot save");
        alert.setHeaderText(fileName + " was changed on disk");
        return alert;
    }

    private static Alert confirmReload(Window owner, String fileName) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The changes made in this window since it was last "
                + "saved will be lost; undo cannot bring them back.", DISCARD_AND_RELOAD, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Reload from disk");
        alert.setHeaderText("Discard your changes and reload " + fileName + "?");
        return alert;
    }
}
