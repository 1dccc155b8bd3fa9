package org.stancemap.ui.window;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.stancemap.ui.preferences.AppPreferences;

/** Who the analyst is (recorded with every placement) and whether every move needs a reason. */
final class PreferencesDialog {

    private PreferencesDialog() {
    }

    static void show(Window owner, AppPreferences preferences) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");

        TextField analyst = new TextField(preferences.analystName());
        analyst.setPrefColumnCount(24);
        CheckBox requireReason = new CheckBox("Ask for a reason with every move");
        requireReason.setSelected(preferences.requireReason());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(12);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label("Analyst name"), analyst);
        grid.add(requireReason, 1, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(analyst.textProperty().map(String::isBlank));

        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
            preferences.setAnalystName(analyst.getText());
            preferences.setRequireReason(requireReason.isSelected());
            preferences.flush();
        });
    }
}
