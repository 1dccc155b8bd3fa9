package org.stancemap.ui.window;

import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Starts a project from a round-up: a text file, or text pasted straight from an article. */
final class NewProjectDialog {

    /** The round-up to import: a file or pasted text, and whether to keep the current map's spectrum. */
    record Request(Optional<Path> file, String pastedText, boolean keepSpectrum) {
    }

    private NewProjectDialog() {
    }

    static Optional<Request> show(Window owner, String currentQuestion) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New map from a round-up");
        dialog.setHeaderText("Paste the round-up's text, or choose a text file.\n"
                + "Each expert: a line \"Name, Title\", then quote paragraphs ending in (Publication, date).");

        TextArea text = new TextArea();
        text.setPromptText("Paste the article here…");
        text.setPrefRowCount(14);
        text.setPrefColumnCount(70);
        text.setWrapText(true);

        Path[] chosen = new Path[1];
        Label chosenLabel = new Label();
        Button choose = new Button("Choose file…");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Round-up text");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Text", "*.txt"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            var file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                chosen[0] = file.toPath();
                chosenLabel.setText(file.getName());
                text.setDisable(true);
            }
        });

        CheckBox keepSpectrum = new CheckBox("Use the current question and bands: " + currentQuestion);
        keepSpectrum.setSelected(true);

        VBox content = new VBox(10, text, new HBox(10, choose, chosenLabel), keepSpectrum);
        content.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        // Choosing a file disables the text area, so its disable flag also signals "a file is chosen".
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> text.getText().isBlank() && chosen[0] == null, text.textProperty(), text.disableProperty()));
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Request(Optional.ofNullable(chosen[0]), text.getText(), keepSpectrum.isSelected()) : null);
        return dialog.showAndWait();
    }
}
