package org.stancemap.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names told by their shape: what is a name, what names nobody, and how labels of one person are matched. */
class SpeakerNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Jane Roe", "JANE ROE", "Dr. Jane Roe", "Amb. Roe", "Ursula von der Leyen",
        "Sam O’Neil", "Jean-Pierre Noël", "Roe", "Mohammed bin Salman"})
    void namesOfPeopleArePlausible(String name) {
        assertThat(SpeakerNames.isPlausible(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Expert Round-Up", "Note", "Source", "Editor's note", "Second", "The Bottom Line",
        "In 2016", "Unknown", "Anonymous senior banker", "Jane Roe, Fellow", "a senior official", "Vote",
        "One Two Three Four Five Six Seven", ""})
    void wordsThatOpenALineWithAColonButNameNoOneAreNot(String text) {
        assertThat(SpeakerNames.isPlausible(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"Dr. Jane Roe, jane roe", "JANE ROE, jane roe", "Amb. Roe, roe", "Jane A. Roe, jane a roe"})
    void keysIgnoreTitlesCapitalsAndFullStops(String name, String key) {
        assertThat(SpeakerNames.key(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"JANE O'NEIL-ROE, Jane O'Neil-Roe", "Jane McRoe, Jane McRoe", "DR. JANE ROE, Dr. Jane Roe"})
    void namesInCapitalsAreShownInTitleCaseAndOthersAsWritten(String name, String shown) {
        assertThat(SpeakerNames.displayed(name)).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Unknown", "Anonymous", "attributed to several people", "Various", "Author unknown"})
    void placeholdersForAMissingNameNameNobody(String text) {
        assertThat(SpeakerNames.isNobody(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Roe", "Attributed to Mark Twain"})
    void aNameOrAnAttributionToOneNamesSomebody(String text) {
        assertThat(SpeakerNames.isNobody(text)).isFalse();
    }
}
