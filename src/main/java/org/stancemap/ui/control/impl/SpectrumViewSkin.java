package org.stancemap.ui.control.impl;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.event.EventTarget;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.stancemap.layout.BandColumns;
import org.stancemap.layout.ChipBox;
import org.stancemap.layout.ChipLayout;
import org.stancemap.layout.ChipMetrics;
import org.stancemap.layout.ChipSpec;
import org.stancemap.model.Band;
import org.stancemap.model.ConfidenceLevel;
import org.stancemap.model.Placement;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;
import org.stancemap.ui.control.DragPreview;
import org.stancemap.ui.control.SpectrumView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Draws a {@link SpectrumView}: legend, band columns with their labels, the axis with its end labels and a tick at
 * every placed voice's exact position, the chips laid out in their bands' columns by {@link BandColumns}, and a tray
 * of unplaced voices. Chip nodes are kept per voice id and reused, so
 * a resize only moves them; after a change to the voices the chips slide to their new places.
 */
public class SpectrumViewSkin extends SkinBase<SpectrumView> {

    private static final double MIN_PLOT_HEIGHT = 120;
    private static final double SECTION_GAP = 8;
    private static final double ROW_GAP = 3;
    private static final double CHIP_GAP = 4;
    /** Room between the lowest row and the axis, and below the axis for the position ticks. */
    private static final double AXIS_GAP = 9;
    /** Narrower than this, a first layout is not what anyone sees: the control is still being sized. */
    private static final double LEAST_PACKING_WIDTH = 400;
    /** Past this many chips a re-stack animation costs more than it tells. */
    private static final int MAX_ANIMATED_CHIPS = 1000;
    /**
     * How far chips may be drawn smaller so that the rows the map keeps fit a narrow window, and by how much at a
     * time: at 0.85 a name is still about 10 px.
     */
    private static final double LEAST_CHIP_SCALE = 0.85;
    private static final double CHIP_SCALE_STEP = 0.95;

    private final Legend legend = new Legend();
    private final BandStrip bandStrip = new BandStrip();
    private final Region axis = new Region();
    /** One tick per placed voice at its exact position: chips keep to their band's column, the ticks keep the detail. */
    private final Path rug = new Path();
    private final Region selectedTick = new Region();
    private final Pane plot = new Pane();
    private final Label leftLabel = new Label();
    private final Label rightLabel = new Label();
    private final Label trayTitle = new Label();
    private final FlowPane tray = new FlowPane();

    private final Map<String, Chip> chips = new LinkedHashMap<>();
    private final ChipDragController dragController;
    private final ChipKeyController keyController;

    private final ListChangeListener<Voice> voicesListener = change -> voicesChanged();
    private final InvalidationListener spectrumListener = o -> spectrumChanged();
    private final InvalidationListener selectionListener = o -> selectionChanged();
    private final InvalidationListener colourListener = o -> recolour();
    private final InvalidationListener filterListener = o -> refilter();
    private final InvalidationListener chipWidthListener = o -> capChipWidths();
    private final InvalidationListener rowsListener = o -> rowsChanged();

    private TagColours colours = TagColours.of("", List.of());
    private Optional<String> selectedId = Optional.empty();
    /**
     * Stackings by plot width and least plot height. A layout pass asks for the preferred height (at the least
     * height) and then lays out at the height left over; keeping both spares a layout of every chip per pass.
     */
    private final Map<LayoutKey, Laid> layouts = new HashMap<>();
    /** The rows of a map that keeps none, packed once per change of the voices. */
    private Optional<Map<String, Integer>> packedRows = Optional.empty();
    /**
     * A map that keeps no rows yet (an older file, a new import) is packed at the plot width it was first seen at,
     * and keeps that packing when the window is resized, as stored rows are kept; undoing back to such a map
     * packs it at the same width, so the picture returns exactly.
     */
    private double packingWidth = -1;
    /** The layout the chips were last put in: a layout pass with the same one need not touch thousands of chips. */
    private ChipLayout placedLayout;
    private double laidOutWidth = -1;
    private boolean restackPending;
    private Optional<String> heldStill = Optional.empty();

