package org.stancemap.importer.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancemap.importer.CardFixtures.card;
import static org.stancemap.importer.CardFixtures.cardQuote;
import static org.stancemap.importer.CardFixtures.project;
import static org.stancemap.importer.CardFixtures.quote;
import static org.stancemap.importer.CardFixtures.voice;

import org.junit.jupiter.api.Test;
import org.stancemap.importer.check.CardFinding.Kind;
import org.stancemap.model.Project;

/** Cuts that change what a quote says are flagged as such; honest trimming stays clean. */
class CardMeaningTest {

    private static final String CITE = "Russia Matters, 06.07.18";
    private static final String SOURCE = "Growing disparities between the two countries will probably make a strong, "
            + "formal alliance unlikely. Russia is not currently willing to settle for a junior role. Yet Moscow may "
            + "have to accept such a position if it grows too weak, and China would have to change its position. "
            + "Ties are closer than they were, but few analysts expect an alliance.";

    private final Project source = project(voice("Simon Saradzhyan", quote(SOURCE, CITE)));

    private CardReport check(String text) {
        return new CardCheck().check(card(cardQuote("Simon Saradzhyan", text, CITE)), source);
    }

    private static CardFinding onlyMeaningChange(CardReport report) {
        assertThat(report.findings()).extracting(CardFinding::kind).containsExactly(Kind.MEANING_CHANGED);
        return report.findings().get(0);
    }

    @Test
    void anEllipsisThatDropsANegationChangesTheMeaning() {
        CardFinding f = onlyMeaningChange(check("Russia is … currently willing to settle for a junior role."));
        assertThat(f.message()).startsWith("The card leaves out “not” (negation)");
        assertThat(f.source()).contains("Russia is not currently");
        assertThat(f.card()).contains("Russia is … currently");
    }

    @Test
    void anEllipsisThatDropsAnEstimativeWordChangesTheMeaning() {
        CardFinding f = onlyMeaningChange(check("Growing disparities between the two countries will … make a "
                + "strong, formal alliance unlikely."));
        assertThat(f.message()).contains("“probably” (estimative word)");
    }

    @Test
    void anEllipsisThatDropsAModalVerbMidClauseChangesTheMeaning() {
        CardFinding f = onlyMeaningChange(check("Yet Moscow … have to accept such a position if it grows too weak"));
        assertThat(f.message()).contains("“may” (modal verb)");
    }

    @Test
    void droppingANegationWithoutAnEllipsisIsAChangeOfMeaningNotMereTrimming() {
        CardFinding f = onlyMeaningChange(check("Russia is currently willing to settle for a junior role."));
        assertThat(f.message()).contains("“not” (negation)");
    }

    @Test
    void aBracketedNegationIsAnInsertionThatChangesTheMeaning() {
        CardFinding f = onlyMeaningChange(check("Yet Moscow may [not] have to accept such a position"));
        assertThat(f.message()).startsWith("The card adds “not” (negation)");
    }

    @Test
    void swappingAnEstimativeWordOrReversingAComparisonChangesTheMeaning() {
        assertThat(onlyMeaningChange(check("Growing disparities between the two countries will probably make a "
                + "strong, formal alliance likely.")).message()).contains("“unlikely”").contains("“likely”");
        assertThat(onlyMeaningChange(check("Ties are weaker than they were, but few analysts expect an alliance."))
                .message()).contains("“closer” (comparative)").contains("“weaker” (comparative)");
        assertThat(onlyMeaningChange(check("Ties are closer than they were, but many analysts expect an alliance."))
                .message()).contains("“few” (hedge)");
    }

    @Test
    void anEllipsisOverWholeSentencesStaysCleanWhateverTheyHeld() {
        assertThat(check("Growing disparities between the two countries will probably make a strong, formal "
                + "alliance unlikely. … Ties are closer than they were, but few analysts expect an alliance.")
                .isClean()).isTrue();
    }

    @Test
    void anEllipsisOverAWholeClauseWithoutNegationOrEstimateStaysClean() {
        assertThat(check("Yet Moscow may have to accept such a position if it grows too weak, … China would have "
                + "to change its position.").isClean()).isTrue();
    }

    @Test
    void bracketedSubstitutionsAndCapitalsStayClean() {
        assertThat(check("Yet Moscow may have to accept such a position if [Moscow] grows too weak").isClean()).isTrue();
        assertThat(check("[M]oscow may have to accept such a position").isClean()).isTrue();
        assertThat(check("[T]ies are closer than they were").isClean()).isTrue();
    }

    @Test
    void wholeSentencesLeftOutWithoutAnEllipsisAreAnAlterationNotAChangeOfMeaning() {
        CardReport report = check("Growing disparities between the two countries will probably make a strong, "
                + "formal alliance unlikely. Ties are closer than they were, but few analysts expect an alliance.");
        assertThat(report.findings()).extracting(CardFinding::kind).containsExactly(Kind.ALTERED);
    }
}
