package org.stancemap.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.Quote;
import org.stancemap.model.RoundUp;

import static org.assertj.core.api.Assertions.assertThat;

class CitationTextTest {

    private static final String TITLE = "Expert Round-Up: How Likely Is a China-Russia Military Alliance?";
    private static final String URL = "https://www.russiamatters.org/analysis/expert-round-how-likely-china-russia-military-alliance";
    private static final RoundUp ROUND_UP = new RoundUp(TITLE, Optional.of(LocalDate.of(2019, 6, 14)),
            List.of("Simon Saradzhyan", "Angelina Flood"), Optional.of("Russia Matters"), Optional.of(URL), List.of());

    private static Quote quote(String publication, CitationDate date) {
        return new Quote("They will not ally.", new Citation(publication, date, publication + ", " + date.text()));
    }

    private static final Quote NATIONAL_INTEREST =
            quote("The National Interest", CitationDate.day("12.14.18", LocalDate.of(2018, 12, 14)));

    @Test
    void aDayCitationNamesPublicationDayAndTheRoundUpItWasReadIn() {
        assertThat(CitationText.citation(NATIONAL_INTEREST, ROUND_UP)).isEqualTo(
                "The National Interest, 14 December 2018 · via Russia Matters, “" + TITLE + "”, 14 June 2019");
    }

    @Test
    void aDayIsWrittenOutWithoutALeadingZero() {
        assertThat(CitationText.date(CitationDate.day("06.05.19", LocalDate.of(2019, 6, 5)))).isEqualTo("5 June 2019");
    }

    @Test
    void aMonthIsShownAsAMonthNeverAsItsFirstDay() {
        CitationDate july = CitationDate.period("July 2017", DatePrecision.MONTH,
                LocalDate.of(2017, 7, 1), LocalDate.of(2017, 7, 31));

        assertThat(CitationText.date(july)).isEqualTo("July 2017");
        assertThat(CitationText.citation(quote("National Bureau of Asian Research", july), ROUND_UP))
                .startsWith("National Bureau of Asian Research, July 2017 · via ");
    }

    @Test
    void aYearIsShownAsAYear() {
        CitationDate year = CitationDate.period("'18", DatePrecision.YEAR,
                LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));

        assertThat(CitationText.date(year)).isEqualTo("2018");
    }

    @Test
    void aRangeIsShownAsWritten() {
        CitationDate range = CitationDate.period("2017-2018", DatePrecision.RANGE,
                LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31));

        assertThat(CitationText.date(range)).isEqualTo("2017-2018");
    }

    @Test
    void anUnreadableDateIsShownAsWrittenAndAnEmptyOneLeavesNoStrayComma() {
        assertThat(CitationText.citation(quote("Kommersant", CitationDate.unknown("spring")), ROUND_UP))
                .startsWith("Kommersant, spring · via ");
        assertThat(CitationText.citation(quote("Kommersant", CitationDate.unknown("")), ROUND_UP))
                .startsWith("Kommersant · via ");
    }

    @Test
    void aRoundUpWithoutPublisherStartsWithItsTitle() {
        RoundUp noPublisher = new RoundUp(TITLE, ROUND_UP.date(), ROUND_UP.authors(), Optional.empty(),
                ROUND_UP.url(), List.of());

        assertThat(CitationText.roundUpReference(noPublisher)).isEqualTo("“" + TITLE + "”, 14 June 2019");
    }

    @Test
    void aRoundUpWithoutDateEndsWithItsTitle() {
        RoundUp undated = new RoundUp(TITLE, Optional.empty(), ROUND_UP.authors(), ROUND_UP.publisher(),
                ROUND_UP.url(), List.of());

        assertThat(CitationText.roundUpReference(undated)).isEqualTo("Russia Matters, “" + TITLE + "”");
    }

    @Test
    void aRoundUpKnownByNothingLeavesOutTheViaPart() {
        RoundUp unknown = new RoundUp(" ", Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of());

        assertThat(CitationText.roundUpReference(unknown)).isEmpty();
        assertThat(CitationText.citation(NATIONAL_INTEREST, unknown)).isEqualTo("The National Interest, 14 December 2018");
        assertThat(CitationText.citationWithUrl(NATIONAL_INTEREST, unknown)).isEqualTo("The National Interest, 14 December 2018");
    }

    @Test
    void theClipboardCitationEndsWithTheRoundUpsUrlWhenItHasOne() {
        assertThat(CitationText.citationWithUrl(NATIONAL_INTEREST, ROUND_UP))
                .isEqualTo(CitationText.citation(NATIONAL_INTEREST, ROUND_UP) + ", " + URL);

        RoundUp noUrl = new RoundUp(TITLE, ROUND_UP.date(), ROUND_UP.authors(), ROUND_UP.publisher(),
                Optional.empty(), List.of());
        assertThat(CitationText.citationWithUrl(NATIONAL_INTEREST, noUrl)).endsWith("14 June 2019");
    }

    @Test
    void authorsAreJoinedAsInProse() {
        assertThat(CitationText.authors(ROUND_UP)).isEqualTo("Simon Saradzhyan and Angelina Flood");
        assertThat(CitationText.authors(new RoundUp(TITLE, Optional.empty(), List.of("A", "B", "C"), Optional.empty(),
                Optional.empty(), List.of()))).isEqualTo("A, B and C");
        assertThat(CitationText.authors(new RoundUp(TITLE, Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), List.of()))).isEmpty();
    }
}
