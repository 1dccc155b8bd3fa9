package org.stancemap.ui.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.stancemap.model.Band;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

/**
 * What the map shows of the open project: which voices match the search and the tag filters, what colours the
 * chips, and how many matching voices each band holds.
 *
 * <p>Voices that do not match stay on the map, dimmed, so the picture keeps its shape while a search narrows it.
 */
public final class MapViewModel {

    /** The tags every voice of the bundled map has, offered first as filters and colourings. */
    private static final List<String> PREFERRED_ATTRIBUTES = List.of("region", "role");

    // Properties
    private final ReadOnlyObjectProperty<Project> project;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final StringProperty colorAttribute = new SimpleStringProperty(this, "colorAttribute", "region");
    private final ObservableList<String> attributes = FXCollections.observableArrayList();
    private final ObservableMap<String, ObservableList<String>> attributeValues = FXCollections.observableHashMap();
    private final ObservableMap<String, ObservableList<String>> checkedValues = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<Predicate<Voice>> filter =
            new ReadOnlyObjectWrapper<>(this, "filter", voice -> true);
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    private final ReadOnlyIntegerWrapper voiceCount = new ReadOnlyIntegerWrapper(this, "voiceCount");
    private final ReadOnlyObjectWrapper<List<BandCount>> bandCounts =
            new ReadOnlyObjectWrapper<>(this, "bandCounts", List.of());

    /** Each voice's searchable text, folded once; keyed by identity since unchanged voices keep their records. */
    private Map<Voice, String> searchable = new IdentityHashMap<>();

    public MapViewModel(ReadOnlyObjectProperty<Project> project) {
        this.project = Objects.requireNonNull(project, "project");
        project.addListener((obs, old, now) -> projectChanged(old, now));
        searchText.addListener((obs, old, now) -> refilter());
        projectChanged(null, project.get());
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The tag key chips are coloured by, e.g. "region". */
    public StringProperty colorAttributeProperty() {
        return colorAttribute;
    }

    /** Tag keys present in the project, the bundled map's own first. */
    public ObservableList<String> getAttributes() {
        return attributes;
    }

    /** The values one tag key takes in the project, sorted. */
    public ObservableList<String> valuesOf(String attribute) {
        return attributeValues.computeIfAbsent(attribute, key -> FXCollections.observableArrayList());
    }

    /**
     * The values of one tag key the user kept checked; none checked means no filtering on that key. The view
     * binds a checkable list to it; every change re-filters.
     */
    public ObservableList<String> checkedValuesOf(String attribute) {
        return checkedValues.computeIfAbsent(attribute, key -> {
            ObservableList<String> checked = FXCollections.observableArrayList();
            checked.addListener((ListChangeListener<String>) change -> refilter());
            return checked;
        });
    }

    /** Voices that match both the search and the tag filters. */
    public ReadOnlyObjectProperty<Predicate<Voice>> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty voiceCountProperty() {
        return voiceCount.getReadOnlyProperty();
    }

    /** Matching placed voices per band, left to right, then the unplaced ones. */
    public ReadOnlyObjectProperty<List<BandCount>> bandCountsProperty() {
        return bandCounts.getReadOnlyProperty();
    }

    /** How many matching voices one band holds. */
    public record BandCount(String label, int count) {
    }

    private void projectChanged(Project old, Project now) {
        if (now == null) {
            return;
        }
        Map<Voice, String> kept = new IdentityHashMap<>();
        for (Voice voice : now.voices()) {
            String text = searchable.get(voice);
            if (text != null) {
                kept.put(voice, text);
            }
        }
        searchable = kept;
        if (old == null || !old.voices().stream().map(Voice::tags).toList()
                .equals(now.voices().stream().map(Voice::tags).toList())) {
            collectAttributes(now);
        }
        refilter();
    }

    private void collectAttributes(Project now) {
        Map<String, TreeSet<String>> values = new TreeMap<>();
        for (Voice voice : now.voices()) {
            voice.tags().forEach((key, value) -> values.computeIfAbsent(key, k -> new TreeSet<>()).add(value));
        }
        List<String> keys = new ArrayList<>();
        PREFERRED_ATTRIBUTES.stream().filter(values::containsKey).forEach(keys::add);
        values.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        if (!attributes.equals(keys)) {
            attributes.setAll(keys); // only on a real change: a choice box bound to this list drops its value
        }
        values.forEach((key, set) -> valuesOf(key).setAll(set));
        checkedValues.forEach((key, checked) -> checked.retainAll(values.getOrDefault(key, new TreeSet<>())));
        // A new map from a round-up has no tags yet: colouring by the old map's "region" would name a legend
        // with nothing in it. Nothing to colour by until the user tags someone.
        if (!keys.contains(colorAttribute.get())) {
            colorAttribute.set(keys.isEmpty() ? "" : keys.get(0));
        }
    }

    private void refilter() {
        Project now = project.get();
        if (now == null) {
            return;
        }
        List<String> query = SearchQuery.words(searchText.get());
        Map<String, List<String>> tagFilter = new TreeMap<>();
        checkedValues.forEach((key, checked) -> {
            if (!checked.isEmpty()) {
                tagFilter.put(key, List.copyOf(checked));
            }
        });
        // The predicate reads a snapshot and writes nothing, so an export on another thread can share it.
        if (!query.isEmpty()) {
            now.voices().forEach(voice -> searchable.computeIfAbsent(voice, MapViewModel::searchableText));
        }
        Map<Voice, String> texts = Collections.unmodifiableMap(new IdentityHashMap<>(searchable));
        Predicate<Voice> predicate = voice -> matchesTags(voice, tagFilter) && (query.isEmpty()
                || SearchQuery.matchesFolded(texts.getOrDefault(voice, searchableText(voice)), query));
        filter.set(predicate);

        int matching = 0;
        int[] perBand = new int[now.spectrum().bands().size()];
        int unplaced = 0;
        for (Voice voice : now.voices()) {
            if (!predicate.test(voice)) {
                continue;
            }
            matching++;
            var placement = voice.placement();
            if (placement.isEmpty()) {
                unplaced++;
                continue;
            }
            List<Band> bands = now.spectrum().bands();
            for (int i = 0; i < bands.size(); i++) {
                if (bands.get(i).contains(placement.get().position())) {
                    perBand[i]++;
                }
            }
        }
        List<BandCount> counts = new ArrayList<>();
        for (int i = 0; i < perBand.length; i++) {
            counts.add(new BandCount(now.spectrum().bands().get(i).label(), perBand[i]));
        }
        if (unplaced > 0) {
            counts.add(new BandCount("Unplaced", unplaced));
        }
        voiceCount.set(now.voices().size());
        matchCount.set(matching);
        bandCounts.set(List.copyOf(counts));
    }

    private static boolean matchesTags(Voice voice, Map<String, List<String>> tagFilter) {
        for (var entry : tagFilter.entrySet()) {
            if (!entry.getValue().contains(voice.tags().get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static String searchableText(Voice voice) {
        StringBuilder text = new StringBuilder();
        voice.people().forEach(p -> text.append(p.name()).append('\n').append(p.role()).append('\n'));
        voice.quotes().forEach(q -> text.append(q.text()).append('\n'));
        return SearchQuery.fold(text.toString());
    }
}
