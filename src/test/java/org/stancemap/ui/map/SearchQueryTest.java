package org.stancemap.ui.map;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTest {

    @Test
    void matchesPointAtTheOriginalCharactersEvenWhereFoldingDropsAccents() {
        String text = "Lavrov’s « détente » and Medvedev’s détente";

        List<SearchQuery.Span> found = SearchQuery.matches(text, "DETENTE lavrov's");

        assertThat(found).extracting(span -> text.substring(span.start(), span.end()))
                .containsExactly("Lavrov’s", "détente", "détente");
    }

    @Test
    void aPhraseIsFoundWholeOrNotAtAll() {
        String text = "Still, a Russia-China defense alliance is a far-fetched possibility.";

        assertThat(SearchQuery.find(text, " A FAR-fetched possibility ")).contains(new SearchQuery.Span(42, 67));
        assertThat(SearchQuery.find(text, "a near possibility")).isEmpty();
        assertThat(SearchQuery.find(text, "  ")).isEmpty();
    }

    @Test
    void aBlankQueryMatchesNothingAndHasNoWords() {
        assertThat(SearchQuery.words("   ")).isEmpty();
        assertThat(SearchQuery.matches("anything", "")).isEmpty();
    }
}
