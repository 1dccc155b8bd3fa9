package org.stancemap.ui.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Project;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Voice;
import org.stancemap.render.CanvasSize;
import org.stancemap.render.ExportFormat;
import org.stancemap.render.FeaturedQuote;
import org.stancemap.render.SlideParts;
import org.stancemap.store.BundledMap;
import org.testfx.api.FxToolkit;

import static org.assertj.core.api.Assertions.assertThat;

/** The export dialog's state and actions, without opening the dialog. */
class ExportViewModelTest {

    private static final Project MAP = BundledMap.load();

    @TempDir
    Path dir;

    @BeforeAll
    static void startJavaFx() throws Exception {
        // WritableImage needs the toolkit running, though no window is shown.
        FxToolkit.registerPrimaryStage();
    }

    private static ExportViewModel model(java.util.function.Predicate<Voice> filter, Optional<Voice> selected) {
        return new ExportViewModel(MAP, filter, selected, "region", 900, 600);
    }

    @Test
    void slidePartsTickedInTheDialogReachTheExportWithTheQuotesFeaturedInTheSidePanel() {
        Voice first = MAP.voices().get(0);
        ExportViewModel model = new ExportViewModel(MAP, v -> true, Optional.empty(), "region", 900, 600,
                List.of(new FeaturedQuote(first.id(), 0)));

        assertThat(model.options().parts().featured()).containsExactly(new FeaturedQuote(first.id(), 0));
        assertThat(model.options().parts().bandCounts()).isFalse();
        model.bandCountsProperty().set(true);
        model.bandDefinitionsProperty().set(true);
        model.takeawayProperty().set("  Few expect an alliance. ");
        model.featureQuotesProperty().set(false);
        model.quoteSlideProperty().set(false);

        SlideParts parts = model.options().parts();
        assertThat(parts.bandCounts()).isTrue();
        assertThat(parts.bandDefinitions()).isTrue();
        assertThat(parts.takeaway()).contains("Few expect an alliance.");
        assertThat(parts.featured()).isEmpty();
        assertThat(parts.quoteSlide()).isFalse();
        assertThat(model.featuredSummary()).isEqualTo("1 quote featured from the side panel");
        assertThat(model.hasFeaturedQuotes()).isTrue();
        assertThat(new ExportViewModel(MAP, v -> true, Optional.empty(), "region", 900, 600).hasFeaturedQuotes())
                .isFalse();
    }

    @Test
    void theDefaultFileNameDropsZeroWidthAndBidiControlsFromTheTitle() {
        RoundUp roundUp = MAP.roundUp();
        Project pasted = MAP.withRoundUp(new RoundUp("Part\u200Bners or ri\u202Evals", roundUp.date(),
                roundUp.authors(), roundUp.publisher(), roundUp.url(), roundUp.intro(), roundUp.imported()));
        ExportViewModel model = new ExportViewModel(pasted, v -> true, Optional.empty(), "region", 900, 600);
        model.formatProperty().set(ExportFormat.PDF);

        assertThat(model.defaultFileName()).isEqualTo("partners-or-rivals.pdf").doesNotContain("\u202E");
    }

    @Test
    void theFileNameKeepsTheTitlesWordsWholeAndCutsOnlyBetweenThem() {
        String name = model(v -> true, Optional.empty()).defaultFileName();

        assertThat(name).startsWith("expert-round-up-how-likely-is-a-china-russia-military-alliance.");
        assertThat(ExportViewModel.wholeWords("how-likely-is-a-china-russia-military-alliance", 40))
                .isEqualTo("how-likely-is-a-china-russia-military");
        assertThat(ExportViewModel.wholeWords("y".repeat(70), 60)).hasSize(60);
    }

    @Test
    void theSelectionIsHighlightedAndAFilteredMapExportsOnlyItsVoicesByDefault() {
        Voice karaganov = MAP.voice("sergei-karaganov").orElseThrow();
        ExportViewModel model = model(v -> "Russian".equals(v.tags().get("region")), Optional.of(karaganov));

        assertThat(model.getHighlighted()).containsExactly("sergei-karaganov");
        assertThat(model.onlyFilteredProperty().get()).isTrue();
        assertThat(model.filterSummary()).isEqualTo("11 of 51");
        assertThat(model.options().onlyVoices()).hasValueSatisfying(ids -> assertThat(ids).hasSize(11));
        assertThat(model.options().highlighted()).isEqualTo(Set.of("sergei-karaganov"));
    }

