package org.stancemap.ui.table;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

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
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        getColumns().setAll(
                column("Expert", ExpertRow::name, 200),
                column("Band", ExpertRow::band, 170),
                column("Position", ExpertRow::position, 72),
                column("Confidence", ExpertRow::confidence, 84),
                column("Region", ExpertRow::region, 90),
                column("Role", ExpertRow::role, 130),
                column("Quotes", ExpertRow::quotes, 64),
                column("Latest citation", ExpertRow::latestCitation, 130),
                column("Placement rests on", ExpertRow::phrase, 360));

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

    private static <T> TableColumn<ExpertRow, T> column(String title, Function<ExpertRow, T> value, double width) {
        TableColumn<ExpertRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setId(title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return column;
    }
}
