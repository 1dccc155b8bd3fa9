package org.stancemap.render;

import java.util.ArrayList;
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
import org.stancemap.model.Voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancemap.render.BriefingLayoutTest.layout;
import static org.stancemap.render.BriefingLayoutTest.texts;

class SlidePartsLayoutTest {

    private static final String TAKEAWAY = "Most experts see a partnership with limits; few expect an alliance.";
    private static final String LONG_TAKEAWAY = "Most experts see a partnership with limits; only a Russian minority "
            + "expects a de facto alliance, and none of them expects it within the next decade or two.";

    static Stream<Arguments> fullSlides() {
        return Stream.of(CanvasSize.SLIDE_16X9, CanvasSize.SLIDE_4X3).flatMap(size -> Stream.of(
                Arguments.of("bundled", BriefingProjects.bundled(), size, false),
                Arguments.of("bundled, long takeaway and a subtitle", BriefingProjects.bundled(), size, true),
                Arguments.of("60 synthetic voices", BriefingProjects.synthetic(60, 5), size, false)));
    }

    /** Every part on, three quotes featured: the first quote of the first, middle and last voice. */
    static BriefingOptions everything(Project project) {
        List<Voice> voices = project.voices();
        List<FeaturedQuote> featured = Stream.of(voices.get(0), voices.get(voices.size() / 2), voices.get(voices.size() - 1))
                .map(v -> new FeaturedQuote(v.id(), 0)).toList();
        return BriefingOptions.defaults().withParts(new SlideParts(true, true, featured, Optional.of(TAKEAWAY), false));
    }

    static BriefingOptions everything(Project project, boolean crowdedHeader) {
        BriefingOptions options = everything(project);
        return crowdedHeader ? options.withSubtitle(Optional.of("Placements as of the latest review"))
                .withParts(options.parts().withTakeaway(Optional.of(LONG_TAKEAWAY))) : options;
    }

    static Project withQuotes(Project project) {
        // Synthetic voices carry no quotes; give each the bundled map's first, so they can be featured.
        Project bundled = BriefingProjects.bundled();
        return new Project(project.roundUp(), project.spectrum(), project.voices().stream()
                .map(v -> v.quotes().isEmpty() ? v.withQuotes(bundled.voices().get(0).quotes()) : v).toList());
    }