    /**
     * @param view    the control
     * @param preview where the drag controller reports the drop a release would make; the control's read-only
     *                {@code dragPreview} property, which only its own skin may write
     */
    public SpectrumViewSkin(SpectrumView view, Consumer<Optional<DragPreview>> preview) {
        super(view);
        axis.getStyleClass().add("axis");
        rug.getStyleClass().add("rug");
        rug.setManaged(false);
        rug.setMouseTransparent(true);
        selectedTick.getStyleClass().add("selected-tick");
        selectedTick.setManaged(false);
        selectedTick.setMouseTransparent(true);
        plot.getChildren().addAll(rug, selectedTick);
        plot.getStyleClass().add("plot");
        leftLabel.getStyleClass().addAll("axis-label", "left");
        rightLabel.getStyleClass().addAll("axis-label", "right");
        trayTitle.getStyleClass().add("tray-title");
        tray.getStyleClass().add("tray");
        getChildren().addAll(bandStrip, axis, plot, leftLabel, rightLabel, trayTitle, tray, legend);

        view.getVoices().addListener(voicesListener);
        view.spectrumProperty().addListener(spectrumListener);
        view.selectedVoiceProperty().addListener(selectionListener);
        view.colorAttributeProperty().addListener(colourListener);
        view.filterProperty().addListener(filterListener);
        view.chipMaxWidthProperty().addListener(chipWidthListener);
        view.rowsProperty().addListener(rowsListener);
        dragController = new ChipDragController(view, this, preview);
        keyController = new ChipKeyController(view, this);

        spectrumChanged();
        voicesChanged();
        restackPending = false;
    }

    @Override
    public void dispose() {
        SpectrumView view = getSkinnable();
        if (view == null) {
            return;
        }
        view.getVoices().removeListener(voicesListener);
        view.spectrumProperty().removeListener(spectrumListener);
        view.selectedVoiceProperty().removeListener(selectionListener);
        view.colorAttributeProperty().removeListener(colourListener);
        view.filterProperty().removeListener(filterListener);
        view.chipMaxWidthProperty().removeListener(chipWidthListener);
        view.rowsProperty().removeListener(rowsListener);
        dragController.dispose();
        keyController.dispose();
        // Only our own nodes: a replacing skin has already added its nodes to the same children list.
        getChildren().removeAll(bandStrip, axis, plot, leftLabel, rightLabel, trayTitle, tray, legend);
        super.dispose();
    }

    // Keeping chips in step with the control's properties

    private void voicesChanged() {
        List<Voice> voices = getSkinnable().getVoices();
        Set<String> present = new HashSet<>();
        List<Chip> unplaced = new ArrayList<>();
        for (Voice voice : voices) {
            present.add(voice.id());
            Chip chip = chips.computeIfAbsent(voice.id(), id -> new Chip(voice));
            chip.show(voice);
            chip.describe(spectrum());
            if (voice.placement().isPresent()) {
                if (chip.getParent() != plot) {
                    chip.leavePlot();
                    chip.setManaged(false);
                    plot.getChildren().add(chip);
                }
            } else {
                chip.leavePlot();
                chip.setManaged(true);
                unplaced.add(chip);
            }
        }
        capChipWidths();
        chips.values().removeIf(chip -> {
            boolean gone = !present.contains(chip.voice().id());
            if (gone) {
                plot.getChildren().remove(chip);
            }
            return gone;
        });
        tray.getChildren().setAll(unplaced);
        trayTitle.setText("Unplaced (" + unplaced.size() + ")");
        boolean hasTray = !unplaced.isEmpty();
        trayTitle.setVisible(hasTray);
        tray.setVisible(hasTray);

        recolour();
        refilter();
        chips.values().forEach(chip -> chip.pseudoClassStateChanged(Chip.SELECTED, false));
        selectedId = Optional.empty();
        selectionChanged();
        restackPending = true;
        invalidateLayout();
    }

    private void rowsChanged() {
        restackPending = true;
        invalidateLayout();
    }

