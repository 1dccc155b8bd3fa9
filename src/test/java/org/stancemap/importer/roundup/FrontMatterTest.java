package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.text.SourceDocuments;

/** Title, date, byline, address and introduction, as read from the opening of plain text, Markdown and pages. */
class FrontMatterTest {

    private static FrontMatter read(String text, String name) {
        return FrontMatter.read(SourceDocuments.of(text, name).paragraphs());
    }

    private static FrontMatter fixture(String name) {
        return new RoundUpImporter().draft(FixtureFiles.text(name), name).front();
    }

    // --- plain text: the line before the date line is the title ---

    @Test
    void plainTextTakesTheLineBeforeTheDateLineAsTitleAndTheNamesAfterItAsByline() {
        FrontMatter front = read("""
                Delegates in Geneva, May 2021.

                Expert Round-Up: Will the Grain Deal Hold?

                June 14, 2019
                Jane Roe and John Doe

                We asked four experts.
                """, "roundup.txt");

        assertThat(front.title()).isEqualTo("Expert Round-Up: Will the Grain Deal Hold?");
        assertThat(front.date()).contains(LocalDate.of(2019, 6, 14));
        assertThat(front.authors()).containsExactly("Jane Roe", "John Doe");
        assertThat(front.url()).isEmpty();
        assertThat(front.intro()).containsExactly("We asked four experts.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Published: Feb. 11, 2024; 2024-02-11",
            "Updated 12 January 2025; 2025-01-12",
            "Nov 12, 2024 · 6 min read; 2024-11-12",
            "March 2, 2025 | 5 min read; 2025-03-02",
            "Commentary | June 3, 2024; 2024-06-03"})
    void aLabelledDateLineIsTheDateLine(String dateLine, LocalDate day) {
        FrontMatter front = read("Will the Grain Deal Hold?\n\n" + dateLine + "\n\nJane Roe\n\nWe asked four experts.",
                "roundup.txt");

        assertThat(front.title()).isEqualTo("Will the Grain Deal Hold?");
        assertThat(front.date()).contains(day);
        assertThat(front.authors()).containsExactly("Jane Roe");
        assertThat(front.intro()).containsExactly("We asked four experts.");
    }

    @Test
    void aLineThatOnlyHoldsADateInALongerSentenceIsNotTheDateLine() {
        FrontMatter front = read("Will the Grain Deal Hold?\n\nOn June 3, 2024, the ministers met in Geneva and could "
                + "not agree on anything at all, as expected.\n\nWe asked four experts.", "roundup.txt");

        assertThat(front.date()).isEmpty();
        assertThat(front.title()).isEqualTo("Will the Grain Deal Hold?");
    }

    @Test
    void aWebAddressIsTheUrlNeverTheTitleWhereverItStands() {
        FrontMatter front = read("https://example.org/grain-deal\n\nWill the Grain Deal Hold?\n\nWe asked four experts.",
                "roundup.txt");

        assertThat(front.title()).isEqualTo("Will the Grain Deal Hold?");
        assertThat(front.url()).contains("https://example.org/grain-deal");
        assertThat(front.intro()).containsExactly("We asked four experts.");
    }

    @Test
    void aWebAddressBetweenTitleAndDateLineLeavesTheTitleToTheLineAboveIt() {
        FrontMatter front = read("Will the Grain Deal Hold?\nhttps://example.org/grain-deal\nJune 3, 2024\n"
                + "By Jane Roe\nWe asked four experts.", "roundup.txt");

        assertThat(front.title()).isEqualTo("Will the Grain Deal Hold?");
        assertThat(front.url()).contains("https://example.org/grain-deal");
        assertThat(front.date()).contains(LocalDate.of(2024, 6, 3));
        assertThat(front.authors()).containsExactly("Jane Roe");
    }

