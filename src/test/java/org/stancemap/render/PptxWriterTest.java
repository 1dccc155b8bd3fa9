package org.stancemap.render;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The PowerPoint export: native shapes and text, real placeholders, notes, the quote slide; and LibreOffice opens it. */
class PptxWriterTest {

    private static final String TAKEAWAY = "Most experts see a partnership with limits.";

    @TempDir
    Path dir;

    private Path export(BriefingOptions options, CanvasSize size) throws Exception {
        Path file = dir.resolve("briefing.pptx");
        new BriefingExport(ExportFormat.PPTX, size, 1, options).writeTo(BriefingProjects.bundled(), file);
        return file;
    }

    private static BriefingOptions everything(Project project) {
        return SlidePartsLayoutTest.everything(project).withParts(SlidePartsLayoutTest.everything(project).parts()
                .withTakeaway(Optional.of(TAKEAWAY)).withQuoteSlide(true));
    }

    @Test
    void theMapIsNativeShapesWithTitleAndTakeawayInPlaceholdersAndNotesSayingSourceAndMethod() throws Exception {
        Project project = BriefingProjects.bundled();
        Briefing briefing = BriefingLayout.layout(project, everything(project), CanvasSize.SLIDE_16X9,
                BriefingFonts.get());

        try (InputStream in = Files.newInputStream(export(everything(project), CanvasSize.SLIDE_16X9));
             XMLSlideShow deck = new XMLSlideShow(in)) {
            assertThat(deck.getPageSize().getWidth()).isEqualTo(960);
            assertThat(deck.getPageSize().getHeight()).isEqualTo(540);
            assertThat(deck.getSlides()).hasSize(2);
            XSLFSlide map = deck.getSlides().get(0);
            assertThat(placeholder(map, Placeholder.TITLE)).isEqualTo("How likely is a China-Russia military alliance?");
            assertThat(placeholder(map, Placeholder.BODY)).isEqualTo(TAKEAWAY);
            for (XSLFShape shape : map.getShapes()) {
                assertThat(shape.getAnchor().getMinX()).as(shape.getShapeName()).isGreaterThanOrEqualTo(0);
                assertThat(shape.getAnchor().getMaxX()).as(shape.getShapeName()).isLessThanOrEqualTo(960 + 1e-6);
                assertThat(shape.getAnchor().getMaxY()).as(shape.getShapeName()).isLessThanOrEqualTo(540 + 1e-6);
            }
            List<String> boxes = map.getShapes().stream().filter(s -> s instanceof XSLFTextBox)
                    .map(s -> ((XSLFTextBox) s).getText()).toList();
            assertThat(boxes).containsAll(briefing.chips().stream().map(Briefing.Chip::label).toList())
                    .contains("9 voices · 18%", briefing.source());
            long chipShapes = map.getShapes().stream().filter(s -> s instanceof XSLFAutoShape
                    && !(s instanceof XSLFTextBox)).count();
            // Every chip is at least its own rounded box (its region's shape and its name are text boxes).
            assertThat(chipShapes).isGreaterThanOrEqualTo(briefing.chips().size());
            String notes = String.join("\n", List.of(deck.getNotesSlide(map).getPlaceholders()).stream()
                    .filter(p -> p.getTextType() == Placeholder.BODY).map(XSLFTextShape::getText).toList());
            assertThat(notes).contains(briefing.source(), "Placement method:",
                    project.spectrum().bands().get(4).definition());
            XSLFSlide quotes = deck.getSlides().get(1);
            String body = placeholder(quotes, Placeholder.BODY);
            assertThat(body).contains(project.voices().get(0).quotes().get(0).text(),
                    "— " + project.voices().get(0).displayName());
        }
    }

    @Test
    void withoutTakeawayOrQuoteSlideTheDeckIsOneSlideWithATitleAlone() throws Exception {
        try (InputStream in = Files.newInputStream(export(BriefingOptions.defaults(), CanvasSize.SLIDE_4X3));
             XMLSlideShow deck = new XMLSlideShow(in)) {
            assertThat(deck.getPageSize().getWidth()).isEqualTo(720);
            assertThat(deck.getSlides()).hasSize(1);
            assertThat(deck.getSlides().get(0).getPlaceholders()).extracting(XSLFTextShape::getTextType)
                    .containsExactly(Placeholder.TITLE);
        }
    }

    @Test
    void libreOfficeConvertsItWithoutComplaint() throws Exception {
        Optional<Path> soffice = Optional.ofNullable(System.getenv("PATH")).stream()
                .flatMap(p -> List.of(p.split(java.io.File.pathSeparator)).stream())
                .map(d -> Path.of(d, "soffice")).filter(Files::isExecutable).findFirst();
        assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
        Project project = BriefingProjects.bundled();
        Path pptx = export(everything(project), CanvasSize.SLIDE_16X9);
        Path profile = Files.createDirectory(dir.resolve("profile"));

        Process process = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), pptx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();

        assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("briefing.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("How likely is a China-Russia military alliance?", TAKEAWAY, "Sergei Karaganov",
                    "In their words");
        }
    }

    private static String placeholder(XSLFSlide slide, Placeholder type) {
        return List.of(slide.getPlaceholders()).stream().filter(p -> p.getTextType() == type).map(XSLFTextShape::getText)
                .findFirst().orElseThrow();
    }
}