    @Test
    void anUnfilteredMapExportsEveryVoiceAndNothingIsHighlightedWithoutASelection() {
        ExportViewModel model = model(v -> true, Optional.empty());

        assertThat(model.onlyFilteredProperty().get()).isFalse();
        assertThat(model.options().onlyVoices()).isEmpty();
        assertThat(model.options().highlighted()).isEmpty();
    }

    @Test
    void sizesMapToThePresetOrTheMapsOnScreenSizeAtTheirScale() {
        ExportViewModel model = model(v -> true, Optional.empty());

        model.sizeProperty().set(ExportSize.SLIDE_4X3);
        assertThat(model.canvas()).isEqualTo(CanvasSize.SLIDE_4X3);
        model.sizeProperty().set(ExportSize.MAP_3X);
        assertThat(model.canvas()).isEqualTo(new CanvasSize(900, 600));
        assertThat(model.export().scale()).isEqualTo(3);
    }

    @Test
    void previewFollowsTheSizeAndTheClipboardImageHasTheExportsPixelSize() {
        ExportViewModel model = model(v -> true, Optional.empty());
        Image wide = model.previewProperty().get();
        model.sizeProperty().set(ExportSize.SLIDE_4X3);
        Image square = model.previewProperty().get();

        assertThat(wide.getWidth()).isEqualTo(ExportViewModel.PREVIEW_WIDTH);
        assertThat(wide.getHeight()).isEqualTo(315);
        assertThat(square.getHeight()).isEqualTo(420);
        model.sizeProperty().set(ExportSize.MAP_2X);
        Image image = model.imageInBackground(Runnable::run, Runnable::run).join();
        assertThat(image.getWidth()).isEqualTo(1800);
        assertThat(image.getHeight()).isEqualTo(1200);
    }

    @Test
    void copyImageDrawsOnTheBackgroundAndHandsTheImageOverOnTheFxThread() {
        ExportViewModel model = model(v -> true, Optional.empty());
        model.sizeProperty().set(ExportSize.MAP_2X);
        Deque<Runnable> background = new ArrayDeque<>();
        Deque<Runnable> fxThread = new ArrayDeque<>();

        CompletableFuture<Image> image = model.imageInBackground(background::add, fxThread::add);
        assertThat(image).as("nothing drawn on the calling thread").isNotDone();
        assertThat(fxThread).isEmpty();
        background.remove().run();
        assertThat(image).as("the image is handed over on the FX thread only").isNotDone();
        fxThread.remove().run();

        assertThat(image.join().getWidth()).isEqualTo(1800);
    }

    @Test
    void writesTheChosenFormatAndSaysInOneSentenceWhenItCannot() throws Exception {
        ExportViewModel model = model(v -> true, Optional.empty());
        model.formatProperty().set(ExportFormat.SVG);
        model.titleProperty().set("Where they stand");

        assertThat(model.writeTo(dir.resolve("map.svg"))).isEmpty();
        assertThat(Files.readString(dir.resolve("map.svg"), StandardCharsets.UTF_8)).contains(">Where they stand</text>");
        Optional<String> error = model.writeTo(dir.resolve("missing/map.svg"));
        assertThat(error).hasValueSatisfying(m -> assertThat(m).startsWith("Could not export to map.svg").endsWith("."));
    }

    @Test
    void aBackgroundExportUsesTheOptionsAsTheyWereWhenItStartedAndWritesOnlyOnTheWriter() throws Exception {
        ExportViewModel model = model(v -> true, Optional.empty());
        model.formatProperty().set(ExportFormat.SVG);
        model.titleProperty().set("As it was asked for");
        java.util.ArrayDeque<Runnable> writer = new java.util.ArrayDeque<>();
        Path target = dir.resolve("later.svg");

        var result = model.writeInBackground(target, writer::add, Runnable::run);
        model.titleProperty().set("Changed while writing");
        assertThat(target).doesNotExist();
        assertThat(result).isNotDone();
        writer.poll().run();

        assertThat(result).isCompletedWithValue(Optional.empty());
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains(">As it was asked for</text>");
    }
}