    @Test
    void aDateLineWithOnlyAWebAddressAboveItIsNotPrecededByATitle() {
        FrontMatter front = read("https://example.org/grain-deal\nJune 3, 2024\nWill the Grain Deal Hold?\n"
                + "We asked four experts.", "roundup.txt");

        assertThat(front.title()).isEqualTo("Will the Grain Deal Hold?");
        assertThat(front.date()).contains(LocalDate.of(2024, 6, 3));
        assertThat(front.url()).contains("https://example.org/grain-deal");
        assertThat(front.intro()).containsExactly("We asked four experts.");
    }

    // --- markup: the first heading is the title ---

    @Test
    void aHeadingIsTheTitleWhenTheBylineComesBeforeTheDateLine() {
        FrontMatter front = read("# Will the Grain Deal Hold?\n\nBy Jane Roe and John Doe\n\nJune 3, 2024\n\n"
                + "We asked four experts.", "roundup.md");

        assertThat(front.title()).isEqualTo("Will the Grain Deal Hold?");
        assertThat(front.authors()).containsExactly("Jane Roe", "John Doe");
        assertThat(front.date()).contains(LocalDate.of(2024, 6, 3));
        assertThat(front.intro()).containsExactly("We asked four experts.");
    }

    @Test
    void namesBetweenTheHeadingAndTheDateLineAreTheBylineWithoutBy() {
        FrontMatter front = read("# Will the Grain Deal Hold?\n\nJane Roe\n\nPublished: June 3, 2024\n\n"
                + "We asked four experts.", "roundup.md");

        assertThat(front.authors()).containsExactly("Jane Roe");
        assertThat(front.date()).contains(LocalDate.of(2024, 6, 3));
        assertThat(front.intro()).containsExactly("We asked four experts.");
    }

    @Test
    void aBylineSayingByRightAfterTheHeadingIsReadWithoutADateLine() {
        FrontMatter front = read("# Will the Grain Deal Hold?\n\nBy Jane Roe and John Doe\n\nWe asked four experts.",
                "roundup.md");

        assertThat(front.title()).isEqualTo("Will the Grain Deal Hold?");
        assertThat(front.authors()).containsExactly("Jane Roe", "John Doe");
        assertThat(front.date()).isEmpty();
        assertThat(front.intro()).containsExactly("We asked four experts.");
    }

    @Test
    void namesWithoutByOrADateLineAfterTheHeadingAreNotABylineButText() {
        FrontMatter front = read("# Will the Grain Deal Hold?\n\nJane Roe and John Doe\n\nWe asked four experts.",
                "roundup.md");

        assertThat(front.authors()).isEmpty();
        assertThat(front.intro()).containsExactly("Jane Roe and John Doe", "We asked four experts.");
    }

    @Test
    void aDateLineAboveTheHeadingDatesTheRoundUpAndTheKickerIsLeftOut() {
        FrontMatter front = read("Commentary | June 3, 2024\n\n# Will the Grain Deal Hold?\n\nBy Jane Roe\n\n"
                + "We asked four experts.", "roundup.md");

        assertThat(front.title()).isEqualTo("Will the Grain Deal Hold?");
        assertThat(front.date()).contains(LocalDate.of(2024, 6, 3));
        assertThat(front.authors()).containsExactly("Jane Roe");
        assertThat(front.intro()).containsExactly("We asked four experts.");
    }

    @Test
    void aPlainTitleDateAndBylineAboveTheFirstHeadingKeepTheTitleAndTheHeadingStartsTheIntroduction() {
        FrontMatter front = read("Will the Grain Deal Hold?\n\nJune 3, 2024\n\nBy Jane Roe\n\n## Background\n\n"
                + "We asked four experts.", "roundup.md");

        assertThat(front.title()).isEqualTo("Will the Grain Deal Hold?");
        assertThat(front.date()).contains(LocalDate.of(2024, 6, 3));
        assertThat(front.authors()).containsExactly("Jane Roe");
        assertThat(front.intro()).containsExactly("Background", "We asked four experts.");
    }