    private void spectrumChanged() {
        Spectrum spectrum = spectrum();
        bandStrip.show(spectrum);
        leftLabel.setText(spectrum.leftLabel().isBlank() ? "" : "\u2190 " + spectrum.leftLabel());
        rightLabel.setText(spectrum.rightLabel().isBlank() ? "" : spectrum.rightLabel() + " \u2192");
        chips.values().forEach(chip -> chip.describe(spectrum));
        getSkinnable().requestLayout();
    }

    private void selectionChanged() {
        Optional<String> now = Optional.ofNullable(getSkinnable().getSelectedVoice()).map(Voice::id);
        selectedId.map(chips::get).ifPresent(chip -> chip.pseudoClassStateChanged(Chip.SELECTED, false));
        now.map(chips::get).ifPresent(chip -> chip.pseudoClassStateChanged(Chip.SELECTED, true));
        selectedId = now;
        placeSelectedTick();
    }

    private void recolour() {
        colours = TagColours.of(getSkinnable().getColorAttribute(), getSkinnable().getVoices());
        chips.values().forEach(chip -> chip.colourBy(colours.classesFor(chip.voice())));
        legend.show(colours, getSkinnable().getVoices().stream()
                .filter(v -> v.placement().isPresent())
                .map(v -> ConfidenceLevel.of(v.placement())).collect(Collectors.toSet()));
    }

    private void refilter() {
        Predicate<Voice> filter = Optional.ofNullable(getSkinnable().getFilter()).orElse(voice -> true);
        chips.values().forEach(chip -> chip.pseudoClassStateChanged(Chip.FILTERED_OUT, !filter.test(chip.voice())));
    }

    /** Placed chips get their width from the layout; the tray's flow needs the cap on the chip itself. */
    private void capChipWidths() {
        double cap = chipCap();
        chips.values().forEach(chip -> chip.setMaxWidth(cap));
        invalidateLayout();
    }

    private void invalidateLayout() {
        layouts.clear();
        packedRows = Optional.empty();
        getSkinnable().requestLayout();
    }

    // Layout

    private record LayoutKey(double width, double minPlotHeight) {
    }

    /** The chips' layout, and the scale they are drawn at so that their kept rows fit. */
    private record Laid(ChipLayout layout, double scale) {
    }

    private ChipLayout chipLayout(double width, double minPlotHeight) {
        return laid(width, minPlotHeight).layout();
    }

    /**
     * The chips laid out at the largest scale (down to {@link #LEAST_CHIP_SCALE}) at which every kept row fits its
     * band's column, so that a window narrower than the slide the rows were chosen on still shows the slide's rows;
     * narrower still, a chip whose row does not fit is shown in a free row instead.
     */
    private Laid laid(double width, double minPlotHeight) {
        LayoutKey key = new LayoutKey(width, minPlotHeight);
        Laid cached = layouts.get(key);
        if (cached == null) {
            // A window being resized asks for a new width every frame; only the current ones are worth keeping.
            if (layouts.size() >= 4) {
                layouts.clear();
            }
            if (packingWidth < LEAST_PACKING_WIDTH && width >= LEAST_PACKING_WIDTH) {
                packingWidth = width;
                packedRows = Optional.empty();
            }
            Map<String, Integer> rows = rows(width);
            List<ChipSpec> specs = specs();
            double scale = 1;
            ChipLayout layout = place(specs, rows, width, minPlotHeight, scale);
            while (layout.displaced() > 0 && scale * CHIP_SCALE_STEP >= LEAST_CHIP_SCALE - 1e-9) {
                scale *= CHIP_SCALE_STEP;
                layout = place(specs, rows, width, minPlotHeight, scale);
            }
            cached = new Laid(layout, scale);
            layouts.put(key, cached);
        }
        return cached;
    }

    private ChipLayout place(List<ChipSpec> specs, Map<String, Integer> rows, double width, double minPlotHeight,
                             double scale) {
        List<ChipSpec> scaled = scale == 1 ? specs : specs.stream()
                .map(spec -> new ChipSpec(spec.id(), spec.position(), spec.labelWidth() * scale)).toList();
        ChipMetrics full = metrics();
        ChipMetrics metrics = new ChipMetrics(full.chipHeight() * scale, full.maxChipWidth() * scale,
                full.horizontalGap(), full.rowGap(), full.axisGap());
        return BandColumns.place(scaled, spectrum().bands(), rows, Math.max(0, width), minPlotHeight, metrics);
    }

