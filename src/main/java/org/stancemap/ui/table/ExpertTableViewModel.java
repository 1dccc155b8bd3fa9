package org.stancemap.ui.table;

import java.util.Objects;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

/**
 * The table of experts: one row per voice of the open project that the map's search and filters let through (the
 * map view model's own predicate, so both always agree), and the selected row, which is the project's selected
 * voice whichever view chose it.
 */
public final class ExpertTableViewModel {

    private final ObservableList<ExpertRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<ExpertRow> rows = new FilteredList<>(allRows);
    private final ReadOnlyObjectWrapper<ExpertRow> selectedRow = new ReadOnlyObjectWrapper<>(this, "selectedRow");
    private final ObjectProperty<Voice> selectedVoice;
    private boolean updating;

    /**
     * @param filter        the map's predicate over voices
     * @param selectedVoice the project's selection, shared with the map and the side panel
     */
    public ExpertTableViewModel(ReadOnlyObjectProperty<Project> project,
                                ReadOnlyObjectProperty<Predicate<Voice>> filter, ObjectProperty<Voice> selectedVoice) {
        this.selectedVoice = selectedVoice;
        filter.addListener((obs, old, now) -> updating(() -> rows.setPredicate(row -> now.test(row.voice()))));
        Predicate<Voice> initial = filter.get();
        rows.setPredicate(row -> initial.test(row.voice()));
        project.addListener((obs, old, now) -> load(now));
        load(project.get());
        selectedVoice.addListener((obs, old, now) -> selectedRow.set(rowOf(now)));
        selectedRow.set(rowOf(selectedVoice.get()));
    }

    // Properties

    /** The rows the map's filter lets through, in project order; the view sorts them. */
    public ObservableList<ExpertRow> getRows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ExpertRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    // Commands

    /** Selects the row's expert for the whole window: the map and the side panel follow. */
    public void select(ExpertRow row) {
        // While rows are replaced or filtered the table moves its selection by itself; that is no choice of the user's.
        if (!updating) {
            selectedVoice.set(row == null ? null : row.voice());
        }
    }

    private void load(Project project) {
        updating(() -> allRows.setAll(project == null ? java.util.List.of()
                : project.voices().stream().map(v -> ExpertRow.of(v, project)).toList()));
        selectedRow.set(rowOf(selectedVoice.get()));
    }

    private void updating(Runnable change) {
        updating = true;
        try {
            change.run();
        } finally {
            updating = false;
        }
    }

    private ExpertRow rowOf(Voice voice) {
        if (voice == null) {
            return null;
        }
        return allRows.stream().filter(r -> Objects.equals(r.voice().id(), voice.id())).findFirst().orElse(null);
    }
}
