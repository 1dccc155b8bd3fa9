package org.stancemap.ui.map;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.stancemap.model.Project;
import org.stancemap.ui.control.DragPreview;
import org.stancemap.ui.control.MoveRequest;
import org.stancemap.ui.control.SpectrumView;
import org.stancemap.ui.project.ProjectViewModel;

/**
 * The map: a tool bar to search, filter and choose the colouring, the spectrum itself, and a status bar with
 * the count of matching voices per band — or, while dragging, the band and position a drop would give.
 */
public final class MapView extends BorderPane {

    /** How long a save or open runs before the status bar says so. */
    private static final Duration BUSY_AFTER = Duration.millis(300);

    private final SpectrumView spectrumView = new SpectrumView();
    private final TextField search = TextFields.createClearableTextField();
    private final Button placeUnplaced = new Button();

    public MapView(ProjectViewModel projectModel, MapViewModel model) {
        getStyleClass().add("map-view");
        getStylesheets().add(MapView.class.getResource("map-view.css").toExternalForm());

        setTop(toolBar(projectModel, model));
        setCenter(spectrum(projectModel, model));
        setBottom(statusBar(projectModel, model));
    }

    /** Where the window sends a drop or a key move, e.g. to ask for a reason first. */
    public void setOnMoveRequested(Consumer<MoveRequest> handler) {
        spectrumView.setOnMoveRequested(handler);
    }

    /**
     * Puts another view of the same experts beside the map, as a tab: the tool bar's search and filters and the status
     * bar's counts apply to it as to the map.
     */
    public void addTab(String title, Node view) {
        if (!(getCenter() instanceof TabPane)) {
            Tab map = new Tab("Map", getCenter());
            map.setClosable(false);
            TabPane tabs = new TabPane(map);
            tabs.getStyleClass().add("map-tabs");
            setCenter(tabs);
        }
        Tab tab = new Tab(title, view);
        tab.setClosable(false);
        ((TabPane) getCenter()).getTabs().add(tab);
    }

    /** What the button under the Unplaced tray starts: the triage of the unplaced experts. */
    public void setOnPlaceUnplaced(Runnable action) {
        placeUnplaced.setOnAction(e -> action.run());
    }