    /** Every placed voice's chip. */
    private List<ChipSpec> specs() {
        List<ChipSpec> specs = new ArrayList<>();
        for (Voice voice : getSkinnable().getVoices()) {
            double width = chips.get(voice.id()).naturalWidth();
            voice.placement().ifPresent(p -> specs.add(new ChipSpec(voice.id(), p.position(), width)));
        }
        return specs;
    }

    /** The rows the map keeps; when it keeps none, a packing that does not depend on the window's width. */
    private Map<String, Integer> rows(double width) {
        Map<String, Integer> kept = Optional.ofNullable(getSkinnable().getRows()).orElse(Map.of());
        if (!kept.isEmpty()) {
            return kept;
        }
        if (packedRows.isEmpty()) {
            double at = packingWidth >= LEAST_PACKING_WIDTH ? packingWidth : Math.max(0, width);
            packedRows = Optional.of(BandColumns.tidyRows(specs(), spectrum().bands(), at, metrics()));
        }
        return packedRows.get();
    }

    private ChipMetrics metrics() {
        double chipHeight = chips.values().stream().findFirst().map(chip -> chip.prefHeight(-1)).orElse(20.0);
        return new ChipMetrics(Math.max(1, chipHeight), chipCap(), CHIP_GAP, ROW_GAP, AXIS_GAP);
    }

    /** A stylesheet may ask for any width; below a couple of letters a chip says nothing. */
    private double chipCap() {
        return Math.max(24, getSkinnable().getChipMaxWidth());
    }

    private double legendHeight(double width) {
        return legend.isVisible() ? snapSizeY(legend.prefHeight(width)) + SECTION_GAP : 0;
    }

    private double axisLabelHeight() {
        return snapSizeY(Math.max(leftLabel.prefHeight(-1), rightLabel.prefHeight(-1)));
    }

    private double trayHeight(double width) {
        return tray.isVisible()
                ? SECTION_GAP + snapSizeY(trayTitle.prefHeight(-1)) + snapSizeY(tray.prefHeight(width))
                : 0;
    }

    /** Everything but the plot itself: the height the rows may use is what the control has left over. */
    private double heightAroundPlot(double width) {
        return legendHeight(width) + bandStrip.headerHeight(width) + axisLabelHeight() + trayHeight(width);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double inner = width < 0 ? 900 : width - left - right;
        return top + heightAroundPlot(inner) + chipLayout(inner, MIN_PLOT_HEIGHT).height() + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left); // chips never squeeze into each other
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + 900 + right;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + 240 + right;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        boolean resized = w != laidOutWidth;
        double top = y;
        double legendHeight = legendHeight(w);
        if (legend.isVisible()) {
            legend.resizeRelocate(x, top, w, legendHeight - SECTION_GAP);
        }
        top += legendHeight;

        double header = bandStrip.headerHeight(w);
        double leftOver = y + h - top - header - axisLabelHeight() - trayHeight(w);
        Laid laid = laid(w, Math.max(MIN_PLOT_HEIGHT, snapSizeY(leftOver)));
        ChipLayout chipLayout = laid.layout();
        double plotTop = top + header;
        double plotHeight = chipLayout.height();

        bandStrip.resizeRelocate(x, top, w, header + plotHeight);
        bandStrip.layoutBands(w, header, header + plotHeight, header + chipLayout.axisY());
        plot.resizeRelocate(x, plotTop, w, plotHeight);
        double axisHeight = Math.max(1, snapSizeY(axis.prefHeight(-1)));
        axis.resizeRelocate(x, snapPositionY(plotTop + chipLayout.axisY() - axisHeight / 2), w, axisHeight);
        if (chipLayout != placedLayout) {
            boolean animate = restackPending && !resized && chips.size() <= MAX_ANIMATED_CHIPS;
            for (ChipBox box : chipLayout.boxes()) {
                boolean slide = animate && !heldStill.equals(Optional.of(box.id()));
                chips.get(box.id()).placeAt(box.x(), box.y(), box.width(), box.height(), laid.scale(), slide);
            }
            placedLayout = chipLayout;
            drawRug(w);
        }
        restackPending = false;
        heldStill = Optional.empty();
        laidOutWidth = w;

