package org.stancemap.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.render.Briefing;
import org.stancemap.render.BriefingExport;
import org.stancemap.render.BriefingOptions;
import org.stancemap.render.CanvasSize;
import org.stancemap.render.ExportFormat;
import org.stancemap.render.FeaturedQuote;
import org.stancemap.render.SlideParts;
import org.stancemap.render.PngWriter;
import org.stancemap.render.RasterImage;
import org.stancemap.render.VisibleText;

/**
 * What the export dialog edits: format, size, title, subtitle, whether only the map's filtered voices are shown and
 * which voices are highlighted, plus a live preview. Exports through {@link BriefingExport}, exactly as
 * {@code stancemap render} does.
 */
public final class ExportViewModel {

    /** Long enough for a round-up's title to be recognised in a folder, short enough to show whole in one. */
    private static final int MAX_SLUG = 64;

    /** The preview's width in pixels; it is drawn at whatever scale makes the canvas that wide. */
    static final double PREVIEW_WIDTH = 560;

    private final Project project;
    private final Predicate<Voice> mapFilter;
    private final String colourAttribute;
    private final double mapWidth;
    private final double mapHeight;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.PNG);
    private final ObjectProperty<ExportSize> size = new SimpleObjectProperty<>(this, "size", ExportSize.SLIDE_16X9);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty subtitle = new SimpleStringProperty(this, "subtitle", "");
    private final BooleanProperty onlyFiltered = new SimpleBooleanProperty(this, "onlyFiltered", false);
    private final ObservableSet<String> highlighted = FXCollections.observableSet(new LinkedHashSet<>());
    private final BooleanProperty bandCounts = new SimpleBooleanProperty(this, "bandCounts", false);
    private final BooleanProperty bandDefinitions = new SimpleBooleanProperty(this, "bandDefinitions", false);
    private final StringProperty takeaway = new SimpleStringProperty(this, "takeaway", "");
    private final BooleanProperty featureQuotes = new SimpleBooleanProperty(this, "featureQuotes", true);
    private final BooleanProperty quoteSlide = new SimpleBooleanProperty(this, "quoteSlide", true);
    private final List<FeaturedQuote> featured;
    private final ReadOnlyObjectWrapper<Image> preview = new ReadOnlyObjectWrapper<>(this, "preview");

    /**
     * @param mapFilter the voices the map shows now, for "only the filtered voices"
     * @param selected  the selected voice, highlighted by default
     * @param mapWidth  the map's on-screen size, for the 1x–3x sizes
     */
    public ExportViewModel(Project project, Predicate<Voice> mapFilter, Optional<Voice> selected,
                           String colourAttribute, double mapWidth, double mapHeight) {
        this(project, mapFilter, selected, colourAttribute, mapWidth, mapHeight, List.of());
    }

    /** @param featured the quotes picked in the side panel with "Feature on slide", in the order picked */
    public ExportViewModel(Project project, Predicate<Voice> mapFilter, Optional<Voice> selected,
                           String colourAttribute, double mapWidth, double mapHeight, List<FeaturedQuote> featured) {
        this.project = project;
        this.featured = List.copyOf(featured);
        this.mapFilter = mapFilter;
        this.colourAttribute = colourAttribute;
        this.mapWidth = mapWidth;
        this.mapHeight = mapHeight;
        selected.ifPresent(v -> highlighted.add(v.id()));
        onlyFiltered.set(project.voices().stream().anyMatch(mapFilter.negate()));
        size.addListener((obs, old, now) -> refreshPreview());
        title.addListener((obs, old, now) -> refreshPreview());
        subtitle.addListener((obs, old, now) -> refreshPreview());
        onlyFiltered.addListener((obs, old, now) -> refreshPreview());
        highlighted.addListener((SetChangeListener<String>) change -> refreshPreview());
        bandCounts.addListener((obs, old, now) -> refreshPreview());
        bandDefinitions.addListener((obs, old, now) -> refreshPreview());
        takeaway.addListener((obs, old, now) -> refreshPreview());
        featureQuotes.addListener((obs, old, now) -> refreshPreview());
        refreshPreview();
    }

    public Project project() {
        return project;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<ExportSize> sizeProperty() {
        return size;
    }

    /** Empty means the spectrum's question. */
    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty subtitleProperty() {
        return subtitle;
    }

    /** Ticked by default when the map's search or tag filters hide some voices. */
    public BooleanProperty onlyFilteredProperty() {
        return onlyFiltered;
    }

    /** A strip of counts and shares per band under the band labels. */
    public BooleanProperty bandCountsProperty() {
        return bandCounts;
    }

    /** A footnote with each band's definition. */
    public BooleanProperty bandDefinitionsProperty() {
        return bandDefinitions;
    }

    /** A line under the title; empty for none. */
    public StringProperty takeawayProperty() {
        return takeaway;
    }

    /** Show the quotes featured from the side panel; ticked by default, and only useful when some are. */
    public BooleanProperty featureQuotesProperty() {
        return featureQuotes;
    }

    /** A PowerPoint export adds a second slide with the featured quotes in full. */
    public BooleanProperty quoteSlideProperty() {
        return quoteSlide;
    }

    /** False until quotes are featured in the side panel: the dialog's quote options have nothing to show. */
    public boolean hasFeaturedQuotes() {
        return !featured.isEmpty();
    }

    /** "2 quotes featured", or how to feature one when none is. */
    public String featuredSummary() {
        return featured.isEmpty() ? "No quotes featured: right-click a quote in the side panel › Feature on slide"
                : featured.size() + (featured.size() == 1 ? " quote" : " quotes") + " featured from the side panel";
    }

    /** Ids of the voices to highlight; when any are, the rest are greyed. */
    public ObservableSet<String> getHighlighted() {
        return highlighted;
    }

    /** The briefing as it will look, small. */
    public ReadOnlyObjectProperty<Image> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** How many voices the map's filter shows, of how many. */
    public String filterSummary() {
        long shown = project.voices().stream().filter(mapFilter).count();
        return shown + " of " + project.voices().size();
    }

    public BriefingOptions options() {
        Optional<Set<String>> only = onlyFiltered.get()
                ? Optional.of(Set.copyOf(project.voices().stream().filter(mapFilter).map(Voice::id).toList()))
                : Optional.empty();
        return BriefingOptions.defaults().withTitle(Optional.of(title.get())).withSubtitle(Optional.of(subtitle.get()))
                .withOnlyVoices(only).withHighlighted(Set.copyOf(highlighted)).withColourAttribute(colourAttribute)
                .withParts(new SlideParts(bandCounts.get(), bandDefinitions.get(),
                        featureQuotes.get() ? featured : List.of(), Optional.of(takeaway.get()), quoteSlide.get()));
    }

    public BriefingExport export() {
        ExportSize chosen = size.get();
        return new BriefingExport(format.get(), canvas(), chosen.scale(), options());
    }

    public CanvasSize canvas() {
        return size.get().canvas(mapWidth, mapHeight);
    }

    /** The name the save dialog suggests: the round-up's title as a short slug, plus the format's extension. */
    public String defaultFileName() {
        // Invisible controls go first: left in, they would split a word into two parts of the slug.
        String visible = VisibleText.of(project.roundUp().title());
        String title = visible.isBlank() ? "stance-map" : visible;
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return wholeWords(slug, MAX_SLUG) + "." + format.get().extension();
    }

    /** The slug cut at the last hyphen that keeps it within {@code max}, so no word is cut in half. */
    static String wholeWords(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', max);
        return cut > 0 ? slug.substring(0, cut) : slug.substring(0, max);
    }

    /**
     * Writes the export to the file.
     *
     * @return empty on success, else one sentence saying what went wrong
     */
    public Optional<String> writeTo(Path file) {
        return write(export(), file);
    }

    /**
     * {@link #writeTo} with the drawing and writing done on {@code background}, so that a large export never
     * freezes the window: the options are read now, and the result is handed over on {@code fxThread}.
     */
    public CompletableFuture<Optional<String>> writeInBackground(Path file, Executor background, Executor fxThread) {
        BriefingExport export = export();
        CompletableFuture<Optional<String>> result = new CompletableFuture<>();
        background.execute(() -> {
            Optional<String> outcome = write(export, file);
            fxThread.execute(() -> result.complete(outcome));
        });
        return result;
    }

    private Optional<String> write(BriefingExport export, Path file) {
        try {
            export.writeTo(project, file);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof java.nio.file.NoSuchFileException ? "its folder does not exist"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
            return Optional.of("Could not export to " + file.getFileName() + ": " + reason + ".");
        }
    }

    /**
     * The briefing as an image at the chosen size and scale, for the clipboard: drawn on {@code background} (a 3x
     * slide takes a noticeable moment), the options read now, and the image made and handed over on
     * {@code fxThread}.
     */
    public CompletableFuture<Image> imageInBackground(Executor background, Executor fxThread) {
        BriefingExport export = export();
        CompletableFuture<Image> result = new CompletableFuture<>();
        background.execute(() -> {
            try {
                RasterImage raster = PngWriter.raster(export.layout(project), export.scale());
                fxThread.execute(() -> result.complete(image(raster)));
            } catch (RuntimeException e) {
                fxThread.execute(() -> result.completeExceptionally(e));
            }
        });
        return result;
    }

    private void refreshPreview() {
        Briefing briefing = export().layout(project);
        preview.set(image(PngWriter.raster(briefing, PREVIEW_WIDTH / briefing.size().width())));
    }

    static WritableImage image(RasterImage raster) {
        WritableImage image = new WritableImage(raster.width(), raster.height());
        image.getPixelWriter().setPixels(0, 0, raster.width(), raster.height(), PixelFormat.getIntArgbInstance(),
                raster.argb(), 0, raster.width());
        return image;
    }
}
