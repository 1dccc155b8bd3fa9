package org.stancemap.ui.importing;

import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.stancemap.importer.roundup.DraftEntry;
import org.stancemap.importer.roundup.FormatScore;
import org.stancemap.importer.roundup.RoundUpDraft;
import org.stancemap.model.Project;

/**
 * File › New from Round-up, second step: the source text beside the entries read from it, the selected entry to
 * fix, and the question and spectrum to confirm. Nothing is created until Create Map; Cancel (or Esc) creates
 * nothing, and asks first when fixes would be lost.
 */
public final class RoundUpReviewView {

    static final ButtonType CREATE = new ButtonType("Create _Map", ButtonBar.ButtonData.OK_DONE);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private RoundUpReviewView() {
    }

    /** Shows the review; the map it made, or empty when the user cancelled. */
    public static Optional<Project> show(Window owner, RoundUpReviewViewModel model) {
        return dialog(owner, model).showAndWait();
    }

    static Dialog<Project> dialog(Window owner, RoundUpReviewViewModel model) {
        Dialog<Project> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New map from a round-up: check what was read");
        dialog.setResizable(true);

        BorderPane content = new BorderPane();
        content.getStyleClass().add("round-up-review");
        content.getStylesheets().add(RoundUpReviewView.class.getResource("round-up-review.css").toExternalForm());
        content.setTop(header(model));
        content.setCenter(columns(model));
        content.setBottom(new NewMapForm(model));

        var pane = dialog.getDialogPane();
        pane.setContent(content);
        pane.getButtonTypes().setAll(ButtonType.CANCEL, CREATE);
        pane.lookupButton(CREATE).disableProperty().bind(model.canCreateProperty().not());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1480, screen.getWidth() - 40);
        double height = Math.min(920, screen.getHeight() - 60);
        pane.setPrefSize(width, height);
        // Glass on GTK gives a dialog its minimum size while showing it, whatever its preferred size; a size
        // asked for once it is on screen is kept (seen with JavaFX 21 on X11).
        dialog.setOnShown(event -> Platform.runLater(() -> {
            dialog.setWidth(width);
            dialog.setHeight(height);
            dialog.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            dialog.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        }));
        pane.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event)) {
                model.undo();
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == CREATE ? model.create().orElse(null) : null);
        dialog.setOnCloseRequest(event -> {
            if (dialog.getResult() == null && model.canUndoProperty().get() && !confirmDiscard(dialog)) {
                event.consume();
            }
        });
        return dialog;
    }

    /** "Read as [cited blocks, 100 % sure]", how many warnings, the live counts, Undo and Reset. */
    private static HBox header(RoundUpReviewViewModel model) {
        ChoiceBox<FormatScore> format = new ChoiceBox<>();
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(FormatScore score) {
                return score == null ? "" : score.toString();
            }

            @Override
            public FormatScore fromString(String text) {
                return null;
            }
        });
        Label readAs = new Label("Rea_d as");
        readAs.setMnemonicParsing(true);
        readAs.setLabelFor(format);
        Label warnings = new Label();
        warnings.getStyleClass().add("format-warnings");
        warnings.setMinWidth(0);
        HBox.setHgrow(warnings, Priority.ALWAYS);
        warnings.textProperty().bind(Bindings.createStringBinding(() -> {
            int count = model.lineWarningsProperty().get().entrySet().stream()
                    .filter(e -> e.getKey() > 0).mapToInt(e -> e.getValue().size()).sum();
            return count == 0 ? "No warnings" : RoundUpReviewViewModel.plural(count, "warning") + ", marked in the source";
        }, model.lineWarningsProperty()));
        boolean[] showing = {false};
        Runnable showDraft = () -> {
            RoundUpDraft draft = model.draftProperty().get();
            showing[0] = true;
            format.getItems().setAll(draft.ranking());
            format.setValue(draft.chosen());
            showing[0] = false;
            format.setTooltip(new Tooltip("The shape read: " + draft.chosen().format().shape()
                    + ".\nChoose another to read the text again as that shape; Undo goes back."));
        };
        format.valueProperty().addListener((obs, old, now) -> {
            if (!showing[0] && now != null) {
                model.readAs(now.format());
            }
        });
        model.draftProperty().addListener((obs, old, now) -> showDraft.run());
        showDraft.run();

        Label counts = new Label();
        counts.getStyleClass().add("counts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        counts.textProperty().bind(model.countsProperty());
        Button undo = new Button("_Undo");
        undo.setTooltip(new Tooltip("Take back the last fix (Ctrl+Z)"));
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        Button reset = new Button("Rese_t");
        reset.setTooltip(new Tooltip("Take back every fix: the entries as first read"));
        reset.disableProperty().bind(model.canUndoProperty().not());
        reset.setOnAction(e -> model.reset());
        for (var control : new Region[] {readAs, format, undo, reset}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, readAs, format, warnings, counts, undo, reset);
        bar.getStyleClass().add("review-header");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The source, the entries and the selected entry, side by side. */
    private static SplitPane columns(RoundUpReviewViewModel model) {
        SourceLinesView source = new SourceLinesView(model);
        int dropped = model.source().dropped().size();
        Label sourceLabel = new Label("Source t_ext · " + RoundUpReviewViewModel.plural(model.source().lines().size(), "line")
                + (dropped == 0 ? "" : " · " + dropped + " dropped by cleaning"));
        sourceLabel.setMnemonicParsing(true);
        sourceLabel.setLabelFor(source);
        sourceLabel.getStyleClass().add("column-label");
        Label documentWarnings = new Label();
        documentWarnings.getStyleClass().add("document-warnings");
        documentWarnings.setWrapText(true);
        documentWarnings.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n",
                model.lineWarningsProperty().get().getOrDefault(0, java.util.List.of())), model.lineWarningsProperty()));
        documentWarnings.visibleProperty().bind(documentWarnings.textProperty().isNotEmpty());
        documentWarnings.managedProperty().bind(documentWarnings.visibleProperty());
        VBox.setVgrow(source, Priority.ALWAYS);
        VBox sourceColumn = new VBox(6, sourceLabel, documentWarnings, source);

        ListView<DraftEntry> entries = entryList(model);
        Label entriesLabel = new Label("E_ntries read · select one to see its lines");
        entriesLabel.setMnemonicParsing(true);
        entriesLabel.setLabelFor(entries);
        entriesLabel.getStyleClass().add("column-label");
        VBox.setVgrow(entries, Priority.ALWAYS);
        VBox entryColumn = new VBox(6, entriesLabel, entries);

        EntryDetailView detail = new EntryDetailView(model, entries::requestFocus);
        SplitPane columns = new SplitPane(sourceColumn, entryColumn, detail);
        columns.getStyleClass().add("review-columns");
        columns.setDividerPositions(0.4, 0.69);
        for (Region column : new Region[] {sourceColumn, entryColumn, detail}) {
            column.setMinWidth(220);
        }
        return columns;
    }

    private static ListView<DraftEntry> entryList(RoundUpReviewViewModel model) {
        ListView<DraftEntry> list = new ListView<>(model.getEntries());
        list.getStyleClass().add("entry-list");
        list.setCellFactory(view -> new EntryCell(view));
        list.setPlaceholder(new Label("No entry was read."));
        boolean[] showing = {false};
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!showing[0]) {
                model.select(now.intValue());
            }
        });
        Runnable showSelection = () -> {
            int index = model.selectedEntryProperty().get();
            showing[0] = true;
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 2));
            }
            showing[0] = false;
        };
        model.selectedEntryProperty().addListener((obs, old, now) -> showSelection.run());
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume(); // Enter here must not press Create Map
            }
        });
        return list;
    }

    private static boolean confirmDiscard(Dialog<?> owner) {
        ButtonType discard = new ButtonType("Discard Fixes", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep Reviewing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "No map is created, and the fixes you made here are lost.", discard, keep);
        alert.initOwner(owner.getDialogPane().getScene().getWindow());
        alert.setHeaderText("Close without creating the map?");
        return alert.showAndWait().orElse(keep) == discard;
    }
}
