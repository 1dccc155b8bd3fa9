package org.stancemap.importer.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.check.CardFinding.Kind;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Project;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.card.DebateCardImporter;
import org.stancemap.importer.roundup.RoundUpImporter;

/**
 * The bundled card checked against the bundled article. Every card quote is in the article word for word (up to
 * typography); the one departure is that the card's first two quotes, which it puts under Ethan Meick's header,
 * are Sebastien Roblin's in the article.
 */
class CardCheckSeedTest {

    private static DebateCard card;
    private static Project article;
    private static CardReport report;

    @BeforeAll
    static void checkSeedCard() {
        card = new DebateCardImporter().importText(SeedText.read(SeedText.CARD)).value();
        article = new RoundUpImporter().importText(SeedText.roundUp()).value();
        report = new CardCheck().check(card, article);
    }

    @Test
    void onlyFindingsAreTheTwoRoblinQuotesPutUnderMeick() {
        assertThat(report.isClean()).isFalse();
        assertThat(report.findings()).containsExactly(
                new CardFinding(Kind.WRONG_HEADER,
                        "The card puts this quote under Ethan Meick; the source has it from Sebastien Roblin.",
                        "Ethan Meick", "Sebastien Roblin"),
                new CardFinding(Kind.WRONG_HEADER,
                        "The card puts this quote under Ethan Meick; the source has it from Sebastien Roblin.",
                        "Ethan Meick", "Sebastien Roblin"));
        assertThat(report.quotes()).extracting(QuoteCheck::isClean).containsExactly(
                false, false, true, true, true, true, true, true, true, true, true, true, true, true, true);
    }

    @Test
    void everyCardQuoteIsMatchedToItsArticleParagraphInFull() {
        assertThat(report.quotes()).allSatisfy(q -> assertThat(q.match()).hasValueSatisfying(m ->
                assertThat(m.wordShare()).isEqualTo(1.0)));
        assertThat(report.quotes()).extracting(q -> q.match().orElseThrow().voice().id() + " #" + q.match().orElseThrow().quoteIndex())
                .containsExactly(
                        "sebastien-roblin #1", "sebastien-roblin #2", "eugene-rumer #0",
                        voiceId("Simon Saradzhyan and Ali Wyne") + " #0", voiceId("Simon Saradzhyan and Ali Wyne") + " #1",
                        voiceId("Simon Saradzhyan") + " #0", voiceId("Simon Saradzhyan") + " #1",
                        "shi-jiangtao #0", "shi-jiangtao #1", "shi-ze #0", "sergei-shoigu #0",
                        voiceId("Dimitri K. Simes") + " #0", voiceId("Dimitri K. Simes") + " #1",
                        voiceId("Dimitri K. Simes") + " #2", voiceId("Dimitri K. Simes") + " #3");
    }

    @Test
    void matchedArticleQuotesAreTheCardQuotesOwnTextUpToTypography() {
        for (QuoteCheck q : report.quotes()) {
            String source = q.match().orElseThrow().quote().text();
            assertThat(words(q.quote().text())).isEqualTo(words(source));
        }
    }

    @Test
    void checkingWithKnownHeadersFromTheArticleFindsTheSame() {
        DebateCard exact = new DebateCardImporter().importText(SeedText.read(SeedText.CARD),
                DebateCardImporter.headersOf(article)).value();
        assertThat(new CardCheck().check(exact, article).findings()).isEqualTo(report.findings());
    }

    private static String voiceId(String displayName) {
        return article.voices().stream().filter(v -> v.displayName().equals(displayName)).findFirst().orElseThrow().id();
    }

    private static List<String> words(String text) {
        return QuoteWords.of(text).words().stream().map(QuoteWords.Word::folded).toList();
    }
}
