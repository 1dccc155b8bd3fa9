package org.stancemap.ui.importing;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import org.stancemap.importer.roundup.DraftEntry;
import org.stancemap.importer.roundup.EntryRole;

/**
 * One entry in the review's list: who speaks, their roles, where it starts and how many quotes; an entry the
 * format was unsure of carries a warning sign and the reason, and one that stays off the map is greyed with why.
 */
final class EntryCell extends ListCell<DraftEntry> {

    private static final PseudoClass DOUBTFUL = PseudoClass.getPseudoClass("doubtful");
    private static final PseudoClass OFF_MAP = PseudoClass.getPseudoClass("off-map");
    private static final PseudoClass MODERATOR = PseudoClass.getPseudoClass("moderator");
    /** What the cell's padding, its marker border and the scroll bar take from the list's width. */
    private static final double CELL_PADDING = 36;

    // Texts wrapped at the list's width: a wrapped label in a list cell is measured as one line and cut short.
    private final Text names = new Text();
    private final Text roles = new Text();
    private final Text doubt = new Text();
    private final Label where = new Label();
    private final Label badge = new Label();
    private final HBox doubtRow;
    private final VBox box;

    EntryCell(ListView<DraftEntry> list) {
        getStyleClass().add("entry-cell");
        names.getStyleClass().add("entry-names");
        roles.getStyleClass().add("entry-roles");
        doubt.getStyleClass().add("entry-doubt");
        where.getStyleClass().add("entry-where");
        badge.getStyleClass().add("entry-badge");
        names.wrappingWidthProperty().bind(list.widthProperty().subtract(CELL_PADDING));
        roles.wrappingWidthProperty().bind(names.wrappingWidthProperty());
        doubt.wrappingWidthProperty().bind(names.wrappingWidthProperty().subtract(20));
        doubtRow = new HBox(6, warningSign(), doubt);
        HBox facts = new HBox(8, where, badge);
        box = new VBox(2, names, roles, facts, doubtRow);
        box.getStyleClass().add("entry-box");
        setPrefWidth(0); // as wide as the list, never wider: the texts wrap instead
    }

    @Override
    protected void updateItem(DraftEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            pseudoClassStateChanged(DOUBTFUL, false);
            pseudoClassStateChanged(OFF_MAP, false);
            pseudoClassStateChanged(MODERATOR, false);
            return;
        }
        names.setText((getIndex() + 1) + ". " + EntryText.names(entry));
        roles.setText(EntryText.roles(entry));
        where.setText(EntryText.where(entry));
        badge.setText(EntryText.offTheMap(entry));
        doubt.setText(entry.doubt().orElse(""));
        box.getChildren().setAll(names);
        if (!roles.getText().isEmpty()) {
            box.getChildren().add(roles);
        }
        box.getChildren().add(badge.getText().isEmpty() ? where : new HBox(8, where, badge));
        if (entry.doubt().isPresent()) {
            box.getChildren().add(doubtRow);
        }
        pseudoClassStateChanged(DOUBTFUL, entry.doubt().isPresent());
        pseudoClassStateChanged(OFF_MAP, !entry.becomesVoice());
        pseudoClassStateChanged(MODERATOR, entry.role() == EntryRole.MODERATOR);
        setAccessibleText(String.join(". ", EntryText.names(entry), roles.getText(), where.getText(),
                badge.getText(), doubt.getText()));
        setGraphic(box);
    }

    /** A warning triangle drawn, not a font glyph, so it shows whatever fonts the system has. */
    static SVGPath warningSign() {
        SVGPath sign = new SVGPath();
        sign.setContent("M7 0 L14 12 L0 12 Z M6.2 4 L7.8 4 L7.5 8 L6.5 8 Z M6.2 9.2 L7.8 9.2 L7.8 10.8 L6.2 10.8 Z");
        sign.setFillRule(FillRule.EVEN_ODD);
        sign.getStyleClass().add("warning-sign");
        return sign;
    }
}
