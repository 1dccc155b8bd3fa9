package org.stancemap.render;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancemap.layout.ChipBox;
import org.stancemap.model.Project;

import static org.assertj.core.api.Assertions.assertThat;

class BriefingLayoutTest {

    private static final List<CanvasSize> SIZES = List.of(CanvasSize.MAP, CanvasSize.SLIDE_16X9, CanvasSize.SLIDE_4X3);

    static Stream<Arguments> projectsAtEveryPreset() {
        return SIZES.stream().flatMap(size -> Stream.of(
                Arguments.of("bundled", BriefingProjects.bundled(), size),
                Arguments.of("300 synthetic voices", BriefingProjects.synthetic(300, 7), size)));
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("projectsAtEveryPreset")
    void everyChipLiesInsideThePlotAndNoTwoOverlap(String name, Project project, CanvasSize size) {
        Briefing briefing = layout(project, BriefingOptions.defaults(), size);

        assertThat(briefing.chips()).hasSize((int) project.voices().stream().filter(v -> v.placement().isPresent()).count());
        ChipBox plot = briefing.plot();
        assertThat(plot.x()).isGreaterThanOrEqualTo(0);
        assertThat(plot.maxX()).isLessThanOrEqualTo(size.width());
        assertThat(plot.maxY()).isLessThanOrEqualTo(size.height());
        for (Briefing.Chip chip : briefing.chips()) {
            ChipBox b = chip.box();
            assertThat(b.x()).as(chip.voiceId()).isGreaterThanOrEqualTo(plot.x() - 1e-6);
            assertThat(b.maxX()).as(chip.voiceId()).isLessThanOrEqualTo(plot.maxX() + 1e-6);
            assertThat(b.y()).as(chip.voiceId()).isGreaterThanOrEqualTo(plot.y() - 1e-6);
            assertThat(b.maxY()).as(chip.voiceId()).isLessThanOrEqualTo(plot.maxY() + 1e-6);
        }
        List<Briefing.Chip> chips = briefing.chips();
        for (int i = 0; i < chips.size(); i++) {
            for (int j = i + 1; j < chips.size(); j++) {
                assertThat(overlap(chips.get(i).box(), chips.get(j).box()))
                        .as(chips.get(i).voiceId() + " and " + chips.get(j).voiceId()).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("projectsAtEveryPreset")
    void everyChipLabelFitsInsideItsChip(String name, Project project, CanvasSize size) {
        Briefing briefing = layout(project, BriefingOptions.defaults(), size);
        List<Drawable.Text> labels = texts(briefing, "chip-label");

        for (Briefing.Chip chip : briefing.chips()) {
            ChipBox box = chip.box();
            // A name too wide for its band's column wraps onto a second line inside the same chip.
            List<Drawable.Text> lines = labels.stream().filter(t -> t.x() >= box.x() && t.x() < box.maxX()
                    && t.baseline() > box.y() && t.baseline() < box.maxY()).toList();
            assertThat(lines).as(chip.name()).hasSizeBetween(1, 2);
            assertThat(String.join(" ", lines.stream().map(Drawable.Text::text).toList())).isEqualTo(chip.label());
            if (!chip.label().equals(chip.name())) {
                // Only a chip held to the widest a chip may be is ellipsized: at least ten ems wide.
                assertThat(box.width()).as(chip.name()).isGreaterThanOrEqualTo(10 * lines.get(0).size());
            }
            for (Drawable.Text line : lines) {
                assertThat(line.x() + BriefingFonts.get().width(line.text(), line.size(), line.bold()))
                        .as(line.text()).isLessThanOrEqualTo(box.maxX() + 1e-6);
            }
        }
        assertThat(labels.size()).isBetween(briefing.chips().size(), 2 * briefing.chips().size());
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("projectsAtEveryPreset")
    void everyTextEvenALongTitleStaysInsideTheCanvas(String name, Project project, CanvasSize size) {
        String longTitle = "How likely is a China-Russia military alliance, and what would each of the fifty experts "
                + "quoted in this round-up need to see before changing their minds about it?";
        BriefingOptions options = BriefingOptions.defaults().withTitle(Optional.of(longTitle))
                .withSubtitle(Optional.of("Placements as of the latest review, by the StanceMap editors"))
                .withHighlighted(Set.of(project.voices().get(0).id()));

        Briefing briefing = layout(project, options, size);

        for (Drawable d : briefing.drawables()) {
            if (d instanceof Drawable.Text t) {
                double right = t.x() + BriefingFonts.get().width(t.text(), t.size(), t.bold());
                assertThat(t.x()).as(t.text()).isGreaterThanOrEqualTo(0);
                assertThat(right).as(t.text()).isLessThanOrEqualTo(size.width());
                assertThat(t.baseline()).as(t.text()).isBetween(t.size() * 0.7, (double) size.height());
            }
        }
        assertThat(texts(briefing, "title")).hasSizeBetween(1, 2);
    }

    @Test
    void bundledMapOnA16x9SlideUsesProjectorSizedTypeAndShowsEveryNameWhole() {
        Briefing briefing = layout(BriefingProjects.bundled(), BriefingOptions.defaults(), CanvasSize.SLIDE_16X9);

        assertThat(texts(briefing, "title")).allSatisfy(t -> assertThat(t.size()).isGreaterThanOrEqualTo(40));
        assertThat(texts(briefing, "chip-label")).allSatisfy(t -> assertThat(t.size()).isGreaterThanOrEqualTo(18));
        assertThat(briefing.chips()).allSatisfy(c -> assertThat(c.label()).isEqualTo(c.name()));
        assertThat(briefing.title()).isEqualTo("How likely is a China-Russia military alliance?");
    }

    @Test
    void sourceLineNamesTheRoundUpTheAnalystAndTheLatestPlacementDay() {
        Briefing briefing = layout(BriefingProjects.synthetic(12, 3), BriefingOptions.defaults(), CanvasSize.SLIDE_16X9);

        assertThat(briefing.source()).isEqualTo("Source: Russia Matters, “Expert Round-Up: How Likely Is a China-Russia "
                + "Military Alliance?”, 14 June 2019 · Placements: Test analyst, 9 January 2026");
        assertThat(texts(briefing, "source")).extracting(Drawable.Text::text).containsExactly(briefing.source());
    }

    @Test
    void onlyFilteredVoicesAreShownAndHighlightingGreysTheRest() {
        Project project = BriefingProjects.bundled();
        Set<String> russian = Set.copyOf(project.voices().stream()
                .filter(v -> "Russian".equals(v.tags().get("region"))).map(v -> v.id()).toList());
        BriefingOptions options = BriefingOptions.defaults().withOnlyVoices(Optional.of(russian))
                .withHighlighted(Set.of("sergei-karaganov")).withTitle(Optional.of("Russian voices"));

        Briefing briefing = layout(project, options, CanvasSize.SLIDE_16X9);

        assertThat(briefing.title()).isEqualTo("Russian voices");
        assertThat(briefing.chips()).extracting(Briefing.Chip::voiceId).containsExactlyInAnyOrderElementsOf(russian);
        assertThat(briefing.chips()).allSatisfy(c -> assertThat(c.greyed()).isEqualTo(!c.voiceId().equals("sergei-karaganov")));
        assertThat(briefing.legend()).extracting(Briefing.LegendEntry::text).containsExactly("Russian (11)", "others, greyed",
                "high confidence", "medium confidence", "exact position (chips stay inside their band)");
    }

    @Test
    void coloursFollowTheAppsPaletteAlphabeticallyByValue() {
        Briefing briefing = layout(BriefingProjects.bundled(), BriefingOptions.defaults(), CanvasSize.SLIDE_16X9);

        List<Briefing.LegendEntry> colours = briefing.legend().stream()
                .filter(e -> e.mark() == Briefing.Mark.SHAPE).toList();
        assertThat(colours).extracting(Briefing.LegendEntry::text)
                .containsExactly("Chinese (9)", "Russian (11)", "Western (31)");
        assertThat(colours).extracting(Briefing.LegendEntry::colour)
                .containsExactlyElementsOf(Palette.OKABE_ITO.subList(0, 3));
    }

    static Briefing layout(Project project, BriefingOptions options, CanvasSize size) {
        return BriefingLayout.layout(project, options, size, BriefingFonts.get());
    }

    static List<Drawable.Text> texts(Briefing briefing, String role) {
        return briefing.drawables().stream().filter(d -> d instanceof Drawable.Text t && t.role().equals(role))
                .map(d -> (Drawable.Text) d).toList();
    }

    private static boolean overlap(ChipBox a, ChipBox b) {
        return a.x() < b.maxX() - 1e-6 && b.x() < a.maxX() - 1e-6 && a.y() < b.maxY() - 1e-6 && b.y() < a.maxY() - 1e-6;
    }
}
