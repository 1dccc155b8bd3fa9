package org.stancemap.ui.control;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;
import org.stancemap.ui.control.impl.SpectrumViewSkin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A stance map's spectrum: bands shaded and labelled across the axis, one chip per voice inside its band's
 * column, piled up from the axis in the row it keeps ({@link #rowsProperty()}) so that no two chips overlap and a move
 * changes no other chip's place, a tick on the axis at each voice's exact position, and unplaced voices in a tray
 * below. A chip's fill and outline say how confident its placement is. Chips are coloured by one tag
 * ({@link #colorAttributeProperty()}), dimmed when a {@link #filterProperty() filter} rejects them, selected by
 * click or arrow keys, and moved by dragging sideways or by Shift+Left/Right.
 *
 * <p>The control never changes a voice itself: a drop or key move calls {@link #onMoveRequestedProperty()}
 * once, and whoever handles it puts the updated voice back into {@link #getVoices()}. The selection follows
 * a voice by id when its record is replaced.
 *
 * <p>Styling lives in {@code spectrum-view.css}: chips carry the style classes {@code chip}, {@code color-N}
 * (the N-th value of the colour attribute present, in alphabetical order) and {@code <attribute>-<value>}
 * (e.g. {@code region-russian}), so a stylesheet can recolour one value with
 * {@code .region-russian { -chip-color: #123456; }}; the chip's {@code .marker} takes a shape per {@code color-N}, so
 * the colouring reads in greyscale too. {@code confidence-high}, {@code -medium}, {@code -low} or {@code -unstated}
 * set its fill and outline. The axis carries one {@code .rug} tick per placed chip and a {@code .selected-tick}.
 * Pseudo-classes: {@code :selected}, {@code :dragging},
 * {@code :filtered-out} on chips, {@code :dragging} on the control, {@code :drop-target} on the header
 * ({@code .band-header}), label ({@code .band-label}) and axis stretch ({@code .band-range}) of the band a drop
 * would land in; while dragging, {@code .ghost} and {@code .drop-marker} show the chip and the exact position.
 * The layout grows taller instead of overlapping chips; put the control in a {@code ScrollPane} that fits its
 * width.
 */
public class SpectrumView extends Control {

    private static final String DEFAULT_STYLE_CLASS = "spectrum-view";
    private static final double DEFAULT_CHIP_MAX_WIDTH = 220;

    private final ObjectProperty<Spectrum> spectrum =
            new SimpleObjectProperty<>(this, "spectrum", Spectrum.unbanded("", "", ""));
    private final ObservableList<Voice> voices = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, Integer>> rows = new SimpleObjectProperty<>(this, "rows", Map.of());
    private final ObjectProperty<Voice> selectedVoice = new SimpleObjectProperty<>(this, "selectedVoice");
    private final StringProperty colorAttribute = new SimpleStringProperty(this, "colorAttribute", "");
    private final ObjectProperty<Predicate<Voice>> filter =
            new SimpleObjectProperty<>(this, "filter", voice -> true);
    private final ObjectProperty<Consumer<MoveRequest>> onMoveRequested =
            new SimpleObjectProperty<>(this, "onMoveRequested", request -> { });
    private final ReadOnlyObjectWrapper<Optional<DragPreview>> dragPreview =
            new ReadOnlyObjectWrapper<>(this, "dragPreview", Optional.empty());
    private final StyleableDoubleProperty chipMaxWidth = new StyleableDoubleProperty(DEFAULT_CHIP_MAX_WIDTH) {
        @Override
        public Object getBean() {
            return SpectrumView.this;
        }

        @Override
        public String getName() {
            return "chipMaxWidth";
        }

        @Override
        public CssMetaData<SpectrumView, Number> getCssMetaData() {
            return StyleableProperties.CHIP_MAX_WIDTH;
        }
    };

    public SpectrumView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        voices.addListener((ListChangeListener<Voice>) change -> followSelectionById());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SpectrumViewSkin(this, dragPreview::set);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(SpectrumView.class.getResource("spectrum-view.css")).toExternalForm();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL; // the rows chips need depend on the width they get
    }

    private void followSelectionById() {
        Voice selected = getSelectedVoice();
        if (selected != null) {
            setSelectedVoice(voices.stream().filter(v -> v.id().equals(selected.id())).findFirst().orElse(null));
        }
    }

    // Properties

    /** The question, axis labels and bands. Never null in use; an unbanded, unlabelled axis by default. */
    public final ObjectProperty<Spectrum> spectrumProperty() {
        return spectrum;
    }

    public final Spectrum getSpectrum() {
        return spectrum.get();
    }

    public final void setSpectrum(Spectrum value) {
        spectrum.set(value);
    }

    /** The voices to show, one chip each; ids must be unique. Replace a voice's record to move its chip. */
    public final ObservableList<Voice> getVoices() {
        return voices;
    }

    /**
     * The row each chip keeps in its band's column, by voice id, 0 nearest the axis; chips without one are shown in
     * the lowest free row. Never null in use; empty by default.
     */
    public final ObjectProperty<Map<String, Integer>> rowsProperty() {
        return rows;
    }

    public final Map<String, Integer> getRows() {
        return rows.get();
    }

    public final void setRows(Map<String, Integer> value) {
        rows.set(value);
    }

    /** The selected voice, or null when none is (as in JavaFX selection models). */
    public final ObjectProperty<Voice> selectedVoiceProperty() {
        return selectedVoice;
    }

    public final Voice getSelectedVoice() {
        return selectedVoice.get();
    }

    public final void setSelectedVoice(Voice value) {
        selectedVoice.set(value);
    }

    /** The tag key chips are coloured by, e.g. "region" or "role"; empty for no colouring and no legend. */
    public final StringProperty colorAttributeProperty() {
        return colorAttribute;
    }

    public final String getColorAttribute() {
        return colorAttribute.get();
    }

    public final void setColorAttribute(String value) {
        colorAttribute.set(value);
    }

    /** Voices this rejects stay in place but are dimmed ({@code :filtered-out}). Accepts all by default. */
    public final ObjectProperty<Predicate<Voice>> filterProperty() {
        return filter;
    }

    public final Predicate<Voice> getFilter() {
        return filter.get();
    }

    public final void setFilter(Predicate<Voice> value) {
        filter.set(value);
    }

    /** Called once per drop (or key move) with the voice and the position asked for. Does nothing by default. */
    public final ObjectProperty<Consumer<MoveRequest>> onMoveRequestedProperty() {
        return onMoveRequested;
    }

    public final Consumer<MoveRequest> getOnMoveRequested() {
        return onMoveRequested.get();
    }

    public final void setOnMoveRequested(Consumer<MoveRequest> value) {
        onMoveRequested.set(value);
    }

    /** Where the chip being dragged would land; empty when no drag is under way. */
    public final ReadOnlyObjectProperty<Optional<DragPreview>> dragPreviewProperty() {
        return dragPreview.getReadOnlyProperty();
    }

    public final Optional<DragPreview> getDragPreview() {
        return dragPreview.get();
    }

    /** Widest a chip may be before its name wraps onto two lines; CSS {@code -chip-max-width}, 220 px by default. */
    public final StyleableDoubleProperty chipMaxWidthProperty() {
        return chipMaxWidth;
    }

    public final double getChipMaxWidth() {
        return chipMaxWidth.get();
    }

    public final void setChipMaxWidth(double value) {
        chipMaxWidth.set(value);
    }

    // Styleable properties

    private static final class StyleableProperties {
        private static final CssMetaData<SpectrumView, Number> CHIP_MAX_WIDTH =
                new CssMetaData<>("-chip-max-width", SizeConverter.getInstance(), DEFAULT_CHIP_MAX_WIDTH) {
                    @Override
                    public boolean isSettable(SpectrumView view) {
                        return !view.chipMaxWidth.isBound();
                    }

                    @Override
                    public StyleableProperty<Number> getStyleableProperty(SpectrumView view) {
                        return view.chipMaxWidth;
                    }
                };

        private static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
            all.add(CHIP_MAX_WIDTH);
            ALL = List.copyOf(all);
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
