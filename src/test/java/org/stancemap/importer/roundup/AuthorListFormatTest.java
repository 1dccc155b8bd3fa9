package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancemap.importer.roundup.FixtureFiles.entry;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.text.SourceDocuments;
import org.stancemap.model.Citation;
import org.stancemap.model.DatePrecision;

/** Author lists laid out with and without blank lines, with and without a known publisher. */
class AuthorListFormatTest {

    private final AuthorListFormat format = new AuthorListFormat();
    private final RoundUpFormats registry = RoundUpFormats.standard();

    private FormatReading read(String fixture) {
        RoundUpDraft draft = registry.read(FixtureFiles.document(fixture));
        assertThat(draft.chosen().format()).isInstanceOf(AuthorListFormat.class);
        return draft.reading();
    }

    private static List<FixtureFiles.Expected> found(FormatReading reading) {
        return reading.entries().stream().map(FixtureFiles::found).toList();
    }

    @Test
    void entriesSetOffByBlankLinesKeepTheirHeadlinesAndCoAuthors() {
        FormatReading reading = read("author-list-blank-lines.txt");

        assertThat(found(reading)).containsExactly(
                entry(7, 1, "Ingrid Solberg|Senior Fellow, Energy Security Program, Northbridge Institute"),
                entry(17, 1, "Marco Bellini|Director of Economic Studies, Northbridge Institute",
                        "Ayşe Demir|Visiting Fellow, Northbridge Institute"),
                entry(31, 1, "Kofi Boateng-Mensah|Adjunct Fellow, Maritime Security Initiative, Northbridge Institute"),
                entry(41, 1, "Hana Sato|Fellow, Northbridge Institute",
                        "Leilani Kahale|Research Associate, Northbridge Institute",
                        "Tomás Ibáñez|Nonresident Senior Fellow, Northbridge Institute"),
                entry(55, 1, "Olena Kovalenko-Shevchuk|Nonresident Fellow, Northbridge Institute"),
                entry(67, 1, "Jean-Luc Moreau|Senior Fellow, Northbridge Institute"),
                entry(75, 1, "Priya Raman|Economist and Fellow, Trade Program, Northbridge Institute"),
                entry(85, 1, "Erik Håkansson|Senior Advisor, Northbridge Institute"));
        assertThat(reading.entries()).allSatisfy(e -> assertThat(e.doubt()).isEmpty());
        assertThat(reading.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(65);
            assertThat(w.message()).startsWith("This line comes between two entries of the list");
        });
    }

    @Test
    void standfirstIsTheQuoteDatedByTheDateLineAndPublishedByThePagesPublisher() {
        FormatReading reading = read("author-list-blank-lines.txt");
        DraftQuote first = reading.entries().get(0).quotes().get(0);

        assertThat(first.text()).isEqualTo("Two winters without Russian pipeline gas have shown that Europe can cope, "
                + "but at a price its heavy industry is still paying.");
        assertThat(first.firstLine()).isEqualTo(13);
        assertThat(first.citation().publication()).isEqualTo("Northbridge Institute");
        assertThat(first.citation().date().start()).contains(LocalDate.of(2024, 6, 3));
        assertThat(first.citation().raw()).isEqualTo("Northbridge Institute, June 3, 2024");
        assertThat(reading.front().title()).isEqualTo("Commentary | Northbridge Institute");
        assertThat(reading.front().url()).contains("https://www.northbridge.example/commentary");
    }

    @Test
    void compactEntriesReadDatesOfEveryShapeAndAnEntryWithoutStandfirstIsNoVoice() {
        FormatReading reading = read("author-list-compact.txt");

        assertThat(found(reading)).containsExactly(
                entry(5, 1, "Kairat Nurlanovich Abenov|Senior Research Fellow, Astana Policy Institute"),
                entry(10, 1, "Dilnoza Karimova|Associate Professor, Westminster International University in Tashkent",
                        "Farrukh Ismoilov|Research Assistant, Westminster International University in Tashkent"),
                entry(16, 1, "Aigerim Seitkali|Director, Central Asian Energy Forum"),
                entry(20, 1, "Bakhtiyor Ergashev|Independent Analyst"),
                entry(24, 0, "Saule Zhaksybekova|Researcher, Eurasian Analytical Centre"),
                entry(27, 1, "Gulnara Bekmurzaeva|Senior Lecturer, American University of Central Asia"),
                entry(32, 1, "Timur Dadabaev-Ross|Professor, Institute of Oriental Studies"));
        assertThat(reading.warnings()).extracting(ImportWarning::line).containsExactly(24);
        assertThat(reading.warnings().get(0).message()).contains("no standfirst");
        assertThat(reading.entries().stream().filter(DraftEntry::becomesVoice)).hasSize(6);

        List<Citation> citations = reading.entries().stream().flatMap(e -> e.quotes().stream())
                .map(DraftQuote::citation).toList();
        assertThat(citations).extracting(c -> c.date().iso())
                .containsExactly("2024-03-03", "2024-02-25", "2024-02-18", "2024-02-11", "2024-02", "2024-01-28");
        assertThat(citations.get(4).date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(citations).allSatisfy(c -> assertThat(c.publication()).isEmpty());
        assertThat(citations.get(0).raw()).isEqualTo("3 March 2024");
    }

    @Test
    void standfirstWrappedOverLinesIsOneQuoteAndAReadMoreLineEndsIt() {
        List<DraftEntry> entries = read("author-list-compact.txt").entries();

        DraftQuote abenov = entries.get(0).quotes().get(0);
        assertThat(abenov.firstLine()).isEqualTo(7);
        assertThat(abenov.lastLine()).isEqualTo(8);
        assertThat(abenov.text()).contains("room for manoeuvre between Moscow");
        assertThat(entries.get(5).quotes().get(0).lastLine()).isEqualTo(29);
    }

    @Test
    void denseListWithBylinesAndReadingTimesTakesItsPublisherFromTheWebAddress() {
        FormatReading reading = read("author-list-dense.txt");

        assertThat(found(reading)).containsExactly(
                entry(4, 1, "Siobhán Ní Bhriain|Political Editor, The Harbour Review"),
                entry(7, 1, "Conor Walsh|Contributing Writers", "Aoife Brennan|Contributing Writers"),
                entry(10, 1, "Dr. Mehmet Yilmaz|Lecturer in Urban Planning, Trinity College Dublin"),
                entry(14, 1, "Gráinne O’Donovan|Chief Economist, Celtic Bank"),
                entry(17, 1, "Pádraig de Búrca|Senior Reporter"));
        assertThat(reading.warnings()).isEmpty();
        Citation first = reading.entries().get(0).quotes().get(0).citation();
        assertThat(first.publication()).isEqualTo("harbourreview.example");
        assertThat(first.date().text()).isEqualTo("Nov 12, 2024");
        assertThat(first.date().start()).contains(LocalDate.of(2024, 11, 12));
    }

    @Test
    void seedUncitedBlocksAndOtherShapesAreNotThisShape() {
        assertThat(format.recognise(SourceDocuments.of(SeedText.roundUp(), SeedText.ROUND_UP))).isZero();
        for (String fixture : List.of("uncited-blocks-comma-roles.txt", "uncited-blocks-bracketed.txt",
                "uncited-blocks-two-line.txt", "uncited-blocks-glued.txt")) {
            assertThat(format.recognise(FixtureFiles.document(fixture))).as(fixture).isLessThan(0.05);
        }
        for (String text : List.of(OtherShapes.TRANSCRIPT, OtherShapes.QUOTE_SHEET, OtherShapes.VOTE_PANEL)) {
            assertThat(format.recognise(SourceDocuments.of(text, "other"))).as(text).isLessThan(0.05);
        }
    }
}
