package org.stancemap.ui.control.impl;

import javafx.animation.TranslateTransition;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.stancemap.model.Band;
import org.stancemap.model.ConfidenceLevel;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;

import java.util.List;
import java.util.Locale;

/**
 * One voice on the map: its short name (wrapped onto two lines when its band's column is too narrow for one), a
 * marker whose colour and shape come from style classes, a fill and outline saying how confident the placement is,
 * and the full names in a tooltip. Screen readers hear the name, band, position and confidence.
 */
final class Chip extends Label {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("dragging");
    static final PseudoClass FILTERED_OUT = PseudoClass.getPseudoClass("filtered-out");
    private static final Duration RESTACK = Duration.millis(150);

    /** Made on first hover: a Tooltip is costly to build, and thousands of chips would pay for it at start. */
    private Tooltip tooltip;
    private Voice voice;
    private List<String> colourClasses = List.of();
    private String confidenceClass = "";
    private String measuredText = "";
    private double measuredWidth = Double.NaN;
    private boolean laidOut;
    private TranslateTransition restack;

    Chip(Voice voice) {
        getStyleClass().add("chip");
        setMnemonicParsing(false);
        setWrapText(true);
        setTextAlignment(TextAlignment.LEFT);
        Region marker = new Region();
        marker.getStyleClass().add("marker");
        setGraphic(marker);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleRoleDescription("expert");
        addEventHandler(MouseEvent.MOUSE_ENTERED, event -> {
            if (tooltip == null) {
                tooltip = new Tooltip(ChipPreview.of(voice));
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(380);
                setTooltip(tooltip);
            }
        });
        // A new font (theme, zoom) changes every width, so the cached one must go.
        fontProperty().addListener(o -> measuredWidth = Double.NaN);
        show(voice);
    }

    Voice voice() {
        return voice;
    }

    void show(Voice newVoice) {
        voice = newVoice;
        setText(newVoice.shortName());
        String confidence = "confidence-" + ConfidenceLevel.of(newVoice.placement()).name().toLowerCase(Locale.ROOT);
        if (!confidence.equals(confidenceClass)) {
            getStyleClass().remove(confidenceClass);
            getStyleClass().add(confidence);
            confidenceClass = confidence;
        }
        if (tooltip != null) {
            tooltip.setText(ChipPreview.of(newVoice));
        }
    }

    void describe(Spectrum spectrum) {
        String where = voice.placement()
                .map(p -> spectrum.bandAt(p.position()).map(Band::label).map(b -> b + ", ").orElse("")
                        + String.format(Locale.ROOT, "position %.2f, ", p.position())
                        + ConfidenceLevel.spoken(p))
                .orElse("unplaced");
        setAccessibleText(voice.displayName() + ", " + where);
    }

    void colourBy(List<String> classes) {
        if (!classes.equals(colourClasses)) {
            getStyleClass().removeAll(colourClasses);
            getStyleClass().addAll(classes);
            colourClasses = List.copyOf(classes);
        }
    }

    List<String> colourClasses() {
        return colourClasses;
    }

    /**
     * The width the whole name needs, measured once per text and font. Before the chip is in a scene its CSS
     * (font, padding) is unknown, so that measurement is not kept.
     */
    double naturalWidth() {
        if (getScene() == null) {
            return prefWidth(-1);
        }
        if (Double.isNaN(measuredWidth) || !measuredText.equals(getText())) {
            applyCss();
            measuredText = getText();
            measuredWidth = prefWidth(-1);
        }
        return measuredWidth;
    }

    /**
     * Puts the chip in its box, drawn at {@code scale} (the box is the scaled chip); when {@code animate}, it slides
     * there from where it was last shown.
     */
    void placeAt(double x, double y, double width, double height, double scale, boolean animate) {
        double fromX = getLayoutX() + getTranslateX();
        double fromY = getLayoutY() + getTranslateY();
        if (restack != null) {
            restack.stop();
            restack = null;
        }
        // A node scales about its centre: the unscaled chip sits so that, scaled, it fills the box.
        double unscaledWidth = width / scale;
        double unscaledHeight = height / scale;
        setScaleX(scale);
        setScaleY(scale);
        resize(unscaledWidth, unscaledHeight);
        x -= (unscaledWidth - width) / 2;
        y -= (unscaledHeight - height) / 2;
        relocate(x, y);
        if (animate && laidOut && (fromX != x || fromY != y)) {
            setTranslateX(fromX - x);
            setTranslateY(fromY - y);
            restack = new TranslateTransition(RESTACK, this);
            restack.setToX(0);
            restack.setToY(0);
            restack.play();
        } else {
            setTranslateX(0);
            setTranslateY(0);
        }
        laidOut = true;
    }

    /** Forgets its place on the plot, e.g. when it moves to the tray, so it will not slide in from there. */
    void leavePlot() {
        if (restack != null) {
            restack.stop();
            restack = null;
        }
        setTranslateX(0);
        setTranslateY(0);
        setScaleX(1);
        setScaleY(1);
        laidOut = false;
    }
}
