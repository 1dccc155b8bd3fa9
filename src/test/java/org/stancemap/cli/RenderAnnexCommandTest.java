package org.stancemap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stancemap render … --out FILE.pdf --annex}: the quote annex with no display. */
class RenderAnnexCommandTest {

    private static final String MAP = "seeds/china-russia-alliance.stancemap.json";

    @TempDir
    Path dir;

    @Test
    void annexIsAManyPagePdfOfTheShownExperts() throws Exception {
        Path pdf = dir.resolve("annex.pdf");
        StringWriter err = new StringWriter();

        int code = StanceMapCommand.run(new String[] {"render", MAP, "--out", pdf.toString(), "--annex",
                "--only", "region=Russian"}, new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Dmitri Trenin", "Page 1 of " + document.getNumberOfPages())
                    .doesNotContain("Graham T. Allison");
        }
    }

    @Test
    void annexToAnotherFormatIsOneSentence() {
        Path png = dir.resolve("annex.png");
        StringWriter err = new StringWriter();

        int code = StanceMapCommand.run(new String[] {"render", MAP, "--out", png.toString(), "--annex"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("The quote annex is a PDF: name the output FILE.pdf.");
        assertThat(Files.exists(png)).isFalse();
    }
}