        double labelsTop = plotTop + plotHeight;
        double labelHeight = axisLabelHeight();
        double rightWidth = Math.min(w / 2, snapSizeX(rightLabel.prefWidth(-1)));
        leftLabel.resizeRelocate(x, labelsTop, Math.min(w / 2, snapSizeX(leftLabel.prefWidth(-1))), labelHeight);
        rightLabel.resizeRelocate(x + w - rightWidth, labelsTop, rightWidth, labelHeight);

        if (tray.isVisible()) {
            double trayTop = labelsTop + labelHeight + SECTION_GAP;
            double titleHeight = snapSizeY(trayTitle.prefHeight(-1));
            trayTitle.resizeRelocate(x, trayTop, w, titleHeight);
            tray.resizeRelocate(x, trayTop + titleHeight, w, snapSizeY(tray.prefHeight(w)));
        }
    }

    private void drawRug(double width) {
        List<PathElement> ticks = new ArrayList<>();
        double top = placedLayout.axisY();
        double bottom = top + AXIS_GAP - 1;
        for (Voice voice : getSkinnable().getVoices()) {
            voice.placement().ifPresent(p -> {
                double x = snapPositionX(p.position() * width) + 0.5;
                ticks.add(new MoveTo(x, top));
                ticks.add(new LineTo(x, bottom));
            });
        }
        rug.getElements().setAll(ticks);
        placeSelectedTick();
    }

    /** The selected voice's tick stands out, so its exact position reads at a glance. */
    private void placeSelectedTick() {
        Optional<Double> position = Optional.ofNullable(getSkinnable().getSelectedVoice())
                .flatMap(Voice::placement).map(Placement::position);
        selectedTick.setVisible(position.isPresent() && placedLayout != null);
        if (position.isPresent() && placedLayout != null) {
            double x = snapPositionX(position.get() * plot.getWidth());
            selectedTick.resizeRelocate(x - 1, placedLayout.axisY() - 3, 3, AXIS_GAP + 3);
        }
    }

    // What the drag and key controllers need

    Spectrum spectrum() {
        return Optional.ofNullable(getSkinnable().getSpectrum()).orElse(Spectrum.unbanded("", "", ""));
    }

    /** The chip an event hit, if any: the target itself or one of its parents below the control. */
    Optional<Chip> chipAt(EventTarget target) {
        for (Node node = target instanceof Node n ? n : null; node != null && node != getSkinnable();
             node = node.getParent()) {
            if (node instanceof Chip chip && chips.get(chip.voice().id()) == chip) {
                return Optional.of(chip);
            }
        }
        return Optional.empty();
    }

    /** The plot's coordinates: x from position 0 to position 1 over {@link #plotWidth()}. */
    Point2D toPlot(double sceneX, double sceneY) {
        return plot.sceneToLocal(sceneX, sceneY);
    }

    Pane plot() {
        return plot;
    }

    double plotWidth() {
        return plot.getWidth();
    }

    double axisY() {
        return placedLayout == null ? plot.getHeight() / 2 : placedLayout.axisY();
    }

    void highlightBand(Optional<Band> band) {
        bandStrip.highlight(band);
    }

    /** The chip just dropped is already where the ghost showed it; only the others should slide. */
    void holdStill(Voice voice) {
        heldStill = Optional.of(voice.id());
    }

    /** Placed voices left to right (ties by id), then unplaced ones in list order: the order arrow keys walk. */
    List<Voice> axisOrder() {
        List<Voice> placed = new ArrayList<>();
        List<Voice> unplaced = new ArrayList<>();
        for (Voice voice : getSkinnable().getVoices()) {
            (voice.placement().isPresent() ? placed : unplaced).add(voice);
        }
        placed.sort(Comparator.comparingDouble((Voice v) -> v.placement().map(Placement::position).orElse(0.0))
                .thenComparing(Voice::id));
        placed.addAll(unplaced);
        return placed;
    }
}
