package org.stancemap.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Project;
import org.stancemap.render.ExportFormat;
import org.stancemap.store.BundledMap;

/** The export dialog's quote-annex choice: a .pdf handout of the experts the map shows. */
class ExportAnnexChoiceTest {

    private static final Project MAP = BundledMap.load();

    @TempDir
    Path dir;

    @Test
    void choosingTheAnnexWritesAHandoutOfTheFilteredExperts() throws Exception {
        ExportViewModel model = new ExportViewModel(MAP, v -> "Chinese".equals(v.tags().get("region")),
                Optional.empty(), "region", 900, 600);
        model.formatProperty().set(ExportFormat.ANNEX);
        Path file = dir.resolve(model.defaultFileName());

        assertThat(model.writeTo(file)).isEmpty();

        assertThat(file.getFileName().toString()).endsWith(".pdf");
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Xi Jinping", "Analyst’s placement").doesNotContain("Dmitri Trenin");
        }
    }
}
