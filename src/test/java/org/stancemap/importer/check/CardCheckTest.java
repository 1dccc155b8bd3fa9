package org.stancemap.importer.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancemap.importer.CardFixtures.card;
import static org.stancemap.importer.CardFixtures.cardQuote;
import static org.stancemap.importer.CardFixtures.project;
import static org.stancemap.importer.CardFixtures.quote;
import static org.stancemap.importer.CardFixtures.voice;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.check.CardFinding.Kind;
import org.stancemap.model.CardQuote;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;

/** Each tolerance and each kind of finding of the card check, on hand-built round-ups. */
class CardCheckTest {

    private static final String TNI = "The National Interest, 09.02.18";
    private static final String ROBLIN = "Kremlin spokesman Dmitry Peskov stated that Chinese participation shows they "
            + "are “cooperating in all areas.” However, the Chinese Defense Ministry stated the exercise was not "
            + "directed at any particular third party. Chinese security analysts have been quick to clarify that "
            + "participation in Vostok-2018 does not herald a new Sino-Russian military alliance.";
    private static final String ALLISON = "[T]he differences in national interests, values and culture are stark. "
            + "Russian and Chinese generals’ [sic] staffs now have candid, detailed discussions about the threat "
            + "U.S. nuclear modernization and missile defenses pose to each of their strategic deterrents.";

    private final Project source = project(
            voice("Sebastien Roblin", quote(ROBLIN, TNI)),
            voice("Graham T. Allison", quote(ALLISON, "The National Interest, 12.14.18")),
            voice("Simon Saradzhyan and Ali Wyne", quote("Today we see many shared interests between the two in the "
                    + "areas of economy, security and geopolitics.", "Russia Matters, 06.07.18")),
            voice("Ethan Meick", quote("The two countries appear likely to further deepen defense relations in the "
                    + "coming years.", "U.S.-China Economic and Security Review, 03.20.17")));

    private CardReport check(String names, String text, String citation) {
        return new CardCheck().check(card(cardQuote(names, text, citation)), source);
    }

    private static CardFinding only(CardReport report) {
        assertThat(report.findings()).hasSize(1);
        return report.findings().get(0);
    }

    @Test
    void faithfulQuoteIsCleanAndMatchedToItsSourceQuote() {
        CardReport report = check("Sebastien Roblin", ROBLIN, TNI);
        assertThat(report.isClean()).isTrue();
        QuoteCheck q = report.quotes().get(0);
        assertThat(q.match()).hasValueSatisfying(m -> {
            assertThat(m.voice().displayName()).isEqualTo("Sebastien Roblin");
            assertThat(m.quote().text()).isEqualTo(ROBLIN);
            assertThat(m.wordShare()).isEqualTo(1.0);
        });
    }

    @Test
    void whitespaceCaseStraightQuotesAndDashesAreNotAlterations() {
        String retyped = ROBLIN.replace("“", "\"").replace("”", "\"").replace(" ", "  ")
                .replace("Vostok-2018", "Vostok–2018").replace("Kremlin spokesman", "KREMLIN spokesman");
        assertThat(check("Sebastien Roblin", retyped, TNI).isClean()).isTrue();
    }

    @Test
    void ellipsisMayStandForLeftOutText() {
        String cut = "Kremlin spokesman Dmitry Peskov stated that Chinese participation shows they are “cooperating in "
                + "all areas.” … Chinese security analysts have been quick to clarify that participation in "
                + "Vostok-2018 does not herald a new Sino-Russian military alliance.";
        assertThat(check("Sebastien Roblin", cut, TNI).isClean()).isTrue();
        assertThat(check("Sebastien Roblin", cut.replace("…", "..."), TNI).isClean()).isTrue();
        assertThat(check("Sebastien Roblin", cut.replace("…", "[…]"), TNI).isClean()).isTrue();
    }

