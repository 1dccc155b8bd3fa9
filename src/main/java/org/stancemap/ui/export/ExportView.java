package org.stancemap.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stancemap.model.Voice;
import org.stancemap.render.ExportFormat;

/**
 * File › Export…: the export options on the left, a live preview of the briefing on the right, and Export… and Copy
 * Image buttons. Errors are shown as one sentence.
 */
public final class ExportView {

    /** Draws and writes exports, one at a time, off the FX thread; a daemon so it never keeps the app running. */
    private static final Executor WRITER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "export-writer");
        thread.setDaemon(true);
        return thread;
    });
    private static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    private ExportView() {
    }

    /** Shows the dialog; returns when it is closed. */
    public static void show(Window owner, ExportViewModel model) {
        dialog(owner, model).showAndWait();
    }

    static Dialog<ButtonType> dialog(Window owner, ExportViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export the map for a briefing");

        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : f.description();
            }

            @Override
            public ExportFormat fromString(String text) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(model.formatProperty());
        ChoiceBox<ExportSize> size = new ChoiceBox<>();
        size.getItems().setAll(ExportSize.values());
        size.valueProperty().bindBidirectional(model.sizeProperty());
        size.disableProperty().bind(model.formatProperty().isEqualTo(ExportFormat.CSV));

        TextField title = new TextField();
        title.setPromptText(model.project().spectrum().question());
        title.textProperty().bindBidirectional(model.titleProperty());
        title.setPrefColumnCount(28);
        TextField subtitle = new TextField();
        subtitle.setPromptText("Optional");
        subtitle.textProperty().bindBidirectional(model.subtitleProperty());
        CheckBox onlyFiltered = new CheckBox("Only the voices the map's filter shows (" + model.filterSummary() + ")");
        onlyFiltered.selectedProperty().bindBidirectional(model.onlyFilteredProperty());

        TextField takeaway = new TextField();
        takeaway.setPromptText("Optional: what the map shows, in one line");
        takeaway.textProperty().bindBidirectional(model.takeawayProperty());
        CheckBox counts = new CheckBox("Counts and shares per band");
        counts.selectedProperty().bindBidirectional(model.bandCountsProperty());
        CheckBox definitions = new CheckBox("Band definitions as a footnote");
        definitions.selectedProperty().bindBidirectional(model.bandDefinitionsProperty());
        CheckBox quotes = new CheckBox("Featured quotes (" + model.featuredSummary() + ")");
        quotes.selectedProperty().bindBidirectional(model.featureQuotesProperty());
        CheckBox quoteSlide = new CheckBox("PowerPoint: a second slide with the featured quotes in full");
        quoteSlide.selectedProperty().bindBidirectional(model.quoteSlideProperty());
        quotes.setDisable(!model.hasFeaturedQuotes());
        quoteSlide.disableProperty().bind(model.formatProperty().isNotEqualTo(ExportFormat.PPTX)
                .or(quotes.disabledProperty()));

        ListView<Voice> highlight = new ListView<>();
        highlight.getItems().setAll(model.project().voices());
        highlight.setPrefHeight(180);
        highlight.setCellFactory(CheckBoxListCell.forListView(voice -> {
            SimpleBooleanProperty checked = new SimpleBooleanProperty(model.getHighlighted().contains(voice.id()));
            checked.addListener((obs, old, now) -> {
                if (now) {
                    model.getHighlighted().add(voice.id());
                } else {
                    model.getHighlighted().remove(voice.id());
                }
            });
            return checked;
        }, new javafx.util.StringConverter<>() {
            @Override
            public String toString(Voice voice) {
                return voice == null ? "" : voice.shortName();
            }

            @Override
            public Voice fromString(String text) {
                return null;
            }
        }));

        ImageView preview = new ImageView();
        preview.imageProperty().bind(model.previewProperty());
        preview.setFitWidth(ExportViewModel.PREVIEW_WIDTH);
        preview.setPreserveRatio(true);
        preview.setSmooth(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Size"), size);
        grid.addRow(2, new Label("Title"), title);
        grid.addRow(3, new Label("Subtitle"), subtitle);
        grid.addRow(4, new Label("Takeaway"), takeaway);
        grid.add(counts, 0, 5, 2, 1);
        grid.add(definitions, 0, 6, 2, 1);
        grid.add(quotes, 0, 7, 2, 1);
        grid.add(quoteSlide, 0, 8, 2, 1);
        grid.add(onlyFiltered, 0, 9, 2, 1);
        grid.add(new Label("Highlight (the rest are greyed)"), 0, 10, 2, 1);
        grid.add(highlight, 0, 11, 2, 1);
        HBox content = new HBox(16, grid, preview);
        content.setPadding(new Insets(16));
        // The settings must never be squeezed by the preview: the dialog grows to fit both.
        grid.setMinWidth(Region.USE_PREF_SIZE);
        content.setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);

        ButtonType copy = new ButtonType("Copy Image", ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().setAll(copy, EXPORT, ButtonType.CLOSE);
        Button copyButton = (Button) dialog.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            copyImage(model);
        });
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(EXPORT);
        exportButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes once the file is written, not when the button is pressed
            chooseFile(owner, model).ifPresent(file -> {
                content.setDisable(true);
                exportButton.setDisable(true);
                copyButton.setDisable(true);
                String header = dialog.getHeaderText();
                dialog.setHeaderText("Exporting " + file.getFileName() + "…");
                model.writeInBackground(file, WRITER, Platform::runLater).thenAccept(error -> {
                    content.setDisable(false);
                    exportButton.setDisable(false);
                    copyButton.setDisable(false);
                    dialog.setHeaderText(header);
                    if (error.isPresent()) {
                        Alert alert = new Alert(Alert.AlertType.ERROR, error.get(), ButtonType.OK);
                        alert.initOwner(dialog.getDialogPane().getScene().getWindow());
                        alert.setHeaderText(null);
                        alert.showAndWait();
                    } else {
                        dialog.setResult(EXPORT);
                        dialog.close();
                    }
                });
            });
        });
        return dialog;
    }

    /** Puts the briefing image, as the model's options draw it, on the clipboard. */
    public static void copyImage(ExportViewModel model) {
        model.imageInBackground(WRITER, Platform::runLater).thenAccept(image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    /** Asks where to save; empty when the user cancelled. */
    private static Optional<Path> chooseFile(Window owner, ExportViewModel model) {
        ExportFormat format = model.formatProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + format.description());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(), "*." + format.extension()));
        chooser.setInitialFileName(model.defaultFileName());
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
