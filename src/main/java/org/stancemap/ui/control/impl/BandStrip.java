package org.stancemap.ui.control.impl;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.stancemap.model.Band;
import org.stancemap.model.Spectrum;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bands behind the chips: alternately shaded columns, each with its label in a header row above the plot.
 * Labels wrap at spaces to the band's width, so the header grows rather than clipping them. When even one word
 * is wider than a narrow band, the label is cut to one ellipsized line instead of being broken mid-word; the
 * full label and definition are in the tooltip.
 * <p>
 * The drop target of a drag is shown on the band's header cell and on its stretch of the axis, not on its
 * column: the column is behind every chip in the band, and restyling it would repaint all of them each time the
 * pointer crosses into another band. Each band has its own axis stretch, restyled rather than moved, so a
 * crossing asks for no layout either.
 */
final class BandStrip extends Pane {

    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final double LABEL_INSET = 6;
    /** Half the height of a band's stretch of the axis: it stays within the gap between the axis and the chips. */
    private static final double RANGE_REACH = 3;

    private final List<Band> bands = new ArrayList<>();
    private final List<Region> columns = new ArrayList<>();
    private final List<Region> headers = new ArrayList<>();
    private final List<Region> ranges = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();

    BandStrip() {
        getStyleClass().add("bands");
    }

    void show(Spectrum spectrum) {
        bands.clear();
        columns.clear();
        headers.clear();
        ranges.clear();
        labels.clear();
        for (int i = 0; i < spectrum.bands().size(); i++) {
            Band band = spectrum.bands().get(i);
            bands.add(band);

            Region column = new Region();
            column.getStyleClass().addAll("band", i % 2 == 0 ? "even" : "odd");
            column.setManaged(false);
            columns.add(column);

            Region header = new Region();
            header.getStyleClass().add("band-header");
            header.setManaged(false);
            headers.add(header);

            Region range = new Region();
            range.getStyleClass().add("band-range");
            range.setManaged(false);
            ranges.add(range);

            Label label = new Label(band.label());
            label.getStyleClass().add("band-label");
            label.setWrapText(true);
            label.setTextAlignment(TextAlignment.CENTER);
            label.setAlignment(Pos.TOP_CENTER);
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
            label.setMnemonicParsing(false);
            label.setManaged(false);
            String definition = band.definition().isBlank() ? "" : "\n" + band.definition();
            Tooltip tip = new Tooltip(band.label() + definition);
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            label.setTooltip(tip);
            labels.add(label);
        }
        getChildren().setAll(columns);
        getChildren().addAll(headers);
        getChildren().addAll(ranges);
        getChildren().addAll(labels);
    }

    /** How tall the header must be for every band label to show whole at this width. */
    double headerHeight(double width) {
        double tallest = 0;
        for (int i = 0; i < bands.size(); i++) {
            Label label = labels.get(i);
            double available = labelWidth(bands.get(i), width);
            label.setWrapText(widestWord(label) <= available);
            tallest = Math.max(tallest, label.prefHeight(available));
        }
        return bands.isEmpty() ? 0 : Math.ceil(tallest + 2 * LABEL_INSET);
    }

    /** @param axisY where the axis runs, from the top of the strip */
    void layoutBands(double width, double headerHeight, double height, double axisY) {
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            double left = snapPositionX(band.from() * width);
            double right = snapPositionX(band.to() * width);
            columns.get(i).resizeRelocate(left, 0, right - left, height);
            headers.get(i).resizeRelocate(left, 0, right - left, headerHeight);
            ranges.get(i).resizeRelocate(left, axisY - RANGE_REACH, right - left, 2 * RANGE_REACH);
            labels.get(i).resizeRelocate(left + LABEL_INSET, LABEL_INSET,
                    labelWidth(band, width), headerHeight - 2 * LABEL_INSET);
        }
    }

    void highlight(Optional<Band> target) {
        for (int i = 0; i < bands.size(); i++) {
            boolean targeted = target.isPresent() && target.get().equals(bands.get(i));
            headers.get(i).pseudoClassStateChanged(DROP_TARGET, targeted);
            ranges.get(i).pseudoClassStateChanged(DROP_TARGET, targeted);
            labels.get(i).pseudoClassStateChanged(DROP_TARGET, targeted);
        }
    }

    private static double widestWord(Label label) {
        Text word = new Text();
        word.setFont(label.getFont());
        double widest = 0;
        for (String part : label.getText().split("\\s+")) {
            word.setText(part);
            widest = Math.max(widest, word.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private static double labelWidth(Band band, double width) {
        return Math.max(0, (band.to() - band.from()) * width - 2 * LABEL_INSET);
    }
}
