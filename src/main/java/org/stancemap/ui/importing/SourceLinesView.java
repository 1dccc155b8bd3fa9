package org.stancemap.ui.importing;

import java.util.List;
import java.util.NavigableSet;

import javafx.css.PseudoClass;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.stancemap.importer.text.SourceLine;

/**
 * The round-up's text as the formats saw it, one row per numbered line, read-only: the selected entry's lines
 * highlighted (its selected quote more strongly), lines cleaning dropped struck through with the reason, and what
 * the format could not read written under its line. Clicking a line, or Enter on it, selects its entry.
 */
final class SourceLinesView extends ListView<SourceLine> {

    private static final PseudoClass IN_ENTRY = PseudoClass.getPseudoClass("in-entry");
    private static final PseudoClass IN_QUOTE = PseudoClass.getPseudoClass("in-quote");
    private static final PseudoClass DROPPED = PseudoClass.getPseudoClass("dropped");
    private static final PseudoClass WARNED = PseudoClass.getPseudoClass("warned");

    /** The width of the line-number gutter, and what the cell's padding and the scroll bar take beside it. */
    private static final double NUMBER_WIDTH = 40;
    private static final double CELL_PADDING = 30;

    private final RoundUpReviewViewModel model;

    SourceLinesView(RoundUpReviewViewModel model) {
        this.model = model;
        getStyleClass().add("source-lines");
        getItems().setAll(model.source().lines());
        setCellFactory(list -> new LineCell());
        setAccessibleText("Source text, " + model.source().lines().size() + " lines");
        setOnKeyPressed(event -> {
            SourceLine focused = getFocusModel().getFocusedItem();
            if (event.getCode() == KeyCode.ENTER && focused != null) {
                model.selectEntryAt(focused.number());
                event.consume(); // Enter here picks an entry; it must not press Create Map
            }
        });
        model.entryLinesProperty().addListener((obs, old, now) -> {
            refresh();
            reveal(now);
        });
        model.quoteLinesProperty().addListener((obs, old, now) -> {
            refresh();
            reveal(now);
        });
        model.lineWarningsProperty().addListener((obs, old, now) -> refresh());
    }

    /** Scrolls so the first of {@code lines} shows, unless it already does. */
    private void reveal(NavigableSet<Integer> lines) {
        if (lines.isEmpty()) {
            return;
        }
        int index = lines.first() - 1;
        if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first != null && last != null && index > first.getIndex() && index < last.getIndex()) {
                return;
            }
        }
        scrollTo(Math.max(0, index - 1));
    }

    /**
     * A numbered line. Its text is a {@link Text} wrapped at the list's width: a wrapped label in a list cell is
     * measured as one line and cut short, and a reviewer must see every word of the source.
     */
    private final class LineCell extends ListCell<SourceLine> {
        private final Label number = new Label();
        private final Text text = new Text();
        private final Text note = new Text();
        private final VBox body = new VBox(text, note);
        private final HBox row;

        LineCell() {
            getStyleClass().add("source-line");
            number.getStyleClass().add("line-number");
            number.setMinWidth(NUMBER_WIDTH);
            number.setPrefWidth(NUMBER_WIDTH);
            text.getStyleClass().add("line-text");
            note.getStyleClass().add("line-note");
            text.wrappingWidthProperty().bind(SourceLinesView.this.widthProperty().subtract(NUMBER_WIDTH + CELL_PADDING));
            note.wrappingWidthProperty().bind(text.wrappingWidthProperty());
            row = new HBox(number, body);
            row.getStyleClass().add("source-row");
            setPrefWidth(0); // as wide as the list, never wider: the text wraps instead
            setOnMouseClicked(event -> {
                if (getItem() != null) {
                    model.selectEntryAt(getItem().number());
                }
            });
        }

        @Override
        protected void updateItem(SourceLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                pseudoClassStateChanged(IN_ENTRY, false);
                pseudoClassStateChanged(IN_QUOTE, false);
                pseudoClassStateChanged(DROPPED, false);
                pseudoClassStateChanged(WARNED, false);
                return;
            }
            List<String> said = model.lineWarningsProperty().get().getOrDefault(line.number(), List.of());
            number.setText(String.valueOf(line.number()));
            text.setText(line.shown());
            String why = line.dropped().map(reason -> "Dropped by cleaning: " + reason).orElse("");
            String notes = String.join("\n", said);
            note.setText(why.isEmpty() ? notes : notes.isEmpty() ? why : why + "\n" + notes);
            boolean noted = !note.getText().isEmpty();
            if (noted != body.getChildren().contains(note)) {
                body.getChildren().setAll(noted ? List.of(text, note) : List.of(text));
            }
            pseudoClassStateChanged(IN_ENTRY, model.entryLinesProperty().get().contains(line.number()));
            pseudoClassStateChanged(IN_QUOTE, model.quoteLinesProperty().get().contains(line.number()));
            pseudoClassStateChanged(DROPPED, !line.isKept());
            pseudoClassStateChanged(WARNED, !said.isEmpty());
            setAccessibleText("Line " + line.number() + ": " + line.shown() + (noted ? ". " + note.getText() : ""));
            setGraphic(row);
        }
    }
}