    /**
     * Names on a crowded map are made smaller until the chips fit, as without these parts; the rest of the text keeps
     * its size, and the bundled map keeps its names at projector size too unless the header is crowded as well.
     */
    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("fullSlides")
    void everyPartFitsWithNoTextUnder18PxAtFullHdAndNoTwoTextsOverlapping(String name, Project raw, CanvasSize size,
                                                                          boolean crowdedHeader) {
        Project project = withQuotes(raw);
        Briefing briefing = layout(project, everything(project, crowdedHeader), size);
        boolean namesKeepTheirSize = raw.voices().size() < 60 && !crowdedHeader;
        double unit = Math.min(size.width() / 1920.0, size.height() / 1080.0);

        List<Drawable.Text> texts = briefing.drawables().stream().filter(d -> d instanceof Drawable.Text)
                .map(d -> (Drawable.Text) d).toList();
        assertThat(texts).extracting(Drawable.Text::role)
                .contains("takeaway", "band-count", "quote", "quote-cite", "footnote");
        for (Drawable.Text t : texts) {
            // A region's shape (chip-marker, legend-marker) is a symbol beside a name, not words to read.
            boolean words = !t.role().endsWith("-marker");
            if (words && (namesKeepTheirSize || !t.role().equals("chip-label"))) {
                assertThat(t.size()).as(t.text()).isGreaterThanOrEqualTo(18 * unit - 1e-9);
            }
            ChipBox b = bounds(t);
            assertThat(b.x()).as(t.text()).isGreaterThanOrEqualTo(0);
            assertThat(b.maxX()).as(t.text()).isLessThanOrEqualTo(size.width());
            assertThat(b.y()).as(t.text()).isGreaterThanOrEqualTo(0);
            assertThat(b.maxY()).as(t.text()).isLessThanOrEqualTo(size.height());
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                assertThat(overlap(bounds(texts.get(i)), bounds(texts.get(j))))
                        .as(texts.get(i).text() + " and " + texts.get(j).text()).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("fullSlides")
    void quoteBoxesSitBelowThePlotSideBySideWithTheirTextInsideAndALeaderToTheirChip(String name, Project raw,
                                                                                    CanvasSize size,
                                                                                    boolean crowdedHeader) {
        Project project = withQuotes(raw);
        Briefing briefing = layout(project, everything(project, crowdedHeader), size);

        assertThat(briefing.featured()).hasSize(3);
        List<ChipBox> boxes = briefing.featured().stream().map(Briefing.Featured::box).toList();
        for (int i = 0; i < boxes.size(); i++) {
            ChipBox box = boxes.get(i);
            assertThat(box.y()).isGreaterThan(briefing.plot().maxY());
            assertThat(box.maxX()).isLessThanOrEqualTo(size.width());
            if (i > 0) {
                assertThat(box.x()).isGreaterThan(boxes.get(i - 1).maxX());
            }
        }
        for (Drawable.Text t : texts(briefing, "quote")) {
            assertThat(boxes).anySatisfy(box -> assertThat(inside(bounds(t), box)).isTrue());
        }
        for (Briefing.Featured featured : briefing.featured()) {
            ChipBox chip = briefing.chips().stream().filter(c -> c.voiceId().equals(featured.voiceId())).findFirst()
                    .orElseThrow().box();
            assertThat(featured.leader().x2()).isEqualTo(chip.centreX());
            assertThat(featured.leader().y2()).isEqualTo(chip.maxY());
            assertThat(featured.leader().y1()).isEqualTo(featured.box().y());
            assertThat(featured.leader().x1()).isBetween(featured.box().x(), featured.box().maxX());
        }
        // Left to right in chip order, so no two leaders cross.
        assertThat(briefing.featured()).extracting(f -> f.leader().x2()).isSorted();
    }

    @Test
    void countsSayHowManyOfTheShownVoicesSitInEachBandAndTheirShare() {
        Project project = BriefingProjects.bundled();
        Set<String> russian = Set.copyOf(project.voices().stream()
                .filter(v -> "Russian".equals(v.tags().get("region"))).map(Voice::id).toList());
        BriefingOptions options = BriefingOptions.defaults().withOnlyVoices(Optional.of(russian))
                .withParts(SlideParts.none().withBandCounts(true));

        Briefing briefing = layout(project, options, CanvasSize.SLIDE_16X9);

        List<String> expected = new ArrayList<>();
        List<Voice> shown = project.voices().stream().filter(v -> russian.contains(v.id())).toList();
        project.spectrum().bands().forEach(band -> {
            long n = shown.stream().filter(v -> band.contains(v.placement().orElseThrow().position())).count();
            expected.add(n + (n == 1 ? " voice" : " voices") + " · " + Math.round(100.0 * n / shown.size()) + "%");
        });
        assertThat(texts(briefing, "band-count")).extracting(Drawable.Text::text).containsExactlyElementsOf(expected);
        assertThat(texts(briefing, "band-count")).extracting(t -> Long.parseLong(t.text().split(" ")[0]))
                .containsExactly(1L, 6L, 1L, 1L, 2L);
    }

    @Test
    void aFeaturedQuoteOfAVoiceTheFilterHidesIsLeftOffTheSlide() {
        Project project = BriefingProjects.bundled();
        Voice hidden = project.voices().get(0);
        Voice shown = project.voices().get(1);
        Set<String> all = Set.copyOf(project.voices().stream().map(Voice::id).filter(id -> !id.equals(hidden.id()))
                .toList());
        BriefingOptions options = BriefingOptions.defaults().withOnlyVoices(Optional.of(all)).withParts(
                SlideParts.none().withFeatured(List.of(new FeaturedQuote(hidden.id(), 0), new FeaturedQuote(shown.id(), 0))));

        Briefing briefing = layout(project, options, CanvasSize.SLIDE_16X9);

        assertThat(briefing.featured()).extracting(Briefing.Featured::voiceId).containsExactly(shown.id());
        assertThat(briefing.featured().get(0).cite()).startsWith("— " + shown.displayName() + ", ");
    }

    @Test
    void theTakeawayStandsUnderTheTitleAndTheDefinitionsAboveTheSource() {
        Project project = BriefingProjects.bundled();
        Briefing briefing = layout(project, everything(project, true).withParts(everything(project).parts()),
                CanvasSize.SLIDE_16X9);

        double titleBaseline = texts(briefing, "title").get(0).baseline();
        assertThat(texts(briefing, "takeaway")).allSatisfy(t -> assertThat(t.baseline()).isGreaterThan(titleBaseline)
                .isLessThan(texts(briefing, "subtitle").get(0).baseline()));
        assertThat(briefing.takeaway()).contains(TAKEAWAY);
        double sourceBaseline = texts(briefing, "source").get(0).baseline();
        assertThat(texts(briefing, "footnote")).allSatisfy(t -> assertThat(t.baseline()).isLessThan(sourceBaseline));
        assertThat(String.join(" ", texts(briefing, "footnote").stream().map(Drawable.Text::text).toList()))
                .startsWith(project.spectrum().bands().get(0).label() + ": "
                        + project.spectrum().bands().get(0).definition().substring(0, 20));
    }

    @Test
    void withNoPartsTheSlideHasNoneOfTheirText() {
        Briefing briefing = layout(BriefingProjects.bundled(), BriefingOptions.defaults(), CanvasSize.SLIDE_16X9);

        assertThat(briefing.drawables()).noneMatch(d -> d instanceof Drawable.Text t
                && List.of("takeaway", "band-count", "quote", "quote-cite", "footnote").contains(t.role()));
        assertThat(briefing.featured()).isEmpty();
        assertThat(briefing.takeaway()).isEmpty();
    }

    /** The text's ink, from ascender to descender. */
    private static ChipBox bounds(Drawable.Text t) {
        double width = BriefingFonts.get().width(t.text(), t.size(), t.bold());
        return new ChipBox(t.text(), t.x(), t.baseline() - 0.8 * t.size(), width, 1.0 * t.size());
    }

    private static boolean overlap(ChipBox a, ChipBox b) {
        return a.x() < b.maxX() - 1e-6 && b.x() < a.maxX() - 1e-6 && a.y() < b.maxY() - 1e-6 && b.y() < a.maxY() - 1e-6;
    }

    private static boolean inside(ChipBox inner, ChipBox outer) {
        return inner.x() >= outer.x() && inner.maxX() <= outer.maxX() && inner.y() >= outer.y()
                && inner.maxY() <= outer.maxY();
    }
}
