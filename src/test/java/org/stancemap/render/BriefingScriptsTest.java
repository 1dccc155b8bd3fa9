package org.stancemap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;

/** Names in Chinese, Cyrillic, Arabic and accented Latin script are drawn with their own glyphs in every format. */
class BriefingScriptsTest {

    static final String CHINESE = "习近平";
    static final String KOREAN = "문재인";
    static final String CYRILLIC = "Дмитрий Тренин";
    static final String ARABIC = "محمد";
    static final String LATIN = "Zoë Dvořák-Ñúñez";

    @BeforeAll
    static void aCjkFontIsInstalled() {
        // .ci/run installs fonts-wqy-zenhei; a developer machine without any TrueType CJK font cannot show these names.
        assumeTrue(BriefingFonts.get().fallback().isPresent(), "no TrueType CJK font on this machine");
    }

    @Test
    void pdfCarriesEveryScriptAsText() throws IOException {
        String text = pdfText(project(CHINESE, KOREAN, CYRILLIC, ARABIC, LATIN));

        assertThat(text).contains(CHINESE, KOREAN, CYRILLIC, LATIN);
        // PDFBox reads right-to-left text back in visual order, so the Arabic name may come back reversed.
        assertThat(text.contains(ARABIC) || text.contains(new StringBuilder(ARABIC).reverse().toString())).isTrue();
        assertThat(text).doesNotContain("??");
    }

    @Test
    void layoutMeasuresCjkInTheFallbackFontNotAsMissingGlyphs() {
        BriefingFonts fonts = BriefingFonts.get();

        assertThat(fonts.displayable(CHINESE, false)).isEqualTo(CHINESE);
        assertThat(fonts.runs("Xi " + CHINESE, false))
                .containsExactly(new BriefingFonts.Run("Xi ", false), new BriefingFonts.Run(CHINESE, true));
        // CJK glyphs are full-width: about one em each, far wider than the notdef box.
        assertThat(fonts.width(CHINESE, 10, false)).isBetween(27.0, 33.0);
    }

    @Test
    void withoutAFallbackCjkBecomesQuestionMarksButOtherScriptsStay() {
        BriefingFonts bundledOnly = new BriefingFonts(Optional.empty());

        assertThat(bundledOnly.displayable(CHINESE, false)).isEqualTo("???");
        assertThat(bundledOnly.displayable(CYRILLIC + " " + LATIN, false)).isEqualTo(CYRILLIC + " " + LATIN);
    }

    @Test
    void pngDrawsEachScriptsOwnGlyphs() {
        for (String[] pair : new String[][] {{"习", "近"}, {"문", "재"}, {"Д", "Ж"}, {"م", "ح"}, {"ë", "ř"}}) {
            int[] first = glyphPixels(pair[0]);
            int[] second = glyphPixels(pair[1]);

            assertThat(ink(first)).as("ink of %s", pair[0]).isGreaterThan(20);
            assertThat(ink(second)).as("ink of %s", pair[1]).isGreaterThan(20);
            // A missing glyph draws the same empty box for every character; real glyphs differ.
            assertThat(first).as("%s and %s drawn alike", pair[0], pair[1]).isNotEqualTo(second);
        }
    }

    @Test
    void svgKeepsTheCharactersAndNamesTheFallbackFamily() {
        Project project = project(CHINESE, CYRILLIC);
        Briefing briefing = BriefingLayout.layout(project, BriefingOptions.defaults(), CanvasSize.MAP,
                BriefingFonts.get());

        String svg = SvgWriter.svg(briefing, 1);

        assertThat(svg).contains(">" + CHINESE + "<", ">" + CYRILLIC + "<")
                .contains(BriefingFonts.get().fallback().orElseThrow().family());
    }

    private static int[] glyphPixels(String character) {
        Drawable.Text text = new Drawable.Text(10, 60, character, 48, false, SlideColours.INK, "test");
        Briefing briefing = new Briefing(new CanvasSize(320, 240), "t", Optional.empty(), List.of(),
                new org.stancemap.layout.ChipBox("plot", 0, 0, 320, 240), List.of(), "", Optional.empty(), List.of(),
                List.of(new Drawable.Box(0, 0, 320, 240, 0, SlideColours.WHITE, Optional.empty(), 0), text),
                new org.stancemap.model.ChipRows(java.util.Map.of(), 0), 48);
        return PngWriter.raster(briefing, 1).argb();
    }

    private static long ink(int[] argb) {
        return java.util.Arrays.stream(argb).filter(p -> (p & 0xFF) < 128).count();
    }

    static Project project(String... names) {
        Project base = BundledMap.load();
        List<Voice> voices = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            Placement placement = new Placement(0.1 + 0.2 * i, "", OptionalDouble.empty(), "Test analyst",
                    Instant.parse("2026-01-01T10:00:00Z"));
            voices.add(new Voice("v" + i, List.of(new Person(names[i], "Fellow")), List.of(), Map.of("region", "Other"),
                    List.of(placement), ""));
        }
        return new Project(base.roundUp(), base.spectrum(), voices);
    }

    private static String pdfText(Project project) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BriefingExport(ExportFormat.PDF, CanvasSize.MAP, 1, BriefingOptions.defaults().withTitle(Optional.of("Names")))
                .write(project, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
