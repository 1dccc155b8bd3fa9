package org.stancemap.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

class BriefingWritersTest {

    private static final Project BUNDLED = BriefingProjects.bundled();

    static Stream<Arguments> sizesAndScales() {
        List<Arguments> cases = new ArrayList<>();
        for (CanvasSize size : List.of(CanvasSize.MAP, CanvasSize.SLIDE_16X9, CanvasSize.SLIDE_4X3)) {
            for (int scale = 1; scale <= 3; scale++) {
                cases.add(Arguments.of(size, scale));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {1}x")
    @MethodSource("sizesAndScales")
    void pngHasTheCanvasSizeTimesTheScale(CanvasSize size, int scale) throws IOException {
        byte[] png = export(new BriefingExport(ExportFormat.PNG, size, scale, BriefingOptions.defaults()));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(size.width() * scale);
        assertThat(image.getHeight()).isEqualTo(size.height() * scale);
    }

    @Test
    void previewRasterHasOnePixelPerScaledCanvasPixel() {
        Briefing briefing = BriefingLayoutTest.layout(BUNDLED, BriefingOptions.defaults(), CanvasSize.SLIDE_16X9);

        RasterImage raster = PngWriter.raster(briefing, 0.25);

        assertThat(raster.width()).isEqualTo(480);
        assertThat(raster.height()).isEqualTo(270);
        assertThat(raster.argb()).hasSize(480 * 270);
    }

    @Test
    void svgParsesAsXmlWithOneTextPerVoiceNameAndTheSourceLine() throws Exception {
        BriefingOptions options = BriefingOptions.defaults().withTitle(Optional.of("Allies? <yes> & \"no\""));
        Briefing briefing = BriefingLayoutTest.layout(BUNDLED, options, CanvasSize.SLIDE_16X9);
        String svg = new String(export(new BriefingExport(ExportFormat.SVG, CanvasSize.SLIDE_16X9, 1, options)),
                StandardCharsets.UTF_8);

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        NodeList texts = document.getElementsByTagName("text");
        List<String> names = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            switch (text.getAttribute("class")) {
                case "chip-label" -> names.add(text.getTextContent());
                case "source" -> sources.add(text.getTextContent());
                case "title" -> titles.add(text.getTextContent());
                default -> { }
            }
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(
                BUNDLED.voices().stream().map(v -> v.shortName()).toList());
        assertThat(sources).containsExactly(briefing.source());
        assertThat(titles).containsExactly("Allies? <yes> & \"no\"");
        assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("1920");
    }

    @Test
    void pdfOpensWithPdfBoxAndItsTextHoldsTheNamesAndTheSourceLine() throws IOException {
        Briefing briefing = BriefingLayoutTest.layout(BUNDLED, BriefingOptions.defaults(), CanvasSize.SLIDE_16X9);
        byte[] pdf = export(new BriefingExport(ExportFormat.PDF, CanvasSize.SLIDE_16X9, 1, BriefingOptions.defaults()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(1920f);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(briefing.source());
            for (var voice : BUNDLED.voices()) {
                assertThat(text).contains(voice.shortName());
            }
        }
    }

    /** Zero-width and bidi controls pasted from web copy: they split ligatures in the PDF and reorder names. */
    private static final Project INVISIBLES = withFirstVoiceNamed("Jef\u200Bfrey Mankoff\u202E");

    @Test
    void pdfDropsZeroWidthAndBidiControlsSoNamesReadBackWhole() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BriefingExport(ExportFormat.PDF, CanvasSize.SLIDE_16X9, 1, BriefingOptions.defaults()).write(INVISIBLES, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Jeffrey Mankoff").doesNotContain("\u200B").doesNotContain("\u202E");
        }
    }

    @Test
    void svgHoldsNoZeroWidthOrBidiControls() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BriefingExport(ExportFormat.SVG, CanvasSize.SLIDE_16X9, 1, BriefingOptions.defaults()).write(INVISIBLES, out);
        String svg = out.toString(StandardCharsets.UTF_8);

        assertThat(svg).contains("Jeffrey Mankoff").doesNotContain("\u200B").doesNotContain("\u202E");
    }

    private static Project withFirstVoiceNamed(String name) {
        String id = BUNDLED.voices().get(0).id();
        return BUNDLED.withVoice(id, v -> new Voice(v.id(), List.of(new Person(name, "Fellow")), v.quotes(),
                v.tags(), v.placements(), v.note()));
    }

    @Test
    void csvHasABomAHeaderAndOneQuotedRowPerQuote() throws IOException {
        String csv = new String(export(new BriefingExport(ExportFormat.CSV, CanvasSize.MAP, 1,
                BriefingOptions.defaults())), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFvoice,people,roles,tags,band,position,rationale,quote,publication,date,round-up,URL\r\n");
        long quotes = BUNDLED.voices().stream().mapToLong(v -> Math.max(1, v.quotes().size())).sum();
        assertThat(csv.split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")).hasSize((int) quotes + 1);
        assertThat(csv).contains("Graham T. Allison,Graham T. Allison,\"Douglas Dillon Professor of Government, Harvard University\","
                + "region=Western; role=scholar/think tank,Partnership with limits,0.23,");
    }

    @Test
    void csvCellsQuoteCommasQuotesAndLineBreaks() {
        assertThat(CsvWriter.cell("plain")).isEqualTo("plain");
        assertThat(CsvWriter.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvWriter.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    private static byte[] export(BriefingExport export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(BUNDLED, out);
        return out.toByteArray();
    }
}
