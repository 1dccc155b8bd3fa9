package org.stancemap.ui.about;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help › About: the version and runtime, and the bundled licences in a box that can be selected and copied. */
public final class AboutView {

    private AboutView() {
    }

    public static void show(Window owner, AboutViewModel model) {
        dialog(owner, model).showAndWait();
    }

    static Dialog<ButtonType> dialog(Window owner, AboutViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("About StanceMap");

        Label version = new Label();
        version.textProperty().bind(model.versionProperty());
        version.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        Label runtime = new Label();
        runtime.textProperty().bind(model.runtimeProperty());
        runtime.setWrapText(true);
        TextArea licences = new TextArea();
        licences.textProperty().bind(model.licencesProperty());
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(14);
        licences.setPrefColumnCount(60);

        VBox content = new VBox(10, version, runtime, licences);
        content.setPadding(new Insets(16));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        return dialog;
    }
}
