package org.stancemap.ui.sidepanel;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import static org.stancemap.ui.sidepanel.SidePanelView.fill;
import static org.stancemap.ui.sidepanel.SidePanelView.section;
import static org.stancemap.ui.sidepanel.SidePanelView.wrapping;

/**
 * What the side panel shows while no voice is selected: how to start, the round-up the map was read from, and
 * the spectrum's bands with their definitions, so that a briefer learns the scale before reading any voice.
 */
final class SpectrumPrimer extends VBox {

    SpectrumPrimer(SidePanelViewModel viewModel) {
        getStyleClass().add("primer");

        Label hint = wrapping("primer-hint");
        hint.setText("Select an expert on the map to read their quotes and citations.");

        Label title = wrapping("round-up-title");
        title.textProperty().bind(viewModel.roundUpTitleProperty());
        Label byline = wrapping("round-up-byline");
        byline.textProperty().bind(viewModel.roundUpBylineProperty());
        byline.visibleProperty().bind(byline.textProperty().isNotEmpty());
        byline.managedProperty().bind(byline.visibleProperty());
        VBox links = new VBox();
        viewModel.roundUpUrlProperty().addListener((obs, was, url) -> showLink(links, url, viewModel));
        showLink(links, viewModel.roundUpUrlProperty().get(), viewModel);
        VBox source = section("Source", new VBox(title, byline, links));
        source.visibleProperty().bind(title.textProperty().isNotEmpty());
        source.managedProperty().bind(source.visibleProperty());

        Label question = wrapping("question");
        question.textProperty().bind(viewModel.questionProperty());
        Label axis = wrapping("axis-ends");
        axis.textProperty().bind(viewModel.axisEndsProperty());
        VBox bands = new VBox();
        bands.getStyleClass().add("band-definitions");
        fill(bands, viewModel.getBands(), SpectrumPrimer::band);
        VBox spectrum = section("The spectrum", new VBox(question, axis, bands));
        spectrum.visibleProperty().bind(question.textProperty().isNotEmpty().or(Bindings.isNotEmpty(viewModel.getBands())));
        spectrum.managedProperty().bind(spectrum.visibleProperty());

        getChildren().addAll(hint, source, spectrum);
    }

    private static void showLink(VBox links, Optional<String> url, SidePanelViewModel viewModel) {
        links.getChildren().setAll(url.map(u -> SidePanelView.roundUpLink(u, viewModel::openUrl)).stream().toList());
    }

    private static VBox band(BandEntry band) {
        Label label = wrapping("band-label");
        label.setText(band.label());
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMaxWidth(Double.MAX_VALUE);
        Label range = new Label(band.range());
        range.getStyleClass().add("band-range");
        range.setMinWidth(Label.USE_PREF_SIZE);
        Label definition = wrapping("band-definition");
        definition.setText(band.definition());
        VBox box = new VBox(new HBox(label, range), definition);
        box.getStyleClass().add("band-entry");
        return box;
    }
}
