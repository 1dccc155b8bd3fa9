package org.stancemap.ui.window;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks, once, who the analyst is: every placement records who made it, and a briefer must be able to say whose
 * judgement a placement is. The answer can be changed in Preferences.
 */
final class AnalystNameDialog {

    private AnalystNameDialog() {
    }

    /** The name the user typed, stripped; empty when they chose to decide later. */
    static Optional<String> ask(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Welcome to StanceMap");
        dialog.setHeaderText("Who is placing the experts?");
        TextField name = new TextField();
        name.setPromptText("e.g. Jane Doe");
        name.setPrefColumnCount(24);
        name.setAccessibleText("Your name");
        Label why = new Label("Your name is recorded with every placement you make, so a reader knows whose"
                + " judgement it is. You can change it in Edit › Preferences.");
        why.setWrapText(true);
        why.setMaxWidth(380);
        VBox content = new VBox(10, why, name);
        content.setPadding(new Insets(16));
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType("Use This Name", ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, later);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(name.textProperty().map(String::isBlank));
        dialog.setOnShown(e -> name.requestFocus());
        return dialog.showAndWait().filter(save::equals).map(ok -> name.getText().strip());
    }
}