    @Test
    void leavingOutTextWithoutAnEllipsisIsAnAlteration() {
        String cut = "Kremlin spokesman Dmitry Peskov stated that Chinese participation shows they are “cooperating in "
                + "all areas.” Chinese security analysts have been quick to clarify that participation in "
                + "Vostok-2018 does not herald a new Sino-Russian military alliance.";
        CardFinding f = only(check("Sebastien Roblin", cut, TNI));
        assertThat(f.kind()).isEqualTo(Kind.ALTERED);
        assertThat(f.message()).startsWith("The card leaves out words without an ellipsis");
        assertThat(f.source()).contains("However, the Chinese Defense Ministry stated the exercise was not directed");
    }

    @Test
    void wordsJoinedOrSplitDifferentlyAreNotAlterations() {
        String rejoined = ROBLIN.replace("Vostok-2018", "Vostok 2018").replace("Sino-Russian", "SinoRussian");
        assertThat(check("Sebastien Roblin", rejoined, TNI).isClean()).isTrue();
        assertThat(check("Graham T. Allison", ALLISON.replace("U.S.", "US"), "The National Interest, 12.14.18").isClean()).isTrue();
    }

    @Test
    void aStrayOpeningBracketDoesNotHideTheAlterationsAfterIt() {
        String garbled = "[ " + ROBLIN.replace("quick to clarify", "slow to clarify");
        CardFinding f = only(check("Sebastien Roblin", garbled, TNI));
        assertThat(f.kind()).isEqualTo(Kind.ALTERED);
        assertThat(f.card()).contains("slow");
    }

    @Test
    void aCardMayCutAParagraphShortAtEitherEnd() {
        String middle = "However, the Chinese Defense Ministry stated the exercise was not directed at any particular third party.";
        assertThat(check("Sebastien Roblin", middle, TNI).isClean()).isTrue();
    }

    @Test
    void bracketedCapitalsAndSicAreNotAlterations() {
        String plain = "The differences in national interests, values and culture are stark. Russian and Chinese "
                + "generals’ staffs now have candid, detailed discussions about the threat U.S. nuclear modernization "
                + "and missile defenses pose to each of their strategic deterrents.";
        assertThat(check("Graham T. Allison", plain, "The National Interest, 12.14.18").isClean()).isTrue();
        String lowerCased = "[t]he differences in national interests, values and culture are stark.";
        assertThat(check("Graham T. Allison", lowerCased, "The National Interest, 12.14.18").isClean()).isTrue();
    }

    @Test
    void bracketedInsertionsAndSubstitutionsAreNotAlterations() {
        String inserted = "However, the Chinese Defense Ministry stated [that] the exercise [was] not directed at any "
                + "particular third party.";
        assertThat(check("Sebastien Roblin", inserted, TNI).isClean()).isTrue();
        String substituted = "However, [Beijing] stated the exercise was not directed at any particular third party.";
        assertThat(check("Sebastien Roblin", substituted, TNI).isClean()).isTrue();
    }

    @Test
    void aChangedWordIsAnAlterationShowingBothReadings() {
        // a dropped word that carries the stance, such as "not", is a change of meaning instead (CardMeaningTest)
        String changed = ROBLIN.replace("Chinese security analysts", "Chinese analysts");
        CardFinding f = only(check("Sebastien Roblin", changed, TNI));
        assertThat(f.kind()).isEqualTo(Kind.ALTERED);
        assertThat(f.message()).startsWith("The card leaves out words");
        assertThat(f.source()).contains("Chinese security analysts");

        CardFinding swapped = only(check("Sebastien Roblin", ROBLIN.replace("quick to clarify", "slow to clarify"), TNI));
        assertThat(swapped.kind()).isEqualTo(Kind.ALTERED);
        assertThat(swapped.message()).startsWith("The card reads “").contains("where the source reads “");
        assertThat(swapped.card()).contains("slow to clarify");
        assertThat(swapped.source()).contains("quick to clarify");
    }

    @Test
    void addedWordsAreAnAlteration() {
        CardFinding f = only(check("Sebastien Roblin", ROBLIN.replace("military alliance.", "military alliance, ever."), TNI));
        assertThat(f.kind()).isEqualTo(Kind.ALTERED);
        assertThat(f.message()).startsWith("The card adds words the source does not have");
        assertThat(f.card()).contains("ever");
    }

