package org.stancemap.ui.card;

import java.io.File;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Cut Card window: check boxes for the quotes, the tag and the cutter's initials, the cite and the card as it
 * will read; Copy puts it on the clipboard as HTML and plain text, Export writes a {@code .docx}. It only binds to
 * its {@link CutCardViewModel}.
 */
public final class CutCardDialog {

    private CutCardDialog() {
    }

    /** Opens the window over {@code owner} and returns it. */
    public static Stage show(Window owner, CutCardViewModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Cut Card");

        TextField tag = new TextField();
        tag.setId("cut-card-tag");
        tag.setPromptText("The claim the card makes");
        tag.textProperty().bindBidirectional(model.tagProperty());
        TextField cutter = new TextField();
        cutter.setId("cut-card-cutter");
        cutter.setPromptText("e.g. ank");
        cutter.setPrefColumnCount(6);
        cutter.textProperty().bindBidirectional(model.cutterProperty());

        ListView<QuoteChoice> quotes = new ListView<>(model.getChoices());
        quotes.setId("cut-card-quotes");
        quotes.setCellFactory(CheckBoxListCell.forListView(QuoteChoice::pickedProperty));
        quotes.setPrefHeight(220);

        Label cite = new Label();
        cite.setId("cut-card-cite");
        cite.setWrapText(true);
        cite.textProperty().bind(model.citeProperty());
        TextArea preview = new TextArea();
        preview.setId("cut-card-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.textProperty().bind(model.previewProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);

        Button copy = new Button("Copy for Word");
        copy.setId("cut-card-copy");
        copy.disableProperty().bind(model.canCutProperty().not());
        copy.setOnAction(e -> model.html().ifPresent(html -> {
            ClipboardContent content = new ClipboardContent();
            content.putHtml(html);
            content.putString(model.previewProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        }));
        Button export = new Button("Export .docx…");
        export.setId("cut-card-export");
        export.disableProperty().bind(model.canCutProperty().not());
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Word document", "*.docx"));
            chooser.setInitialFileName("card.docx");
            Optional.ofNullable(chooser.showSaveDialog(stage)).map(File::toPath).flatMap(model::exportDocx)
                    .ifPresent(problem -> new Alert(Alert.AlertType.ERROR, problem).showAndWait());
        });
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());

        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, new Label("Tag"), tag);
        fields.addRow(1, new Label("Cutter's initials"), cutter);
        GridPane.setHgrow(tag, Priority.ALWAYS);

        VBox root = new VBox(8, new Label("Quotes (pick one or more, of one expert or several)"), quotes, fields,
                new Label("Cite"), cite, new Label("Card"), preview, new HBox(8, copy, export, close));
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 760, 680));
        stage.show();
        return stage;
    }
}
