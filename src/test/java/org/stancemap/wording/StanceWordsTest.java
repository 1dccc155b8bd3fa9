package org.stancemap.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class StanceWordsTest {

    private static List<String> shown(String text) {
        return StanceWords.find(text).stream().map(m -> m.words() + ":" + m.kind()).toList();
    }

    @Test
    void findsTheLongestPhraseSoAScaleTermIsOneMark() {
        assertThat(shown("An alliance is very unlikely, though not impossible."))
                .containsExactly("very unlikely:ESTIMATIVE", "not:NEGATION", "impossible:ESTIMATIVE");
        assertThat(shown("There is almost no chance of that.")).containsExactly("almost no chance:ESTIMATIVE");
        assertThat(shown("It is more likely than not.")).containsExactly("more likely than not:ESTIMATIVE");
    }

    @Test
    void matchesWholeWordsOnlySoLikelyIsNotFoundInsideUnlikely() {
        assertThat(shown("Unlikely.")).containsExactly("Unlikely:ESTIMATIVE");
        assertThat(shown("notable, nowhere, canny, mayor, willow")).containsExactly("nowhere:NEGATION");
    }

    @Test
    void contractionsWithNotAreNegationsWhicheverApostropheIsUsed() {
        assertThat(shown("Moscow won't, Beijing can\u2019t and they don't."))
                .containsExactly("won't:NEGATION", "can\u2019t:NEGATION", "don't:NEGATION");
    }

    @Test
    void ignoresCaseAndKeepsTheWordsAsWrittenWithTheirOffsets() {
        String text = "They WILL Probably  Not ally.";
        List<WordMark> marks = StanceWords.find(text);
        assertThat(marks).extracting(WordMark::kind)
                .containsExactly(WordKind.MODAL, WordKind.ESTIMATIVE, WordKind.NEGATION);
        for (WordMark mark : marks) {
            assertThat(text.substring(mark.start(), mark.end())).isEqualTo(mark.words());
        }
        assertThat(marks.get(1).words()).isEqualTo("Probably");
    }

    @Test
    void hedgesModalsAndComparativesAreTheirOwnKinds() {
        assertThat(shown("Perhaps they may grow closer, to some extent."))
                .containsExactly("Perhaps:HEDGE", "may:MODAL", "closer:COMPARATIVE", "to some extent:HEDGE");
    }

    @Test
    void kindOfNamesAWholePhraseOnly() {
        assertThat(StanceWords.kindOf("very unlikely")).contains(WordKind.ESTIMATIVE);
        assertThat(StanceWords.kindOf("Very \n Unlikely")).as("words across a line break").contains(WordKind.ESTIMATIVE);
        assertThat(StanceWords.kindOf(" never ")).contains(WordKind.NEGATION);
        assertThat(StanceWords.kindOf("never again")).isEmpty();
        assertThat(StanceWords.kindOf("alliance")).isEmpty();
    }

    @Test
    void everyKindHasWordsAndNoPhraseIsListedTwice() {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (WordKind kind : EnumSet.allOf(WordKind.class)) {
            assertThat(StanceWords.phrases(kind)).as(kind.label()).isNotEmpty();
            for (String phrase : StanceWords.phrases(kind)) {
                if (!seen.add(phrase)) {
                    twice.add(phrase);
                }
                assertThat(StanceWords.kindOf(phrase)).as(phrase).contains(kind);
            }
        }
        assertThat(twice).isEmpty();
    }

    @Property
    void marksAreInOrderDisjointAndCoverExactlyTheirWords(@ForAll String text) {
        int previousEnd = 0;
        for (WordMark mark : StanceWords.find(text)) {
            assertThat(mark.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(mark.start(), mark.end())).isEqualTo(mark.words());
            previousEnd = mark.end();
        }
    }
}
