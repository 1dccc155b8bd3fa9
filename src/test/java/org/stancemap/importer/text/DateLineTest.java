package org.stancemap.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DatePrecision;

/** Date lines as web pages set them: labelled, between separators, or followed by a reading time. */
class DateLineTest {

    private static CitationDate read(String line) {
        return DateLine.read(line).orElseThrow(() -> new AssertionError("not a date line: " + line));
    }

    @Test
    void labelsSeparatorsAndReadingTimesAroundTheDateAreLeftOut() {
        assertThat(read("June 3, 2024").start()).contains(LocalDate.of(2024, 6, 3));
        assertThat(read("Published: Feb. 11, 2024").text()).isEqualTo("Feb. 11, 2024");
        assertThat(read("Posted on 3 March 2024").start()).contains(LocalDate.of(2024, 3, 3));
        assertThat(read("Commentary | June 3, 2024 | 5 min read").text()).isEqualTo("June 3, 2024");
        assertThat(read("Nov 12, 2024 · 6 min read").start()).contains(LocalDate.of(2024, 11, 12));
        assertThat(read("2024-02-25").start()).contains(LocalDate.of(2024, 2, 25));
        assertThat(read("February 2024").precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void namesSentencesAndLongLinesAreNotDateLines() {
        assertThat(DateLine.read("June Smith")).isEmpty();
        assertThat(DateLine.read("On June 3, 2024, the council met.")).isEmpty();
        assertThat(DateLine.read("Jane Roe, Senior Fellow, Northbridge Institute")).isEmpty();
        assertThat(DateLine.read("June 3, 2024 " + "x".repeat(DateLine.MAX_LENGTH))).isEmpty();
    }
}
