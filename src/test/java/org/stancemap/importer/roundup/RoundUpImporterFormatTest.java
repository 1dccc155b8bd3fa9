package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.importer.ImportResult;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.SeedText;

/** The round-up format on texts other than the seed: a different question, shapes the seed lacks, broken input. */
class RoundUpImporterFormatTest {

    private static final String ARCTIC = """
            A container ship in the Northern Sea Route, August 2021.

            Expert Round-Up: Will Arctic Shipping Replace the Suez Route?

            March 3, 2022
            By Ana Ortiz & Li Wei

            Shipping lines are weighing the Arctic as the ice retreats, and the experts we read disagree.

            As the ice retreats, shipping lines ask whether the route could replace the canal.

            Marta Nováková, Professor of Maritime Economics, University of Gdańsk

            The route is seasonal and will stay seasonal for decades. (Lloyd’s List, 05.09.21)

            Insurers still price an Arctic passage as an expedition, not a voyage … (Maritime Review, May-June 2018)

            Olav Berg and Chen Yu, Senior Analyst and Research Fellow, respectively, Arctic Institute (Tromsø)

            [T]he numbers tell a story of slow, steady growth. (Arctic Yearbook, 2017-2018)

            Sam O’Neil, Captain (retired)

            “I would not send a laden box ship through there in October.” (Interview, 2019)
            """;

    private final RoundUpImporter importer = new RoundUpImporter();

    @Test
    void syntheticRoundUpWithThreeVoicesImportsWithoutWarnings() {
        ImportResult<Project> result = importer.importText(ARCTIC);
        Project project = result.value();

        assertThat(result.warnings()).isEmpty();
        assertThat(project.roundUp().title()).isEqualTo("Expert Round-Up: Will Arctic Shipping Replace the Suez Route?");
        assertThat(project.roundUp().date()).contains(LocalDate.of(2022, 3, 3));
        assertThat(project.roundUp().authors()).containsExactly("Ana Ortiz", "Li Wei");
        assertThat(project.roundUp().intro()).hasSize(2);
        assertThat(project.spectrum().question()).isEqualTo("Will Arctic shipping replace the Suez route?");
        assertThat(project.voices()).extracting(Voice::id)
                .containsExactly("marta-novakova", "olav-berg-and-chen-yu", "sam-oneil");
        assertThat(project.voices().get(1).people()).containsExactly(
                new Person("Olav Berg", "Senior Analyst, Arctic Institute (Tromsø)"),
                new Person("Chen Yu", "Research Fellow, Arctic Institute (Tromsø)"));
        assertThat(project.voices().get(2).people()).containsExactly(new Person("Sam O’Neil", "Captain (retired)"));
        assertThat(project.voices().get(2).quotes().get(0).text())
                .isEqualTo("“I would not send a laden box ship through there in October.”");
    }

    @Test
    void citationDatesKeepTheirPrecisionAndOriginalText() {
        List<Voice> voices = importer.importText(ARCTIC).value().voices();
        var day = voices.get(0).quotes().get(0).citation();
        var monthRange = voices.get(0).quotes().get(1).citation();
        var yearRange = voices.get(1).quotes().get(0).citation();
        var year = voices.get(2).quotes().get(0).citation();

        assertThat(day.publication()).isEqualTo("Lloyd’s List");
        assertThat(day.date().start()).contains(LocalDate.of(2021, 5, 9));
        assertThat(monthRange.date().precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(monthRange.date().text()).isEqualTo("May-June 2018");
        assertThat(monthRange.date().start()).contains(LocalDate.of(2018, 5, 1));
        assertThat(monthRange.date().end()).contains(LocalDate.of(2018, 6, 30));
        assertThat(yearRange.date().precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(yearRange.date().iso()).isEqualTo("2017-01-01/2018-12-31");
        assertThat(year.date().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(year.date().iso()).isEqualTo("2019");
    }

    @Test
    void windowsAndOldMacLineEndingsAndAByteOrderMarkImportIdenticallyToLf() {
        String seed = SeedText.roundUp();
        ImportResult<Project> lf = importer.importText(seed);

        assertThat(importer.importText(seed.replace("\n", "\r\n"))).isEqualTo(lf);
        assertThat(importer.importText(seed.replace("\n", "\r"))).isEqualTo(lf);
        assertThat(importer.importText("\uFEFF" + seed.replace("\n", "\r\n"))).isEqualTo(lf);
    }

    @Test
    void paragraphWithoutCitationInsideAnEntryIsWarnedWithItsLine() {
        String text = ARCTIC.replace("(Lloyd’s List, 05.09.21)", "");

        ImportResult<Project> result = importer.importText(text);

        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.line()).isEqualTo(14);
            assertThat(warning.message()).contains("does not end with a citation");
        });
        assertThat(result.value().voices().get(0).quotes()).hasSize(1);
    }

