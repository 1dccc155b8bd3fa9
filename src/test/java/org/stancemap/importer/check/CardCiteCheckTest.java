package org.stancemap.importer.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancemap.importer.CardFixtures.quote;
import static org.stancemap.importer.CardFixtures.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.card.DebateCardImporter;
import org.stancemap.importer.check.CardFinding.Kind;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Project;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Spectrum;

/**
 * The card's own full cite against the round-up's metadata, cards that cite another article, and a quote whose
 * inline citation the card dropped.
 */
class CardCiteCheckTest {

    private static final String URL = "https://www.russiamatters.org/analysis/expert-round-how-likely-china-russia-military-alliance";
    private static final String TITLE = "Expert Round-Up: How Likely Is a China-Russia Military Alliance?";
    private static final String ROBLIN = "Kremlin spokesman Dmitry Peskov stated that Chinese participation shows they "
            + "are “cooperating in all areas.” However, the Chinese Defense Ministry stated the exercise was not "
            + "directed at any particular third party. Chinese security analysts have been quick to clarify that "
            + "participation in Vostok-2018 does not herald a new Sino-Russian military alliance.";

    private final Project source = new Project(
            new RoundUp(TITLE, Optional.of(LocalDate.of(2019, 6, 14)), List.of("Simon Saradzhyan", "Angelina Flood"),
                    Optional.of("Russia Matters"), Optional.of(URL), List.of()),
            Spectrum.unbanded("How likely?", "No", "Yes"),
            List.of(voice("Ethan Meick", quote("The two countries appear likely to deepen defense relations.",
                            "U.S.-China Economic and Security Review, 03.20.17")),
                    voice("Sebastien Roblin", quote("An earlier paragraph.", "The National Interest, 09.02.18"),
                            quote(ROBLIN, "The National Interest, 09.02.18"))));

    private static String card(String author, String date, String title, String publisher, String url) {
        return "RM 6/14 (" + author + ", citing over 50 experts, " + date + ", \"" + title + ",\" " + publisher + ", "
                + url + ") ank\nSebastien Roblin " + ROBLIN + " (The National Interest, 09.02.18)";
    }

    private CardReport check(String text) {
        DebateCard card = new DebateCardImporter().importText(text, DebateCardImporter.headersOf(source)).value();
        return new CardCheck().check(card, source);
    }

    @Test
    void aCiteThatAgreesWithTheRoundUpIsClean() {
        assertThat(check(card("RM", "6-14-2019", TITLE, "Russia Matters", URL)).isClean()).isTrue();
        assertThat(check(card("Saradzhyan and Flood", "June 2019", TITLE, "Russia Matters", URL.replace("https://www.", "http://")))
                .isClean()).isTrue();
    }

    @Test
    void eachChangedFieldIsOneFindingNamingBothValues() {
        assertThat(check(card("RM", "6-14-2018", TITLE, "Russia Matters", URL)).findings()).singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.CITE_MISMATCH);
                    assertThat(f.message()).isEqualTo("The card's cite gives the date “6-14-2018”; the round-up's is “June 14, 2019”.");
                });
        assertThat(check(card("RM", "6-14-2019", TITLE, "Foreign Affairs", URL)).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("publisher “Foreign Affairs”").contains("“Russia Matters”"));
        assertThat(check(card("Smith", "6-14-2019", TITLE, "Russia Matters", URL)).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("author “Smith”").contains("Simon Saradzhyan and Angelina Flood"));
        assertThat(check(card("RM", "6-14-2019", TITLE.replace("Likely", "Soon"), "Russia Matters", URL)).findings())
                .singleElement().satisfies(f -> assertThat(f.message()).contains("title “Expert Round-Up: How Soon"));
        assertThat(check(card("RM", "6-14-2019", TITLE, "Russia Matters", URL + "-2")).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("URL"));
    }

    @Test
    void aCardMayCreditTheExpertItQuotes() {
        assertThat(check(card("Sebastien Roblin", "6-14-2019", TITLE, "Russia Matters", URL)).isClean()).isTrue();
    }

    @Test
    void textFromTheRoundUpUnderAnotherArticlesCiteIsFoundVerbatimWithItsSentences() {
        String other = "Roblin 18 (Sebastien Roblin, writer, 9-2-2018, \"China and Russia Are Not Allies,\" The National "
                + "Interest, https://nationalinterest.org/blog/buzz/china-russia) ank\n" + ROBLIN;
        CardReport report = check(other);
        assertThat(report.cite()).isEmpty();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.OTHER_SOURCE);
            assertThat(f.message()).startsWith("Found verbatim in Sebastien Roblin’s quote 2 (sentences 1–3); the card "
                    + "cites Roblin 18 (Sebastien Roblin, writer, 9-2-2018,");
        });
    }

    @Test
    void anotherArticlesCiteThatCreditsSomeoneElseIsAWrongCredit() {
        String other = "Meick 18 (Ethan Meick, analyst, 9-2-2018, \"China and Russia Are Not Allies,\" The National "
                + "Interest, https://nationalinterest.org/blog/buzz/china-russia) ank\n" + ROBLIN;
        assertThat(check(other).findings()).extracting(CardFinding::kind).containsExactly(Kind.OTHER_SOURCE, Kind.WRONG_HEADER);
        assertThat(check(other).findings().get(1).message())
                .isEqualTo("The card's cite credits Ethan Meick for this quote; the source has it from Sebastien Roblin.");
    }

    @Test
    void aQuoteWhoseCitationWasDroppedIsMatchedByItsOwnTextNotUnderItsNeighboursHeader() {
        String text = "RM 6/14 (RM, citing over 50 experts, 6-14-2019, \"" + TITLE + ",\" Russia Matters, " + URL + ") ank\n"
                + "Ethan Meick The two countries appear likely to deepen defense relations. Sebastien Roblin " + ROBLIN
                + " (The National Interest, 09.02.18)";
        CardReport report = check(text);
        assertThat(report.quotes()).extracting(q -> q.match().orElseThrow().voice().displayName())
                .containsExactly("Ethan Meick", "Sebastien Roblin");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CITATION_MISMATCH);
            assertThat(f.message()).isEqualTo("The card gives no citation for this quote; the source cites "
                    + "(U.S.-China Economic and Security Review, 03.20.17).");
        });
    }
}
