package org.stancemap.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;

/** The table's rows and selection, without a window. */
class ExpertTableViewModelTest {

    private final ObjectProperty<Project> project = new SimpleObjectProperty<>(BundledMap.load());
    private final ObjectProperty<Predicate<Voice>> filter = new SimpleObjectProperty<>(v -> true);
    private final ObjectProperty<Voice> selected = new SimpleObjectProperty<>();
    private final ExpertTableViewModel model = new ExpertTableViewModel(project, filter, selected);

    @Test
    void rowsFollowTheMapsPredicate() {
        filter.set(v -> v.tags().get("region").equals("Russian"));

        assertThat(model.getRows()).hasSize(11).allSatisfy(r -> assertThat(r.region()).isEqualTo("Russian"));
    }

    @Test
    void choosingARowSelectsItsVoiceAndSelectingAVoiceChoosesItsRow() {
        ExpertRow first = model.getRows().get(0);
        model.select(first);
        assertThat(selected.get()).isEqualTo(first.voice());

        Voice trenin = project.get().voice("dmitri-trenin").orElseThrow();
        selected.set(trenin);
        assertThat(model.selectedRowProperty().get().voice()).isEqualTo(trenin);
    }

    @Test
    void aMoveRebuildsTheRowWithItsNewPlacementAndKeepsTheSelection() {
        selected.set(project.get().voice("dmitri-trenin").orElseThrow());
        Placement moved = new Placement(0.9, "Reread.", OptionalDouble.empty(), "Jane Analyst",
                Instant.parse("2026-12-01T10:00:00Z"));

        project.set(project.get().withVoice("dmitri-trenin", v -> v.withPlacementAdded(moved)));

        ExpertRow row = model.getRows().stream().filter(r -> r.voice().id().equals("dmitri-trenin")).findFirst()
                .orElseThrow();
        assertThat(row.position()).isEqualTo("0.90");
        assertThat(row.band().label()).isEqualTo("De facto alliance");
        assertThat(row.confidence()).isEmpty();
        // the analyst's reason is not a phrase from his quotes, so the phrase the placement rests on stays his own
        assertThat(row.phrase()).isEqualTo("a Russia-China defense alliance is a far-fetched possibility");
        assertThat(model.selectedRowProperty().get()).isEqualTo(row);
    }
}