    @Test
    void unreadableCitationDateIsKeptAsUnknownAndWarnedWithItsLine() {
        String text = ARCTIC.replace("(Interview, 2019)", "(Interview, Spring 2019)");

        ImportResult<Project> result = importer.importText(text);

        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.line()).isEqualTo(24);
            assertThat(warning.message()).contains("Spring 2019");
        });
        var citation = result.value().voices().get(2).quotes().get(0).citation();
        assertThat(citation.publication()).isEqualTo("Interview");
        assertThat(citation.date().precision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(citation.date().text()).isEqualTo("Spring 2019");
    }

    @Test
    void quoteBeforeAnyExpertHeaderIsKeptAsIntroductionWithAWarning() {
        String text = "Round-Up: Is It Cold?\n\nIntro text.\n\nNot a header because it is a sentence.\n\n"
                + "Cold, it is. (Weather Weekly, 01.02.20)\n";

        ImportResult<Project> result = importer.importText(text);

        assertThat(result.value().voices()).isEmpty();
        assertThat(result.value().roundUp().intro()).contains("Cold, it is. (Weather Weekly, 01.02.20)");
        assertThat(result.warnings()).extracting(ImportWarning::line).containsExactly(0, 7);
    }

    @Test
    void headerWithoutQuotesIsWarnedAndTheNextHeaderOpensTheEntry() {
        String text = "Round-Up: Orphans?\n\nJane Roe, Fellow\n\nOne. (Review, 2020)\n\nJohn Doe, Editor\n\n"
                + "Ann Lee, Fellow\n\nTwo. (Review, 2021)\n";

        ImportResult<Project> result = importer.importText(text);

        assertThat(result.value().voices()).extracting(Voice::id).containsExactly("jane-roe", "ann-lee");
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.line()).isEqualTo(7);
            assertThat(warning.message()).contains("no quote follows it");
        });
        assertThat(result.value().roundUp().authors()).isEmpty();
    }

    @Test
    void emptyTextImportsAnEmptyProjectWithWarnings() {
        ImportResult<Project> result = importer.importText("");

        assertThat(result.value().voices()).isEmpty();
        assertThat(result.value().roundUp().title()).isEmpty();
        assertThat(result.warnings()).hasSize(2).allSatisfy(w -> assertThat(w.line()).isZero());
    }

    @Test
    void hardWrappedQuoteParagraphsAreJoinedIntoOneQuote() {
        String text = """
                Round-Up: Wrapped?

                Jane Roe, Fellow, Institute
                of Things

                This quote was wrapped
                by an editor at seventy columns. (Review, 2020)
                Another quote follows at once. (Review, 2021)
                """;

        Voice voice = importer.importText(text).value().voices().get(0);

        assertThat(voice.people()).containsExactly(new Person("Jane Roe", "Fellow, Institute of Things"));
        assertThat(voice.quotes()).extracting(q -> q.text())
                .containsExactly("This quote was wrapped by an editor at seventy columns.", "Another quote follows at once.");
    }

    @Test
    void textWithoutBlankLinesReadsEveryLineAsAParagraph() {
        String text = "Round-Up: Dense?\nJane Roe, Fellow\nOne. (Review, 2020)\nTwo. (Review, 2021)\n"
                + "John Doe, Editor\nThree. (Review, 2022)\n";

        Project project = importer.importText(text).value();

        assertThat(project.voices()).extracting(Voice::id).containsExactly("jane-roe", "john-doe");
        assertThat(project.voices().get(0).quotes()).hasSize(2);
    }

    @Test
    void threePeopleRespectivelyHeaderPairsNamesWithRolesByCount() {
        String text = "Round-Up: Three?\n\nAnn Lee, Bo Park and Cy Moon, Director, Fellow and Intern, respectively, Lab\n\n"
                + "We agree. (Lab Notes, 2020)\n";

        Voice voice = importer.importText(text).value().voices().get(0);

        assertThat(voice.people()).containsExactly(new Person("Ann Lee", "Director, Lab"),
                new Person("Bo Park", "Fellow, Lab"), new Person("Cy Moon", "Intern, Lab"));
        assertThat(voice.id()).isEqualTo("ann-lee-and-bo-park-and-cy-moon");
    }

    @Test
    void repeatedEntryOfTheSamePersonGetsANumberedId() {
        String text = "Round-Up: Twice?\n\nJane Roe, Fellow\n\nOne. (Review, 2020)\n\nJane Roe, Fellow\n\n"
                + "Two. (Review, 2021)\n\nJane Roe, Fellow\n\nThree. (Review, 2022)\n";

        assertThat(importer.importText(text).value().voices()).extracting(Voice::id)
                .containsExactly("jane-roe", "jane-roe-2", "jane-roe-3");
    }

    @Test
    void citationWithCommasInItsDateReadsTheLongestDate() {
        String text = "Round-Up: Commas?\n\nJane Roe, Fellow\n\nOne. (New York Times, June 14, 2019)\n\n"
                + "Two. (Smith, Jones and Co., 2018)\n";

        List<Voice> voices = importer.importText(text).value().voices();
        var first = voices.get(0).quotes().get(0).citation();
        var second = voices.get(0).quotes().get(1).citation();

        assertThat(first.publication()).isEqualTo("New York Times");
        assertThat(first.date().start()).contains(LocalDate.of(2019, 6, 14));
        assertThat(second.publication()).isEqualTo("Smith, Jones and Co.");
        assertThat(second.date().precision()).isEqualTo(DatePrecision.YEAR);
    }
}
