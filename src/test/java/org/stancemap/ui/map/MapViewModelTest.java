package org.stancemap.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Search, filters and band counts without a window. */
class MapViewModelTest {

    private final SimpleObjectProperty<Project> project = new SimpleObjectProperty<>(BundledMap.load());
    private final MapViewModel model = new MapViewModel(project);

    private long matching() {
        return project.get().voices().stream().filter(model.filterProperty().get()).count();
    }

    private int countIn(String band) {
        return model.bandCountsProperty().get().stream().filter(c -> c.label().equals(band))
                .mapToInt(MapViewModel.BandCount::count).sum();
    }

    @Test
    void withNothingTypedEveryExpertMatchesAndBandsAreCounted() {
        assertThat(model.matchCountProperty().get()).isEqualTo(51);
        assertThat(model.voiceCountProperty().get()).isEqualTo(51);
        assertThat(model.bandCountsProperty().get()).extracting(MapViewModel.BandCount::count)
                .containsExactly(9, 25, 12, 3, 2);
    }

    @Test
    void searchMatchesNamesRolesAndQuotesIgnoringCaseAndAccents() {
        model.searchTextProperty().set("noel");
        assertThat(matching()).isEqualTo(1); // Pierre Noël, co-author with Charap and Drennan

        model.searchTextProperty().set("carnegie moscow");
        assertThat(project.get().voices().stream().filter(model.filterProperty().get()).map(Voice::id))
                .contains("dmitri-trenin", "alexander-gabuev");

        model.searchTextProperty().set("far-fetched");
        assertThat(project.get().voices().stream().filter(model.filterProperty().get()).map(Voice::id))
                .contains("dmitri-trenin");
        assertThat(model.matchCountProperty().get()).isEqualTo((int) matching());
    }

    @Test
    void tagFiltersNarrowTheMapAndTheCountsFollow() {
        model.checkedValuesOf("region").setAll("Chinese");
        assertThat(model.matchCountProperty().get()).isEqualTo(9);

        model.checkedValuesOf("role").setAll("official");
        assertThat(model.matchCountProperty().get()).isEqualTo((int) matching());
        assertThat(project.get().voices().stream().filter(model.filterProperty().get()).map(Voice::id))
                .contains("xi-jinping", "wei-fenghe", "fu-ying").doesNotContain("vladimir-putin");
        assertThat(model.bandCountsProperty().get().stream().mapToInt(MapViewModel.BandCount::count).sum())
                .isEqualTo(model.matchCountProperty().get());

        model.checkedValuesOf("region").clear();
        model.checkedValuesOf("role").clear();
        assertThat(model.matchCountProperty().get()).isEqualTo(51);
    }

    @Test
    void countsFollowEveryChangeToTheProject() {
        Voice trenin = project.get().voice("dmitri-trenin").orElseThrow();
        var moved = trenin.placement().orElseThrow();
        project.set(project.get().withVoice(trenin.id(), v -> v.withPlacementAdded(
                new Placement(0.7, "", moved.confidence(), "ank", moved.placedAt()))));

        assertThat(countIn("Partnership with limits")).isEqualTo(24);
        assertThat(countIn("Entente / functional alliance")).isEqualTo(4);
    }

    @Test
    void retaggingAVoiceKeepsTheColouringAndOnlyAddsNewValues() {
        model.colorAttributeProperty().set("role");
        var before = model.getAttributes();
        List<ListChangeListener.Change<? extends String>> changes = new ArrayList<>();
        before.addListener((ListChangeListener<String>) changes::add);

        project.set(project.get().withVoice("dmitri-trenin", v -> v.withTags(Map.of(
                "region", "Russian", "role", "journalist"))));

        assertThat(changes).isEmpty();
        assertThat(model.colorAttributeProperty().get()).isEqualTo("role");
    }

    @Test
    void theMapsOwnAttributesAreOfferedFirstAndColourByRegion() {
        assertThat(model.getAttributes()).containsExactly("region", "role");
        assertThat(model.colorAttributeProperty().get()).isEqualTo("region");
        assertThat(model.valuesOf("role")).containsExactly("journalist", "official", "scholar/think tank");
    }

    @Test
    void aNewMapWithoutTagsOffersNothingToColourOrFilterByUntilAMapWithTagsReturns() {
        model.checkedValuesOf("region").setAll("Russian");
        Project tagged = project.get();

        project.set(new Project(tagged.roundUp(), tagged.spectrum(), tagged.voices().stream()
                .map(v -> v.withTags(Map.of())).toList()));

        assertThat(model.getAttributes()).isEmpty();
        assertThat(model.colorAttributeProperty().get()).isEmpty();
        assertThat(matching()).isEqualTo(tagged.voices().size());

        project.set(tagged);
        assertThat(model.getAttributes()).containsExactly("region", "role");
        assertThat(model.colorAttributeProperty().get()).isEqualTo("region");
    }
}
