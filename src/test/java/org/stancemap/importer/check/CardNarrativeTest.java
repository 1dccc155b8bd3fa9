package org.stancemap.importer.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancemap.importer.CardFixtures.card;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.ImportResult;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.check.CardFinding.Kind;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.importer.card.DebateCardImporter;
import org.stancemap.model.CardQuote;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Citation;
import org.stancemap.model.Passage;
import org.stancemap.model.Person;
import org.stancemap.model.Project;

/**
 * The round-up's own narrative between its expert entries is kept by the import and is source text the card check
 * credits to the round-up's authors. The bundled round-up has none — its ten prose paragraphs all stand before the
 * first expert and are its introduction — so the source is {@link NarrativeRoundUp}.
 */
class CardNarrativeTest {

    private static final ImportResult<Project> IMPORTED = new RoundUpImporter().importText(NarrativeRoundUp.text());
    private static final Project SOURCE = IMPORTED.value();

    private static CardReport check(String names, String text) {
        List<Person> people = names.isEmpty() ? List.of() : List.of(new Person(names, ""));
        return new CardCheck().check(card(new CardQuote(names, people, text, Citation.unstated())), SOURCE);
    }

    @Test
    void theImportKeepsTheNarrativeBetweenEntriesWithItsLineAndNoQuoteOrExpertChanges() {
        assertThat(SOURCE.roundUp().narrative()).containsExactly(new Passage(NarrativeRoundUp.TRANSITION, 244), new Passage(NarrativeRoundUp.LAST_WORD, 348));
        assertThat(SOURCE.roundUp().intro()).hasSize(10);
        assertThat(SOURCE.voices()).hasSize(51);
        assertThat(IMPORTED.warnings()).extracting(w -> w.line()).containsExactly(244, 348);
        assertThat(IMPORTED.warnings().get(0).message()).contains("kept as the round-up's own narrative");
    }

    @Test
    void theBundledRoundUpHasNoNarrativeAndImportsWithoutWarnings() {
        ImportResult<Project> seed = new RoundUpImporter().importText(
                SeedText.roundUp());
        assertThat(seed.value().roundUp().narrative()).isEmpty();
        assertThat(seed.warnings()).isEmpty();
    }

    @Test
    void narrativeTextWithoutAHeaderIsCleanAndCreditedToTheAuthors() {
        CardReport report = check("", NarrativeRoundUp.TRANSITION);
        assertThat(report.findings()).isEmpty();
        assertThat(report.quotes().get(0).match()).hasValueSatisfying(m -> {
            assertThat(m.voice().displayName()).isEqualTo("Simon Saradzhyan and Angelina Flood");
            assertThat(m.quote().text()).isEqualTo(NarrativeRoundUp.TRANSITION);
            assertThat(m.wordShare()).isEqualTo(1.0);
        });
    }

    @Test
    void narrativeTextUnderTheAuthorsNamesIsClean() {
        assertThat(check("", NarrativeRoundUp.LAST_WORD.substring(0, NarrativeRoundUp.LAST_WORD.indexOf(", who"))).findings()).isEmpty();
        CardQuote underAuthors = new CardQuote("Simon Saradzhyan and Angelina Flood",
                List.of(new Person("Simon Saradzhyan", ""), new Person("Angelina Flood", "")), NarrativeRoundUp.TRANSITION, Citation.unstated());
        assertThat(new CardCheck().check(card(underAuthors), SOURCE).findings()).isEmpty();
    }

    @Test
    void narrativeTextUnderAnExpertsHeaderIsAWrongHeaderNamingTheAuthors() {
        assertThat(check("Shi Ze", NarrativeRoundUp.TRANSITION).findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.WRONG_HEADER);
            assertThat(f.message()).isEqualTo("The card puts this quote under Shi Ze; the source has it from the "
                    + "round-up's authors, Simon Saradzhyan and Angelina Flood.");
        });
    }

    @Test
    void textCloseToNoPassageNamesWhereTheClosestNarrativeStands() {
        CardReport report = check("", "The last word goes to a retired admiral, who thinks that both navies will "
                + "train together far more often from now on.");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.NOT_IN_SOURCE);
            assertThat(f.message()).contains("the round-up's narrative at line 348");
        });
    }

    @Test
    void aCiteOnlyCardRunningFromTheIntroductionIntoTheNarrativeNamesBothPlaces() {
        String text = "Round-up prose passed off as another article's\n"
                + "Wyne 19 (Ali Wyne, analyst, 6-1-2019, \"Not an Alliance,\" The Example Review, https://example.org/wyne) ank\n"
                + "“So what would be the most accurate” … “not to overreact to it.”\n";
        DebateCard card = new DebateCardImporter().importText(text, DebateCardImporter.headersOf(SOURCE)).value();
        List<CardFinding> findings = new CardCheck().check(card, SOURCE).findings();
        assertThat(findings).extracting(CardFinding::kind).contains(Kind.OTHER_SOURCE);
        assertThat(findings.get(0).message()).startsWith("Found verbatim in the round-up's introduction, paragraph 10 to "
                + "the round-up's narrative at line 348; the card cites ");
    }
}
