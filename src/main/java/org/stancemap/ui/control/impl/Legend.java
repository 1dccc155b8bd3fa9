package org.stancemap.ui.control.impl;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

import java.util.Locale;
import java.util.Map;

/** What the chip colours mean: one swatch per value of the colour attribute present, with its count. */
final class Legend extends FlowPane {

    Legend() {
        getStyleClass().add("legend");
    }

    void show(TagColours colours) {
        getChildren().clear();
        boolean visible = !colours.isEmpty();
        setVisible(visible);
        setManaged(visible);
        if (!visible) {
            return;
        }
        Label title = new Label(capitalised(colours.attribute()) + ":");
        title.getStyleClass().add("legend-title");
        getChildren().add(title);
        for (Map.Entry<String, Integer> value : colours.counts().entrySet()) {
            Region swatch = swatch();
            swatch.getStyleClass().addAll(colours.classesForValue(value.getKey()));
            getChildren().add(entry(value.getKey(), value.getValue(), swatch));
        }
        if (colours.unsetCount() > 0) {
            Region swatch = swatch();
            swatch.getStyleClass().add(TagColours.UNSET);
            getChildren().add(entry("not set", colours.unsetCount(), swatch));
        }
    }

    private static Label entry(String value, int count, Region swatch) {
        Label entry = new Label(value + " (" + count + ")", swatch);
        entry.getStyleClass().add("legend-entry");
        entry.setMnemonicParsing(false);
        return entry;
    }

    private static Region swatch() {
        Region swatch = new Region();
        swatch.getStyleClass().add("legend-swatch");
        return swatch;
    }

    private static String capitalised(String attribute) {
        return attribute.isEmpty() ? attribute : attribute.substring(0, 1).toUpperCase(Locale.ROOT) + attribute.substring(1);
    }
}
