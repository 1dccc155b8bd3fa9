package org.stancemap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Band;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;

/** The quote annex: the map, then every expert by band with quotes, citations and the analyst's part marked. */
class QuoteAnnexTest {

    private static final Project BUNDLED = BundledMap.load();
    /** The bundled map's annex, read back once page by page: writing and reading 26 pages takes seconds. */
    private static List<String> bundledPages;

    @Test
    void bandsComeInAxisOrderWithEveryExpertUnderTheirBand() throws IOException {
        List<Drawable.Text> texts = layout(BUNDLED).pages().stream().flatMap(p -> p.drawables().stream())
                .filter(d -> d instanceof Drawable.Text).map(d -> (Drawable.Text) d)
                .filter(t -> t.role().equals("band-heading") || t.role().equals("expert-name")).toList();

        List<String> headings = texts.stream().filter(t -> t.role().equals("band-heading")).map(Drawable.Text::text).toList();
        assertThat(headings).containsExactlyElementsOf(BUNDLED.spectrum().bands().stream().map(Band::label).toList());
        String band = "";
        List<String> names = new ArrayList<>();
        for (Drawable.Text text : texts) {
            if (text.role().equals("band-heading")) {
                band = text.text();
                continue;
            }
            names.add(text.text());
            Voice voice = BUNDLED.voices().stream().filter(v -> v.displayName().equals(text.text())).findFirst().orElseThrow();
            assertThat(BUNDLED.spectrum().bandAt(voice.placement().orElseThrow().position()).orElseThrow().label())
                    .as("band of %s", text.text()).isEqualTo(band);
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(BUNDLED.voices().stream().map(Voice::displayName).toList());
        String pdf = oneLine(String.join(" ", bundledPages()));
        assertThat(pdf).contains(names);
    }

    @Test
    void everyPageHasTheQuestionSourceAndItsNumber() throws IOException {
        List<String> pages = bundledPages();

        assertThat(pages).hasSizeGreaterThan(5);
        for (int i = 1; i <= pages.size(); i++) {
            assertThat(oneLine(pages.get(i - 1))).contains(BUNDLED.spectrum().question(), "Source: Russia Matters",
                    "Page " + i + " of " + pages.size());
        }
    }

    @Test
    void everyQuoteAppearsInFullWithItsCitationAndTheAnalystsPartIsLabelled() throws IOException {
        String text = oneLine(String.join(" ", bundledPages()));

        long placed = BUNDLED.voices().stream().filter(v -> v.placement().isPresent()).count();
        assertThat(count(text, "Analyst’s placement (StanceMap editors")).isEqualTo(placed);
        Voice allison = BUNDLED.voice("graham-t-allison").orElseThrow();
        for (Quote quote : allison.quotes()) {
            assertThat(text).contains(oneLine(quote.text()));
        }
        assertThat(text).contains("— The National Interest, 14 December 2018 · via Russia Matters")
                .contains("Placement rests on: “Given these structural realities");
    }

    @Test
    void theAnalystsOwnReasonIsMarkedAsNotTheExpertsWords() throws IOException {
        Voice allison = BUNDLED.voice("graham-t-allison").orElseThrow();
        Placement moved = new Placement(0.55, "Moved after the 2021 joint exercises.", OptionalDouble.of(0.5),
                "Jane Analyst", Instant.parse("2026-12-01T10:00:00Z"));
        Project project = BUNDLED.withVoice(allison.id(), v -> v.withPlacementAdded(moved));

        String text = oneLine(pdfText(project, BriefingOptions.defaults().withOnlyVoices(Optional.of(Set.of(allison.id())))));

        assertThat(text).contains("Analyst’s placement (Jane Analyst, 1 December 2026): 0.55, Alliance possible, confidence 0.5")
                .contains("Analyst’s rationale, not the expert’s words: Moved after the 2021 joint exercises.")
                // the phrase from his own quote stays the evidence
                .contains("Placement rests on: “Given these structural realities");
    }

    @Test
    void aLongQuoteWrapsInsideTheMarginsAndBreaksAcrossPages() throws IOException {
        String words = IntStream.range(0, 1500).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        String url = "https://example.org/" + "x".repeat(400);
        Project project = single(words + " " + url);

        QuoteAnnex annex = layout(project);

        assertThat(annex.pages()).hasSizeGreaterThan(3);
        for (QuoteAnnex.Page page : annex.pages()) {
            for (Drawable d : page.drawables()) {
                if (d instanceof Drawable.Text t) {
                    double right = t.x() + BriefingFonts.get().width(t.text(), t.size(), t.bold());
                    assertThat(right).as("right edge of %s", t.text()).isLessThanOrEqualTo(QuoteAnnex.PAGE_WIDTH - 50 + 1e-6);
                    assertThat(t.baseline()).isLessThan(QuoteAnnex.PAGE_HEIGHT - 20);
                }
            }
        }
        String quoted = annex.pages().stream().flatMap(p -> p.drawables().stream())
                .filter(d -> d instanceof Drawable.Text t && t.role().equals("quote"))
                .map(d -> ((Drawable.Text) d).text()).collect(Collectors.joining(" "));
        assertThat(quoted.replace(" ", "")).isEqualTo((words + url).replace(" ", ""));
        assertThat(pdfText(project)).contains("word0 word1", "word1498 word1499", "x".repeat(40));
    }

    @Test
    void untrustedArticleTextStaysText() throws IOException {
        String hostile = "=HYPERLINK(\"http://evil.example\") <script>alert(1)</script> \u001B]0;owned\u0007 "
                + "\u202Etxt.exe ../../etc/passwd";
        byte[] pdf = annex(single(hostile));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = oneLine(new PDFTextStripper().getText(document));
            assertThat(text).contains("=HYPERLINK(\"http://evil.example\")", "<script>alert(1)</script>",
                    "txt.exe ../../etc/passwd")
                    .doesNotContain("\u001B", "\u0007", "\u202E");
            for (PDPage page : document.getPages()) {
                assertThat(page.getAnnotations()).isEmpty();
            }
            assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(document.getDocumentCatalog().getNames()).isNull();
        }
    }