    @Test
    void quoteUnderAnotherVoiceIsAWrongHeaderNamingBoth() {
        CardFinding f = only(check("Ethan Meick", ROBLIN, TNI));
        assertThat(f.kind()).isEqualTo(Kind.WRONG_HEADER);
        assertThat(f.card()).isEqualTo("Ethan Meick");
        assertThat(f.source()).isEqualTo("Sebastien Roblin");
        assertThat(f.message()).isEqualTo("The card puts this quote under Ethan Meick; the source has it from Sebastien Roblin.");
    }

    @Test
    void droppingACoAuthorIsAWrongHeader() {
        CardFinding f = only(check("Simon Saradzhyan", "Today we see many shared interests between the two in the "
                + "areas of economy, security and geopolitics.", "Russia Matters, 06.07.18"));
        assertThat(f.kind()).isEqualTo(Kind.WRONG_HEADER);
        assertThat(f.source()).isEqualTo("Simon Saradzhyan and Ali Wyne");
    }

    @Test
    void quoteWithoutASpeakerIsAMissingHeaderNotAWrongOne() {
        CardFinding f = only(check("", ROBLIN, TNI));
        assertThat(f.kind()).isEqualTo(Kind.MISSING_HEADER);
        assertThat(f.message()).isEqualTo("The card gives this quote under no header; the source has it from Sebastien Roblin.");
    }

    @Test
    void namesMatchWhateverTheirMiddleInitialOrAccents() {
        assertThat(check("Graham Allison", ALLISON, "The National Interest, 12.14.18").isClean()).isTrue();
        assertThat(check("Sébastien Roblin", ROBLIN, TNI).isClean()).isTrue();
    }

    @Test
    void textNoSourceQuoteHoldsIsNotInSource() {
        QuoteCheck q = check("Ethan Meick", "Russia and China signed a mutual defence treaty last week in Beijing.",
                TNI).quotes().get(0);
        assertThat(q.match()).isEmpty();
        assertThat(q.findings()).extracting(CardFinding::kind).containsExactly(Kind.NOT_IN_SOURCE);
        assertThat(q.findings().get(0).message()).isEqualTo("No passage of the source holds this text.");
    }

