package org.stancemap.ui.table;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * Every expert the map shows, one per row, sortable by any column (click a header; Shift-click adds a second key)
 * and navigable with the arrow keys. Choosing a row selects the expert on the map and in the side panel.
 */
public final class ExpertTableView extends TableView<ExpertRow> {

    private boolean following;

    public ExpertTableView(ExpertTableViewModel model) {
        getStyleClass().add("expert-table");
        getStylesheets().add(ExpertTableView.class.getResource("expert-table.css").toExternalForm());
        setPlaceholder(new Label("No expert matches the search and filters."));
        // Columns keep the width their words need and the table scrolls sideways: a cut band name or date misleads.
        getColumns().setAll(
                column("Expert", ExpertRow::name, 190),
                column("Band", ExpertRow::band, 205),
                numeric(column("Position", ExpertRow::position, 82)),
                numeric(column("Confidence", ExpertRow::confidence, 100)),
                column("Region", ExpertRow::region, 90),
                column("Role", ExpertRow::role, 140),
                numeric(column("Quotes", ExpertRow::quotes, 74)),
                column("Latest citation", ExpertRow::latestCitation, 145),
                column("Placement rests on", ExpertRow::phrase, 560));

        SortedList<ExpertRow> sorted = new SortedList<>(model.getRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);

        // Selection runs both ways; the flag keeps the echo of one side's change from coming back as a new one.
        getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!following && row != null) {
                model.select(row);
            }
        });
        model.selectedRowProperty().addListener((obs, old, row) -> follow(row));
        // A filter that lets the selected expert back in shows it selected again.
        sorted.addListener((ListChangeListener<ExpertRow>) change -> follow(model.selectedRowProperty().get()));
        follow(model.selectedRowProperty().get());
    }

    private void follow(ExpertRow row) {
        following = true;
        try {
            if (row == null || !getItems().contains(row)) {
                getSelectionModel().clearSelection();
            } else {
                getSelectionModel().select(row);
                scrollTo(row);
            }
        } finally {
            following = false;
        }
    }

    private static <T> TableColumn<ExpertRow, T> numeric(TableColumn<ExpertRow, T> column) {
        column.getStyleClass().add("numeric");
        return column;
    }

    private static <T> TableColumn<ExpertRow, T> column(String title, Function<ExpertRow, T> value, double width) {
        TableColumn<ExpertRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : item.toString();
                setText(text);
                // A long phrase or name is cut to the column; the tooltip gives it whole.
                setTooltip(text == null || text.length() < 24 ? null : new Tooltip(text));
            }
        });
        column.setId(title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return column;
    }
}