    @Test
    void aCaptionAndDateAboveTheHeadingDoNotMakeTheCaptionTheTitle() {
        FrontMatter front = read("Delegates in Geneva\n\nJune 3, 2024\n\n# Will the Grain Deal Hold?\n\n"
                + "We asked four experts.", "roundup.md");

        assertThat(front.title()).isEqualTo("Will the Grain Deal Hold?");
        assertThat(front.date()).contains(LocalDate.of(2024, 6, 3));
        assertThat(front.intro()).containsExactly("We asked four experts.");
    }

    // --- a page-to-Markdown tool's header ---

    @Test
    void aScraperHeaderGivesTheUrlAndStandsInForAMissingDate() {
        FrontMatter front = read("""
                Title: Will the Grain Deal Hold?

                URL Source: https://example.org/grain-deal

                Published Time: 2023-08-02T09:00:00+00:00

                Markdown Content:
                Will the Grain Deal Hold?
                =========================

                By Jane Roe

                We asked four experts.
                """, "roundup.md");

        assertThat(front.title()).isEqualTo("Will the Grain Deal Hold?");
        assertThat(front.url()).contains("https://example.org/grain-deal");
        assertThat(front.date()).contains(LocalDate.of(2023, 8, 2));
        assertThat(front.authors()).containsExactly("Jane Roe");
        assertThat(front.intro()).containsExactly("We asked four experts.");
    }

    @Test
    void theDateTheScrapedPageGivesUnderItsTitleComesBeforeTheScraperHeaders() {
        FrontMatter front = read("""
                URL Source: https://example.org/grain-deal

                Published Time: 2023-08-09T09:00:00+00:00

                Markdown Content:
                # Will the Grain Deal Hold?

                Updated 2 August 2023

                We asked four experts.
                """, "roundup.md");

        assertThat(front.date()).contains(LocalDate.of(2023, 8, 2));
        assertThat(front.url()).contains("https://example.org/grain-deal");
        assertThat(front.intro()).containsExactly("We asked four experts.");
    }

    // --- the page fixtures, through the importer ---

    @Test
    void scraperFixtureKeepsItsUrlSource() {
        FrontMatter front = fixture("page-scraper.md");

        assertThat(front.title()).isEqualTo("Expert Round-Up: Can the Black Sea Grain Corridor Be Revived?");
        assertThat(front.date()).contains(LocalDate.of(2023, 8, 2));
        assertThat(front.authors()).containsExactly("Ana Ortiz", "Li Wei");
        assertThat(front.url()).contains("https://www.blacksea-review.example/analysis/grain-corridor-round-up");
        assertThat(front.intro()).containsExactly("The corridor that carried thirty million tonnes of grain closed in "
                + "July. We asked four experts whether it can be revived, and on what terms.");
    }

    @Test
    void thinkTankFixtureReadsItsHeadingDateBylineAndCanonicalAddress() {
        FrontMatter front = fixture("page-thinktank.html");

        assertThat(front.title()).isEqualTo("Expert Round-Up: Will the Arctic Council Survive?");
        assertThat(front.date()).contains(LocalDate.of(2023, 3, 9));
        assertThat(front.authors()).containsExactly("Ana Ortiz", "Li Wei");
        assertThat(front.url()).contains("https://www.northbridge.example/analysis/arctic-council-round-up");
        assertThat(front.intro()).hasSize(2);
    }

    @Test
    void furnitureFixtureReadsItsHeadingDateBylineAndAddress() {
        FrontMatter front = fixture("page-furniture.html");

        assertThat(front.title()).isEqualTo("Five experts on whether the Danube can replace the Black Sea route");
        assertThat(front.date()).contains(LocalDate.of(2024, 5, 21));
        assertThat(front.authors()).containsExactly("Tom Hale");
        assertThat(front.url()).contains("https://riverside.example/world/2024/05/danube-experts");
    }
}
