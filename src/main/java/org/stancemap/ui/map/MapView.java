package org.stancemap.ui.map;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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

    private final SpectrumView spectrumView = new SpectrumView();
    private final TextField search = TextFields.createClearableTextField();

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

    public SpectrumView spectrumView() {
        return spectrumView;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private HBox toolBar(ProjectViewModel projectModel, MapViewModel model) {
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
        matches.setMinWidth(Region.USE_PREF_SIZE);
        colourLabel.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button tidy = new Button("Tidy Up");
        tidy.setTooltip(new Tooltip("Re-pack every expert's row in its band (Ctrl+T); moves never do, so the map stays put"));
        tidy.setMinWidth(Region.USE_PREF_SIZE);
        tidy.setOnAction(event -> projectModel.tidyUp(spectrumView.tidyRows()));
        HBox bar = new HBox(10, search, filters, spring, matches, colourLabel, colourBy, tidy);
        bar.getStyleClass().add("map-tool-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private CheckComboBox<String> filterFor(MapViewModel model, String attribute) {
        CheckComboBox<String> box = new CheckComboBox<>(model.valuesOf(attribute));
        box.setTitle(capitalised(attribute) + ": all");
        box.setTooltip(new Tooltip("Show only experts with these " + attribute + " values"));
        List<String> checked = model.checkedValuesOf(attribute);
        checked.forEach(value -> box.getCheckModel().check(value));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            List<String> now = List.copyOf(box.getCheckModel().getCheckedItems());
            model.checkedValuesOf(attribute).setAll(now);
            box.setTitle(capitalised(attribute) + ": " + (now.isEmpty() ? "all" : String.join(", ", now)));
        });
        return box;
    }

    private ScrollPane spectrum(ProjectViewModel projectModel, MapViewModel model) {
        spectrumView.filterProperty().bind(model.filterProperty());
        spectrumView.colorAttributeProperty().bind(model.colorAttributeProperty());
        spectrumView.selectedVoiceProperty().bindBidirectional(projectModel.selectedVoiceProperty());
        Consumer<Project> show = project -> {
            spectrumView.setSpectrum(project.spectrum());
            spectrumView.setRows(project.rows());
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
        Label counts = new Label();
        counts.getStyleClass().add("band-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            var preview = spectrumView.getDragPreview();
            if (preview.isPresent()) {
                return dropText(preview.get());
            }
            return String.join("   ·   ", model.bandCountsProperty().get().stream()
                    .map(c -> c.label() + ": " + c.count()).toList());
        }, model.bandCountsProperty(), spectrumView.dragPreviewProperty()));

        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(projectModel.problemProperty());

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(12, counts, spring, problem);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(5, 12, 5, 12));
        return bar;
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
