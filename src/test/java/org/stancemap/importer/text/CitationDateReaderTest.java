package org.stancemap.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DatePrecision;

/** Each date shape a citation is written in, read at its own precision with its text kept. */
class CitationDateReaderTest {

    @ParameterizedTest(name = "{0} is {1} from {2} to {3}")
    @CsvSource(delimiter = '|', value = {
        "12.14.18         | DAY   | 2018-12-14 | 2018-12-14",
        "04.25.17         | DAY   | 2017-04-25 | 2017-04-25",
        "07.31.98         | DAY   | 1998-07-31 | 1998-07-31",
        "12/14/2018       | DAY   | 2018-12-14 | 2018-12-14",
        "6-14-2019        | DAY   | 2019-06-14 | 2019-06-14",
        "2019-06-14       | DAY   | 2019-06-14 | 2019-06-14",
        "June 14, 2019    | DAY   | 2019-06-14 | 2019-06-14",
        "14 June 2019     | DAY   | 2019-06-14 | 2019-06-14",
        "July 2017        | MONTH | 2017-07-01 | 2017-07-31",
        "Sept. 2018       | MONTH | 2018-09-01 | 2018-09-30",
        "Feb 2020         | MONTH | 2020-02-01 | 2020-02-29",
        "2018             | YEAR  | 2018-01-01 | 2018-12-31",
        "2017-2018        | RANGE | 2017-01-01 | 2018-12-31",
        "2017–18          | RANGE | 2017-01-01 | 2018-12-31",
        "May-June 2018    | RANGE | 2018-05-01 | 2018-06-30",
        "Dec 2018-Jan 2019| RANGE | 2018-12-01 | 2019-01-31",
        "June 5-7, 2019   | RANGE | 2019-06-05 | 2019-06-07",
    })
    void readsEachShapeAtItsPrecision(String text, DatePrecision precision, LocalDate start, LocalDate end) {
        CitationDate date = CitationDateReader.read(text);

        assertThat(date.text()).isEqualTo(text);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.start()).contains(start);
        assertThat(date.end()).contains(end);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Spring 2019", "13.45.18", "02.30.18", "2019-2017", "June-May 2018", "n.d.",
        "12.14.18.", "123456789", "Mayday 2018", "99999999999999999999"})
    void unreadableDateIsUnknownWithItsTextKept(String text) {
        CitationDate date = CitationDateReader.read(text);

        assertThat(date.precision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(date.text()).isEqualTo(text);
    }
}