    @Test
    void textMostlyInventedAroundARealSentenceIsNotInSourceAndNamesTheClosest() {
        String padded = "Moscow and Beijing will sign a binding alliance treaty within two years, and Washington "
                + "cannot stop them from doing so however hard it tries. The two countries appear likely to further "
                + "deepen defense relations.";
        QuoteCheck q = check("Ethan Meick", padded, "U.S.-China Economic and Security Review, 03.20.17").quotes().get(0);
        assertThat(q.match()).isEmpty();
        assertThat(q.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.NOT_IN_SOURCE);
            assertThat(f.message()).contains("the closest, Ethan Meick’s quote 1 (U.S.-China Economic and Security Review, 03.20.17)");
        });
    }

    @Test
    void anotherDateOrPublicationIsACitationMismatchShowingBoth() {
        CardFinding date = only(check("Sebastien Roblin", ROBLIN, "The National Interest, 09.03.18"));
        assertThat(date.kind()).isEqualTo(Kind.CITATION_MISMATCH);
        assertThat(date.card()).isEqualTo("The National Interest, 09.03.18");
        assertThat(date.source()).isEqualTo(TNI);
        CardFinding publication = only(check("Sebastien Roblin", ROBLIN, "Foreign Affairs, 09.02.18"));
        assertThat(publication.kind()).isEqualTo(Kind.CITATION_MISMATCH);
        assertThat(publication.message()).isEqualTo(
                "The card cites (Foreign Affairs, 09.02.18); the source cites (The National Interest, 09.02.18).");
    }

    @Test
    void citationsWrittenDifferentlyButMeaningTheSameAgree() {
        assertThat(check("Sebastien Roblin", ROBLIN, "National Interest, 9.2.18").isClean()).isTrue();
    }

    @Test
    void aParagraphTwoVoicesShareIsMatchedToTheVoiceTheCardNames() {
        String shared = "Sino-Russian ties have been improving more or less steadily since the waning years of the Cold War.";
        Project twice = project(voice("Jacob Stokes", quote(shared, "Foreign Affairs, 02.22.17")),
                voice("Jacob Stokes and Ely Ratner", quote(shared, "Foreign Affairs, 02.22.17")));
        CardReport report = new CardCheck().check(card(cardQuote("Jacob Stokes and Ely Ratner", shared,
                "Foreign Affairs, 02.22.17")), twice);
        assertThat(report.isClean()).isTrue();
        assertThat(report.quotes().get(0).match().orElseThrow().voice().displayName()).isEqualTo("Jacob Stokes and Ely Ratner");
    }

    @Test
    void reportListsFindingsQuoteByQuoteAndIsCleanOnlyWhenAllAre() {
        CardReport report = new CardCheck().check(card(
                cardQuote("Sebastien Roblin", ROBLIN, TNI),
                cardQuote("Ethan Meick", ALLISON, "The National Interest, 12.14.18")), source);
        assertThat(report.isClean()).isFalse();
        assertThat(report.quotes()).extracting(QuoteCheck::isClean).containsExactly(true, false);
        assertThat(report.findings(Kind.WRONG_HEADER)).extracting(CardFinding::source).containsExactly("Graham T. Allison");
        assertThat(report.findings(Kind.ALTERED)).isEmpty();
        assertThat(report.quotes()).extracting(QuoteCheck::index).containsExactly(0, 1);
    }

    @Test
    void manyAlterationsAreListedUpToFiveThenCounted() {
        String[] words = ROBLIN.split(" ");
        StringBuilder garbled = new StringBuilder();
        for (int k = 0; k < words.length; k++) {
            garbled.append(k % 6 == 3 ? "XX" : words[k]).append(' ');
        }
        List<CardFinding> findings = check("Sebastien Roblin", garbled.toString(), TNI).findings();
        assertThat(findings).hasSize(6).allSatisfy(f -> assertThat(f.kind()).isEqualTo(Kind.ALTERED));
        assertThat(findings.get(5).message()).matches("The card differs from the source in \\d+ more places\\.");
    }

    @Test
    void oneCheckUsedOnTwoSourcesChecksEachAgainstItsOwn() {
        CardCheck shared = new CardCheck();
        var card = card(cardQuote("Sebastien Roblin", ROBLIN, TNI));
        assertThat(shared.check(card, source).isClean()).isTrue();
        Project other = project(voice("Ethan Meick", quote(ROBLIN, TNI)));
        assertThat(shared.check(card, other).findings(Kind.WRONG_HEADER)).hasSize(1);
        assertThat(shared.check(card, source).isClean()).isTrue();
    }

    @Test
    void checkAgainstAHugeRoundUpTakesTimeForTheCardNotForTheRoundUp() {
        Random random = new Random(42);
        List<String> vocabulary = new ArrayList<>();
        for (int k = 0; k < 5_000; k++) {
            vocabulary.add(Integer.toString(k * 7919, 36));
        }
        List<Voice> voices = new ArrayList<>();
        List<CardQuote> cut = new ArrayList<>();
        for (int v = 0; v < 1_000; v++) {
            List<Quote> quotes = new ArrayList<>();
            for (int q = 0; q < 5; q++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 60; w++) {
                    text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
                }
                quotes.add(quote(text.toString().strip() + ".", TNI));
            }
            voices.add(voice("Expert " + letters(v), quotes.toArray(new Quote[0])));
            if (v % 50 == 0) {
                cut.add(cardQuote(voices.get(v).displayName(), quotes.get(v % 5).text(), TNI));
            }
        }
        Project huge = project(voices.toArray(new Voice[0]));
        CardCheck shared = new CardCheck();
        var card = card(cut.toArray(new CardQuote[0]));
        shared.check(card, huge); // builds the index once: 300,000 words
        CardReport report = assertTimeoutPreemptively(Duration.ofMillis(500), () -> shared.check(card, huge));
        assertThat(report.quotes()).hasSize(20);
        assertThat(report.isClean()).isTrue();
    }

    /** 0 → "Aa", 1 → "Ab": a distinct capitalised family name for each number. */
    private static String letters(int n) {
        StringBuilder name = new StringBuilder();
        int rest = n;
        do {
            name.insert(0, (char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return "A" + name;
    }
}
