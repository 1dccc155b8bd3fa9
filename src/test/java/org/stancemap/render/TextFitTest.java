package org.stancemap.render;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fitting text costs about one measurement of the whole text, whatever its length: a 160,000-character name from
 * an article took 149 s to render when ellipsizing measured what was left after every character cut. Cost is
 * counted in characters measured, not seconds, so the test means the same on any machine.
 */
class TextFitTest {

    private static final int LONG = 160_000;

    private final CountingMeasure measure = new CountingMeasure(BriefingFonts.get());
    private final TextFit fit = new TextFit(measure);

    @Test
    void ellipsizingAVeryLongNameMeasuresItAboutOnce() {
        String name = "Wolfeschlegelsteinhausenbergerdorff".repeat(LONG / 35 + 1).substring(0, LONG);

        String cut = fit.ellipsize(name, 24, false, 400);

        assertThat(cut).endsWith("…").hasSizeLessThan(60);
        assertThat(measure.characters).as("characters measured").isLessThan(2L * LONG);
    }

    @Test
    void wrappingAVeryLongTitleOfManyWordsMeasuresItAFewTimes() {
        String title = "word ".repeat(LONG / 5);

        List<String> lines = fit.lines(title, 44, 32, true, 1600, 2);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("…");
        // The size search measures the whole title once per size tried (about ten), the wrap once more.
        assertThat(measure.characters).as("characters measured").isLessThan(20L * LONG);
    }

    @Test
    void aBriefingWithAVeryLongExpertNameAndTitleIsLaidOutAtLinearCost() {
        String name = "Jeffrey Mankoff ".repeat(LONG / 16);
        Project project = BriefingProjects.bundled().withVoice("dmitri-trenin",
                v -> new Voice(v.id(), List.of(new Person(name, "Fellow")), v.quotes(), v.tags(), v.placements(), v.note()));
        BriefingOptions options = BriefingOptions.defaults().withTitle(Optional.of(name));

        Briefing briefing = BriefingLayout.layout(project, options, CanvasSize.SLIDE_16X9, measure);

        assertThat(briefing.chips()).anySatisfy(chip -> assertThat(chip.label()).endsWith("…"));
        assertThat(measure.characters).as("characters measured").isLessThan(100L * LONG);
    }

    @Test
    void theCutIsTheLongestStartOfTheTextThatFitsWithItsEllipsis() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            String text = randomText(random, 1 + random.nextInt(60));
            double width = 10 + random.nextDouble() * 300;

            assertThat(fit.ellipsize(text, 14, trial % 2 == 0, width)).as("%s in %.1f px", text, width)
                    .isEqualTo(cutByScanning(text, 14, trial % 2 == 0, width));
        }
    }

    /** The cut as it was first written: one character off the end at a time, measuring every cut. */
    private static String cutByScanning(String text, double size, boolean bold, double width) {
        TextMeasure fonts = BriefingFonts.get();
        if (fonts.width(text, size, bold) <= width + 1e-6) {
            return text;
        }
        for (int end = text.length() - 1; end >= 0; end--) {
            if (end > 0 && Character.isLowSurrogate(text.charAt(end))) {
                continue;
            }
            String cut = text.substring(0, end).stripTrailing() + "…";
            if (fonts.width(cut, size, bold) <= width) {
                return cut;
            }
        }
        return "";
    }

    private static String randomText(Random random, int length) {
        String alphabet = "aiWMmj .,-Ж习😀";
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(13))));
        }
        return text.toString();
    }

    /** The fonts' widths, counting the characters measured; it gives up past a budget no linear fit comes near. */
    private static final class CountingMeasure implements TextMeasure {
        private final TextMeasure fonts;
        long characters;

        CountingMeasure(TextMeasure fonts) {
            this.fonts = fonts;
        }

        @Override
        public double width(String text, double size, boolean bold) {
            characters += text.length();
            if (characters > 1000L * LONG) {
                throw new AssertionError("more than a thousand times the text measured: quadratic again");
            }
            return fonts.width(text, size, bold);
        }

        @Override
        public String displayable(String text, boolean bold) {
            return fonts.displayable(text, bold);
        }
    }
}
