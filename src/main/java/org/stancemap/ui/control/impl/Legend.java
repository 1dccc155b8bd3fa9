package org.stancemap.ui.control.impl;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.stancemap.model.ConfidenceLevel;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the map's marks mean: one marker per value of the colour attribute present, with its count (colour and shape,
 * so it reads in greyscale), the confidence levels present as the chip styles that show them, and the axis ticks.
 */
final class Legend extends FlowPane {

    Legend() {
        getStyleClass().add("legend");
    }

    void show(TagColours colours, Collection<ConfidenceLevel> present) {
        getChildren().clear();
        Set<ConfidenceLevel> levels = present.isEmpty() ? EnumSet.noneOf(ConfidenceLevel.class) : EnumSet.copyOf(present);
        boolean visible = !colours.isEmpty() || !levels.isEmpty();
        setVisible(visible);
        setManaged(visible);
        if (!visible) {
            return;
        }
        if (!colours.isEmpty()) {
            getChildren().add(title(capitalised(colours.attribute()) + ":"));
            for (Map.Entry<String, Integer> value : colours.counts().entrySet()) {
                Region marker = marker();
                marker.getStyleClass().addAll(colours.classesForValue(value.getKey()));
                getChildren().add(entry(value.getKey() + " (" + value.getValue() + ")", marker));
            }
            if (colours.unsetCount() > 0) {
                Region marker = marker();
                marker.getStyleClass().add(TagColours.UNSET);
                getChildren().add(entry("not set (" + colours.unsetCount() + ")", marker));
            }
        }
        if (!levels.isEmpty()) {
            getChildren().add(title("Confidence:"));
            for (ConfidenceLevel level : levels) {
                Region sample = new Region();
                sample.getStyleClass().addAll("legend-chip", "confidence-" + level.name().toLowerCase(Locale.ROOT));
                getChildren().add(entry(level.label(), sample));
            }
        }
        Region tick = new Region();
        tick.getStyleClass().add("legend-tick");
        getChildren().add(entry("exact position · chips stay inside their band; stacking means nothing", tick));
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("legend-title");
        title.setMnemonicParsing(false);
        return title;
    }

    private static Label entry(String text, Region graphic) {
        Label entry = new Label(text, graphic);
        entry.getStyleClass().add("legend-entry");
        entry.setMnemonicParsing(false);
        return entry;
    }

    private static Region marker() {
        Region marker = new Region();
        marker.getStyleClass().add("marker");
        return marker;
    }

    private static String capitalised(String attribute) {
        return attribute.isEmpty() ? attribute : attribute.substring(0, 1).toUpperCase(Locale.ROOT) + attribute.substring(1);
    }
}
