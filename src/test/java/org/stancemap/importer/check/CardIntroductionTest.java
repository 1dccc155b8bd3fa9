package org.stancemap.importer.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancemap.importer.CardFixtures.card;
import static org.stancemap.importer.CardFixtures.quote;
import static org.stancemap.importer.CardFixtures.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.check.CardFinding.Kind;
import org.stancemap.model.CardQuote;
import org.stancemap.model.Citation;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Spectrum;

/** Card text cut from the round-up's own introduction is in the source, said by the round-up's authors. */
class CardIntroductionTest {

    private static final String INTRO = "Given all this cooperation, it should come as no surprise that some scholars "
            + "and former officials, particularly in Russia, assert that a Russian-Chinese alliance essentially already "
            + "exists. However, most of the experts and officials whose views are quoted below do not agree.";

    private final Project source = new Project(
            new RoundUp("Expert Round-Up", Optional.of(LocalDate.of(2019, 6, 14)),
                    List.of("Simon Saradzhyan", "Angelina Flood"), Optional.of("Russia Matters"), Optional.empty(),
                    List.of("Russia and China watchers are parsing statements made by their presidents.", INTRO)),
            Spectrum.unbanded("How likely?", "No", "Yes"),
            List.of(voice("Ethan Meick", quote("The two countries appear likely to deepen defense relations.",
                    "U.S.-China Economic and Security Review, 03.20.17"))));

    private CardReport check(String names, String text) {
        List<Person> people = names.isEmpty() ? List.of() : List.of(new Person(names, ""));
        return new CardCheck().check(card(new CardQuote(names, people, text, Citation.unstated())), source);
    }

    @Test
    void introductionTextWithoutAHeaderIsCleanAndCreditedToTheAuthors() {
        CardReport report = check("", INTRO);
        assertThat(report.isClean()).isTrue();
        assertThat(report.quotes().get(0).match()).hasValueSatisfying(m -> {
            assertThat(m.voice().displayName()).isEqualTo("Simon Saradzhyan and Angelina Flood");
            assertThat(m.quoteIndex()).isEqualTo(1);
            assertThat(m.wordShare()).isEqualTo(1.0);
        });
    }

    @Test
    void introductionTextUnderAnExpertsHeaderIsAWrongHeaderNamingTheAuthors() {
        assertThat(check("Ethan Meick", INTRO).findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.WRONG_HEADER);
            assertThat(f.message()).isEqualTo("The card puts this quote under Ethan Meick; the source has it from the "
                    + "round-up's authors, Simon Saradzhyan and Angelina Flood.");
        });
    }

    @Test
    void introductionTextIsCheckedForChangedMeaningLikeAnyQuote() {
        assertThat(check("", INTRO.replace("do not agree", "do … agree")).findings())
                .extracting(CardFinding::kind).containsExactly(Kind.MEANING_CHANGED);
    }
}
