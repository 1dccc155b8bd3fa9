package org.stancemap.ui.window;

import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Starts a map from a round-up: a file (text, Markdown or a saved web page), or text pasted straight from an
 * article. A paste from a browser keeps the page's HTML, so that its headings and bold names can be read.
 */
final class NewProjectDialog {

    static final ButtonType READ = new ButtonType("_Read…", ButtonBar.ButtonData.OK_DONE);
    private static final KeyCombination READ_KEY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    /**
     * The round-up to read.
     *
     * @param file        the file chosen, if one was
     * @param pastedText  the text pasted or typed
     * @param pastedHtml  the HTML the clipboard held with that text, while the text is exactly what was pasted
     */
    record Request(Optional<Path> file, String pastedText, Optional<String> pastedHtml) {
    }

    private NewProjectDialog() {
    }

    static Optional<Request> show(Window owner) {
        return dialog(owner).showAndWait();
    }

    static Dialog<Request> dialog(Window owner) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New map from a round-up");
        dialog.setHeaderText("Paste the round-up from a web page or a document, or choose a file.\n"
                + "You will see what was read, and fix it, before the map is made. Ctrl+Enter reads it.");

        ObjectProperty<String> pastedHtml = new SimpleObjectProperty<>();
        String[] pastedPlain = {null};
        TextArea text = new TextArea() {
            @Override
            public void paste() {
                Clipboard clipboard = Clipboard.getSystemClipboard();
                String html = clipboard.hasHtml() ? clipboard.getHtml() : null;
                String plain = clipboard.hasString() ? clipboard.getString() : "";
                super.paste();
                // The page's HTML stands for the text only when the paste is the whole text.
                boolean whole = html != null && !html.isBlank() && getText().equals(plain);
                pastedPlain[0] = whole ? plain : null;
                pastedHtml.set(whole ? html : null);
            }
        };
        text.setPromptText("Paste the article here…");
        text.setPrefRowCount(14);
        text.setPrefColumnCount(70);
        text.setWrapText(true);
        text.textProperty().addListener((obs, old, now) -> {
            if (pastedHtml.get() != null && !now.equals(pastedPlain[0])) {
                pastedHtml.set(null); // edited since: the text, not the page, is what the user means
            }
        });
        Label fromPage = new Label("Pasted from a web page: its headings, paragraphs and bold names will be read.");
        fromPage.visibleProperty().bind(pastedHtml.isNotNull());
        fromPage.managedProperty().bind(fromPage.visibleProperty());

        ObjectProperty<Path> chosen = new SimpleObjectProperty<>();
        Label chosenLabel = new Label();
        Button choose = new Button("_Choose File…");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Round-up file");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Text, Markdown or web page", "*.txt", "*.md", "*.html", "*.htm"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            var file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                chosen.set(file.toPath());
                chosenLabel.setText(file.getName());
                text.setDisable(true);
            }
        });

        VBox content = new VBox(10, text, fromPage, new HBox(10, choose, chosenLabel));
        content.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, READ);
        dialog.getDialogPane().lookupButton(READ).disableProperty().bind(Bindings.createBooleanBinding(
                () -> text.getText().isBlank() && pastedHtml.get() == null && chosen.get() == null,
                text.textProperty(), pastedHtml, chosen));
        dialog.setResultConverter(button -> button == READ
                ? new Request(Optional.ofNullable(chosen.get()), text.getText(), Optional.ofNullable(pastedHtml.get()))
                : null);
        // Enter types a new line in the article, so Ctrl+Enter is the keyboard's Read.
        text.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (READ_KEY.match(event)) {
                ((Button) dialog.getDialogPane().lookupButton(READ)).fire();
                event.consume();
            }
        });
        text.requestFocus();
        return dialog;
    }
}