    private static Project single(String quoteText) {
        Placement placement = new Placement(0.3, "", OptionalDouble.empty(), "Test analyst",
                Instant.parse("2026-01-01T10:00:00Z"));
        Quote quote = new Quote(quoteText, new Citation("Test Weekly", CitationDate.unknown(""), "Test Weekly"));
        Voice voice = new Voice("v", List.of(new Person("Ann Example", "Fellow")), List.of(quote),
                Map.of("region", "Western"), List.of(placement), "");
        return new Project(BUNDLED.roundUp(), BUNDLED.spectrum(), new ArrayList<>(List.of(voice)));
    }

    private static QuoteAnnex layout(Project project) {
        BriefingExport export = new BriefingExport(ExportFormat.ANNEX, CanvasSize.MAP, 1, BriefingOptions.defaults());
        return QuoteAnnex.layout(project, BriefingOptions.defaults(), export.layout(project), BriefingFonts.get());
    }

    private static synchronized List<String> bundledPages() throws IOException {
        if (bundledPages == null) {
            try (PDDocument document = Loader.loadPDF(annex(BUNDLED, BriefingOptions.defaults()))) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setPageEnd("\f");
                bundledPages = List.of(stripper.getText(document).split("\f"));
            }
        }
        return bundledPages;
    }

    private static byte[] annex(Project project) throws IOException {
        return annex(project, BriefingOptions.defaults());
    }

    private static byte[] annex(Project project, BriefingOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BriefingExport(ExportFormat.ANNEX, CanvasSize.MAP, 1, options).write(project, out);
        return out.toByteArray();
    }

    private static String pdfText(Project project) throws IOException {
        return pdfText(project, BriefingOptions.defaults());
    }

    private static String pdfText(Project project, BriefingOptions options) throws IOException {
        try (PDDocument document = Loader.loadPDF(annex(project, options))) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static long count(String text, String part) {
        long n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