    public SpectrumView spectrumView() {
        return spectrumView;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private FlowPane toolBar(ProjectViewModel projectModel, MapViewModel model) {
        search.setPromptText("Search names, roles, quotes");
        search.setTooltip(new Tooltip("Search names, roles and quote text (Ctrl+F); Esc clears"));
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                search.clear();
                spectrumView.requestFocus();
            }
        });

        HBox filters = new HBox(8);
        filters.setAlignment(Pos.CENTER_LEFT);
        Runnable rebuildFilters = () -> filters.getChildren().setAll(
                model.getAttributes().stream().map(attribute -> filterFor(model, attribute)).toList());
        model.getAttributes().addListener((ListChangeListener<String>) change -> rebuildFilters.run());
        rebuildFilters.run();

        ChoiceBox<String> colourBy = new ChoiceBox<>(model.getAttributes());
        colourBy.valueProperty().bindBidirectional(model.colorAttributeProperty());
        colourBy.setConverter(new StringConverter<>() {
            @Override
            public String toString(String attribute) {
                return attribute == null ? "" : capitalised(attribute);
            }

            @Override
            public String fromString(String text) {
                return text.toLowerCase(Locale.ROOT);
            }
        });
        colourBy.setTooltip(new Tooltip("Colour the experts by this attribute"));

        Label matches = new Label();
        matches.getStyleClass().add("match-count");
        matches.textProperty().bind(Bindings.createStringBinding(
                () -> model.matchCountProperty().get() + " of " + model.voiceCountProperty().get() + " experts",
                model.matchCountProperty(), model.voiceCountProperty()));

        Label colourLabel = new Label("Colour by");
        HBox colouring = new HBox(6, colourLabel, colourBy);
        colouring.setAlignment(Pos.CENTER_LEFT);
        // A map without tags has nothing to colour by; an empty box would only puzzle.
        colouring.visibleProperty().bind(Bindings.isNotEmpty(model.getAttributes()));
        colouring.managedProperty().bind(colouring.visibleProperty());
        for (Region part : List.of(search, matches, colourLabel, colourBy)) {
            part.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Wraps to a second row in a narrow window (1280x720 with the side panel open) rather than cutting a
        // filter's name to "Regio…": every control keeps its whole label.
        Button tidy = new Button("Tidy Up");
        tidy.setTooltip(new Tooltip("Re-pack every expert's row in its band (Ctrl+T); moves never do, so the map stays put"));
        tidy.setMinWidth(Region.USE_PREF_SIZE);
        tidy.setOnAction(event -> projectModel.tidyUp());
        FlowPane bar = new FlowPane(10, 6, search, filters, matches, colouring, tidy);
        bar.getStyleClass().add("map-tool-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private CheckComboBox<String> filterFor(MapViewModel model, String attribute) {
        CheckComboBox<String> box = new CheckComboBox<>(model.valuesOf(attribute));
        Tooltip tooltip = new Tooltip();
        box.setTooltip(tooltip);
        box.setMinWidth(Region.USE_PREF_SIZE);
        List<String> checked = model.checkedValuesOf(attribute);
        checked.forEach(value -> box.getCheckModel().check(value));
        Runnable title = () -> {
            List<String> now = List.copyOf(box.getCheckModel().getCheckedItems());
            // Short enough never to be cut; the tooltip names every value chosen.
            box.setTitle(capitalised(attribute) + ": " + (now.isEmpty() ? "all" : now.size() == 1 ? now.get(0)
                    : now.size() + " of " + box.getItems().size()));
            tooltip.setText("Show only experts with these " + attribute + " values"
                    + (now.isEmpty() ? "" : ": " + String.join(", ", now)));
        };
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            model.checkedValuesOf(attribute).setAll(List.copyOf(box.getCheckModel().getCheckedItems()));
            title.run();
        });
        title.run();
        return box;
    }

    private ScrollPane spectrum(ProjectViewModel projectModel, MapViewModel model) {
        spectrumView.filterProperty().bind(model.filterProperty());
        spectrumView.colorAttributeProperty().bind(model.colorAttributeProperty());
        spectrumView.selectedVoiceProperty().bindBidirectional(projectModel.selectedVoiceProperty());
        spectrumView.rowsProperty().bind(projectModel.rowsProperty());
        Consumer<Project> show = project -> {
            spectrumView.setSpectrum(project.spectrum());
            spectrumView.getVoices().setAll(project.voices());
        };
        projectModel.projectProperty().addListener((obs, old, now) -> show.accept(now));
        if (projectModel.getProject() != null) {
            show.accept(projectModel.getProject());
        }

        ScrollPane scroll = new ScrollPane(spectrumView);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("map-scroll");
        // ScrollPaneSkin caches its viewport as one bitmap. A drag changes the map every frame, so each frame
        // re-drew the whole map into that cache: 40-70 ms a frame with software rendering even at 50 voices.
        // Without the cache only the ghost's dirty region is redrawn.
        scroll.skinProperty().addListener((obs, old, skin) -> {
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        return scroll;
    }

    private HBox statusBar(ProjectViewModel projectModel, MapViewModel model) {
        // One label per band, so that a narrow window wraps the counts onto a second row instead of cutting them.
        FlowPane counts = new FlowPane(16, 2);
        counts.getStyleClass().add("band-counts");
        Runnable showCounts = () -> {
            var preview = spectrumView.getDragPreview();
            List<String> parts = preview.isPresent() ? List.of(dropText(preview.get()))
                    : model.bandCountsProperty().get().stream().map(c -> c.label() + ": " + c.count()).toList();
            counts.getChildren().setAll(parts.stream().map(text -> {
                Label part = new Label(text);
                part.getStyleClass().add("band-count");
                part.setMinWidth(Region.USE_PREF_SIZE);
                return part;
            }).toList());
        };
        model.bandCountsProperty().addListener((obs, was, now) -> showCounts.run());
        spectrumView.dragPreviewProperty().addListener((obs, was, now) -> showCounts.run());
        showCounts.run();
        HBox.setHgrow(counts, Priority.ALWAYS);

        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(projectModel.problemProperty());

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        // Under the tray, where a new map's experts wait; gone once every expert is placed.
        ObservableValue<Long> unplaced = projectModel.projectProperty()
                .map(p -> p.voices().stream().filter(v -> v.placement().isEmpty()).count());
        placeUnplaced.textProperty().bind(unplaced.map(n -> "Place " + n + " Unplaced…"));
        placeUnplaced.visibleProperty().bind(unplaced.map(n -> n > 0));
        placeUnplaced.managedProperty().bind(placeUnplaced.visibleProperty());
        placeUnplaced.setMinWidth(Region.USE_PREF_SIZE);
        placeUnplaced.setFocusTraversable(false);
        HBox bar = new HBox(12, placeUnplaced, counts, busy(projectModel), spring, problem);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(5, 12, 5, 12));
        return bar;
    }

    /**
     * A spinner and what is being read or written, shown once a save or open has taken longer than a moment: a
     * quick save should not flash anything.
     */
    private static HBox busy(ProjectViewModel projectModel) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        Label what = new Label();
        what.getStyleClass().add("busy");
        what.textProperty().bind(projectModel.busyProperty());
        HBox busy = new HBox(6, spinner, what);
        busy.getStyleClass().add("busy-indicator");
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.setVisible(false);
        busy.managedProperty().bind(busy.visibleProperty());
        PauseTransition moment = new PauseTransition(BUSY_AFTER);
        moment.setOnFinished(e -> busy.setVisible(projectModel.isBusy()));
        projectModel.busyProperty().addListener((obs, was, now) -> {
            if (now.isEmpty()) {
                moment.stop();
                busy.setVisible(false);
            } else {
                moment.playFromStart();
            }
        });
        return busy;
    }

    private static String dropText(DragPreview preview) {
        String where = String.format(Locale.ROOT, "%.2f", preview.position());
        return "Drop to move " + preview.voice().shortName() + " to "
                + preview.band().map(b -> b.label() + " (" + where + ")").orElse(where)
                + "  ·  Esc cancels";
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
