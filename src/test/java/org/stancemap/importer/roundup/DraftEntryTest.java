package org.stancemap.importer.roundup;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.stancemap.model.Citation;
import org.stancemap.model.Person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changes the review makes to an entry: merge, split, and moving quotes in and out. */
class DraftEntryTest {

    private static final Person ANN = new Person("Ann Ames", "Fellow");
    private static final Person BEN = new Person("Ben Brook", "Professor");

    private static DraftQuote quote(int line) {
        return new DraftQuote("Said on line " + line + ".", Citation.unstated(), line, line);
    }

    @Test
    void mergingKeepsTheEarlierEntrysPeopleFirstAndEveryQuoteInSourceOrder() {
        DraftEntry earlier = DraftEntry.expert(List.of(ANN), 10, List.of(quote(12), quote(30)));
        DraftEntry later = DraftEntry.expert(List.of(new Person("Ann Ames", "Senior Fellow"), BEN), 20,
                List.of(quote(22)));

        DraftEntry merged = later.mergedWith(earlier);

        assertThat(merged.people()).containsExactly(ANN, BEN);
        assertThat(merged.firstLine()).isEqualTo(10);
        assertThat(merged.quotes()).extracting(DraftQuote::firstLine).containsExactly(12, 22, 30);
        assertThat(merged.role()).isEqualTo(EntryRole.EXPERT);
    }

    @Test
    void mergingAStrayParagraphIntoAnExpertKeepsTheExpertAndTheDoubtAndStance() {
        StatedStance agree = new StatedStance("Agree", 0.7, OptionalDouble.of(0.8));
        DraftEntry expert = DraftEntry.expert(List.of(ANN), 1, List.of(quote(2))).withStance(agree);
        DraftEntry stray = new DraftEntry(List.of(), 3, List.of(quote(3)), EntryRole.NOT_AN_EXPERT,
                Optional.of("No speaker was named for this paragraph."), Optional.empty());

        DraftEntry merged = expert.mergedWith(stray);

        assertThat(merged.role()).isEqualTo(EntryRole.EXPERT);
        assertThat(merged.people()).containsExactly(ANN);
        assertThat(merged.doubt()).contains("No speaker was named for this paragraph.");
        assertThat(merged.stance()).contains(agree);
        assertThat(merged.becomesVoice()).isTrue();
    }

    @Test
    void twoModeratorTurnsMergeIntoOneModeratorEntry() {
        DraftEntry first = DraftEntry.expert(List.of(ANN), 1, List.of(quote(2))).withRole(EntryRole.MODERATOR);
        DraftEntry second = DraftEntry.expert(List.of(ANN), 5, List.of(quote(6))).withRole(EntryRole.MODERATOR);

        assertThat(first.mergedWith(second).role()).isEqualTo(EntryRole.MODERATOR);
    }

    @Test
    void splittingLeavesTheEarlyQuotesAndGivesTheRestToANewExpertFromThatQuotesLine() {
        DraftEntry entry = new DraftEntry(List.of(ANN), 1, List.of(quote(3), quote(5), quote(7)), EntryRole.EXPERT,
                Optional.of("Unsure where this entry ends."), Optional.empty());

        List<DraftEntry> parts = entry.splitAt(1, List.of(BEN));

        assertThat(parts.get(0).people()).containsExactly(ANN);
        assertThat(parts.get(0).quotes()).extracting(DraftQuote::firstLine).containsExactly(3);
        assertThat(parts.get(0).doubt()).contains("Unsure where this entry ends.");
        assertThat(parts.get(1)).isEqualTo(DraftEntry.expert(List.of(BEN), 5, List.of(quote(5), quote(7))));
    }

    @Test
    void anEntryIsNotSplitBeforeItsFirstQuoteOrAfterItsLast() {
        DraftEntry entry = DraftEntry.expert(List.of(ANN), 1, List.of(quote(3), quote(5)));

        assertThatThrownBy(() -> entry.splitAt(0, List.of(BEN))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry.splitAt(2, List.of(BEN))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuoteAddedTakesItsPlaceBySourceLineAndOneRemovedLeavesTheRest() {
        DraftEntry entry = DraftEntry.expert(List.of(ANN), 1, List.of(quote(3), quote(9)));

        DraftEntry added = entry.withQuoteAdded(quote(5));
        assertThat(added.quotes()).extracting(DraftQuote::firstLine).containsExactly(3, 5, 9);
        assertThat(added.withoutQuote(0).quotes()).extracting(DraftQuote::firstLine).containsExactly(5, 9);
        assertThat(entry.withQuoteAdded(quote(2)).quotes()).extracting(DraftQuote::firstLine).containsExactly(2, 3, 9);
    }
}
