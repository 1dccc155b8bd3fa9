package org.stancemap.cli;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stancemap render}: the briefing drawn to a file with no display, errors as one sentence and exit 2. */
class RenderCommandTest {

    private static final String MAP = "seeds/china-russia-alliance.stancemap.json";

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StanceMapCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0} at {1}x is {2}×{3}")
    @CsvSource({"slide-16x9,1,1920,1080", "slide-4x3,1,1600,1200", ",2,2560,1440", "slide-16x9,2,3840,2160"})
    void pngIsThePresetOrTheMapSizeTimesTheScale(String preset, int scale, int width, int height) throws Exception {
        Path png = dir.resolve("map.png");
        Run run = preset == null
                ? run("render", MAP, "--out", png.toString(), "--scale", Integer.toString(scale))
                : run("render", MAP, "--out", png.toString(), "--preset", preset, "--scale", Integer.toString(scale));

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }

    @Test
    void onlyAndTitleShapeThePdf() throws Exception {
        Path pdf = dir.resolve("russian.pdf");
        Run run = run("render", MAP, "--out", pdf.toString(), "--only", "region=Russian", "--title", "Russian voices",
                "--highlight", "sergei-karaganov");

        assertThat(run.exitCode()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Russian voices", "Sergei Karaganov", "Dmitri Trenin", "Russian (11)")
                    .doesNotContain("Graham T. Allison", "Xi Jinping");
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "--out|map.gif|Cannot tell the format of",
        "--only|colour=red|has the tag 'colour'",
        "--only|region=Martian|No voice matches region=Martian.",
        "--highlight|no-such-expert|No voice has the id 'no-such-expert'",
        "--preset|slide-21x9|Unknown preset 'slide-21x9'",
        "--scale|9|--scale must be 1 to 4",
        "--feature|no-such-expert|No voice has the id 'no-such-expert'",
        "--feature|leon-aron:9|leon-aron has 3 quotes, so --feature leon-aron:9 names none of them.",
        "--feature|leon-aron:first|--feature takes ID or ID:N"})
    void mistakesAreOneSentenceAndExitTwo(String option, String value, String message) {
        String out = option.equals("--out") ? dir.resolve(value).toString() : dir.resolve("map.png").toString();
        Run run = option.equals("--out") ? run("render", MAP, "--out", out) : run("render", MAP, "--out", out, option, value);

        assertThat(run.exitCode()).isEqualTo(StanceMapCommand.ERROR);
        assertThat(run.err()).contains(message);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(Files.exists(dir.resolve("map.png"))).isFalse();
    }

    @Test
    void slidePartOptionsPutCountsDefinitionsAFeaturedQuoteAndATakeawayOnTheSlide() throws Exception {
        Path pdf = dir.resolve("briefing.pdf");
        Run run = run("render", MAP, "--out", pdf.toString(), "--preset", "slide-16x9", "--counts", "--definitions",
                "--takeaway", "Few expect an alliance.", "--feature", "sergei-karaganov:1", "--feature", "leon-aron");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Few expect an alliance.", "9 voices · 18%", "No alliance: Holds that",
                    "— Sergei Karaganov, Wall Street Journal", "— Leon Aron, Foreign Affairs", "“Russia and China");
        }
    }

    @Test
    void featuringFourQuotesIsRefusedInOneSentence() {
        Run run = run("render", MAP, "--out", dir.resolve("map.png").toString(), "--feature", "leon-aron",
                "--feature", "fu-ying", "--feature", "bobo-lo", "--feature", "jim-mattis");

        assertThat(run.exitCode()).isEqualTo(StanceMapCommand.ERROR);
        assertThat(run.err()).isEqualTo("At most 3 quotes can be featured, not 4.\n");
    }

    @Test
    void aMissingFolderIsOneSentence() {
        Run run = run("render", MAP, "--out", dir.resolve("nowhere/map.svg").toString());

        assertThat(run.exitCode()).isEqualTo(StanceMapCommand.ERROR);
        assertThat(run.err().strip()).startsWith("Cannot write").endsWith(".").doesNotContain("\n");
    }
    @Test
    void renderingOntoAnEmptyFolderIsRefusedAndKeepsIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("slides.png"));

        Run run = run("render", MAP, "--out", folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Cannot write " + folder + ": it is a folder.\n");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void renderingOntoTheProjectItselfIsRefusedAndKeepsIt() throws Exception {
        Path csv = dir.resolve("proj.csv");
        Files.copy(Path.of(MAP), csv);
        byte[] before = Files.readAllBytes(csv);

        Run same = run("render", csv.toString(), "--out", csv.toString());
        Run viaOtherPath = run("render", csv.toString(), "--out", dir.resolve(".").resolve("proj.csv").toString());

        assertThat(List.of(same, viaOtherPath)).allSatisfy(r -> {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).endsWith(" is the project being rendered; name another file for --out.\n")
                    .hasLineCount(1);
        });
        assertThat(Files.readAllBytes(csv)).isEqualTo(before);
    }
}
