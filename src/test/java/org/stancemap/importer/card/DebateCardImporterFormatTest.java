package org.stancemap.importer.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.model.CardQuote;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.importer.ImportResult;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.importer.text.Paragraphs;

/** The card format on small synthetic cards: heading, header shapes, citations and what becomes a warning. */
class DebateCardImporterFormatTest {

    private static final String HEADING = "RM 6/14 (RM, citing experts, 6-14-2019, \"Expert Round-Up,\" Russia Matters, "
            + "https://www.russiamatters.org/a) ank ";

    private final DebateCardImporter importer = new DebateCardImporter();

    private DebateCard body(String body) {
        return importer.importText(HEADING + body).value();
    }

    private static CardQuote only(DebateCard card) {
        assertThat(card.quotes()).hasSize(1);
        return card.quotes().get(0);
    }

    @Test
    void tagBeforeTheShortCiteIsKeptApartFromIt() {
        DebateCard card = importer.importText("No alliance is coming. RM 6/14 (RM, citing experts, 6-14-2019, "
                + "\"Expert Round-Up,\" Russia Matters, https://x.org) ank Jane Doe, Analyst, RAND It is over. (TASS, 04.03.18)").value();
        assertThat(card.tag()).isEqualTo("No alliance is coming.");
        assertThat(card.cite().shortCite()).isEqualTo("RM 6/14");
    }

    @Test
    void coAuthoredShortCiteKeepsBothAuthors() {
        DebateCard card = importer.importText("Saradzhyan and Wyne 18 (Simon Saradzhyan and Ali Wyne, scholars, "
                + "6-7-2018, \"Title,\" Russia Matters, https://x.org) ank Jane Doe, Analyst, RAND It is over. (TASS, 04.03.18)").value();
        assertThat(card.tag()).isEmpty();
        assertThat(card.cite().shortCite()).isEqualTo("Saradzhyan and Wyne 18");
        assertThat(card.cite().author()).isEqualTo("Simon Saradzhyan and Ali Wyne");
        assertThat(card.cite().date().start()).contains(LocalDate.of(2018, 6, 7));
    }

    @Test
    void citeWithAWrittenOutDateAndNoQuotedTitleStillGivesDateAndPublisher() {
        ImportResult<DebateCard> result = importer.importText("Doe 19 (Jane Doe, Senior Fellow, June 14, 2019, "
                + "Russia Matters, www.russiamatters.org) JD Jane Doe, Analyst, RAND It is over. (TASS, 04.03.18)");
        var cite = result.value().cite();
        assertThat(cite.description()).isEqualTo("Senior Fellow");
        assertThat(cite.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(cite.date().start()).contains(LocalDate.of(2019, 6, 14));
        assertThat(cite.publisher()).contains("Russia Matters");
        assertThat(cite.url()).contains("www.russiamatters.org");
        assertThat(cite.title()).isEmpty();
        assertThat(result.value().cutter()).isEqualTo("JD");
        assertThat(result.warnings()).extracting(ImportWarning::message).containsExactly("column 9: the full cite gives no title");
    }

    @Test
    void missingCutterIsAWarningAndTheBodyStillReads() {
        ImportResult<DebateCard> result = importer.importText("RM 6/14 (RM, experts, 6-14-2019, \"T,\" Russia Matters, "
                + "https://x.org) Jane Doe, Analyst, RAND It is over. (TASS, 04.03.18)");
        assertThat(result.value().cutter()).isEmpty();
        assertThat(result.warnings()).extracting(ImportWarning::message).anySatisfy(m -> assertThat(m).contains("no cutter's initials"));
        assertThat(only(result.value()).speakerNames()).isEqualTo("Jane Doe");
    }

    @Test
    void textWithoutAFullCiteIsReadAsBodyWithAWarning() {
        ImportResult<DebateCard> result = importer.importText("Jane Doe, Analyst, RAND It is over. (TASS, 04.03.18)");
        assertThat(result.value().cite().raw()).isEmpty();
        assertThat(only(result.value()).text()).isEqualTo("It is over.");
        assertThat(result.warnings()).extracting(ImportWarning::message).first().asString().contains("no full cite");
    }

    @Test
    void headerEndingInAParenthesisEndsThere() {
        CardQuote q = only(body("Ivan Zuenko, Research Fellow, Russian Academy of Sciences (Far Eastern Branch) China and "
                + "Russia declared 2018 and 2019 the “Bilateral Years.” (Carnegie Moscow Center, 02.06.19)"));
        assertThat(q.speaker()).isEqualTo("Ivan Zuenko, Research Fellow, Russian Academy of Sciences (Far Eastern Branch)");
        assertThat(q.text()).startsWith("China and Russia declared");
    }

    @Test
    void headerEndingInAColonEndsThere() {
        CardQuote q = only(body("Sergei Shoigu, Russia’s Defense Minister: Thanks to the efforts of our leaders, ties are "
                + "entering a new level. (TASS, 04.03.18)"));
        assertThat(q.speaker()).isEqualTo("Sergei Shoigu, Russia’s Defense Minister");
        assertThat(q.text()).startsWith("Thanks to the efforts");
    }

    @Test
    void quoteOpeningWithABracketEndsTheHeader() {
        CardQuote q = only(body("Daniel W. Drezner, Professor of International Politics, Fletcher School, Tufts University "
                + "[T]he entente will not be disrupted anytime soon. (The Washington Post, 09.12.18)"));
        assertThat(q.speaker()).endsWith("Tufts University");
        assertThat(q.text()).startsWith("[T]he entente");
    }

    @Test
    void coAuthoredRespectivelyHeaderSplitsIntoTwoPeople() {
        CardQuote q = only(body("Feng Zhongping and Huang Jing, Vice President and Assistant Researcher, respectively, China "
                + "Institutes of Contemporary International Relations (CICIR) Some strategic partnerships are established "
                + "at the request of other countries. (Foreign Policy Research Institute, July 2014)"));
        assertThat(q.people()).containsExactly(
                new Person("Feng Zhongping", "Vice President, China Institutes of Contemporary International Relations (CICIR)"),
                new Person("Huang Jing", "Assistant Researcher, China Institutes of Contemporary International Relations (CICIR)"));
        assertThat(q.text()).startsWith("Some strategic partnerships");
    }

    @Test
    void threeCoAuthorsSeparatedBySemicolonsAreThreePeople() {
        CardQuote q = only(body("Samuel Charap, Senior Political Scientist, RAND Corporation; John Drennan, Former Special "
                + "Assistant to the Executive Director, International Institute of Strategic Studies (IISS); and Pierre Noël, "
                + "Senior Fellow in Economic and Energy Security, IISS Moscow has found itself in the position of "
                + "demandeur. (Survival, 01.05.17)"));
        assertThat(q.people()).extracting(Person::name).containsExactly("Samuel Charap", "John Drennan", "Pierre Noël");
        assertThat(q.people().get(2).role()).isEqualTo("Senior Fellow in Economic and Energy Security, IISS");
        assertThat(q.text()).startsWith("Moscow has found itself");
    }

    @Test
    void quoteOpeningWithASentenceOpenerAndCapitalsEndsTheHeaderAtTheOpener() {
        CardQuote q = only(body("Jane Doe, Director, Center for the National Interest The United States is alone. (TNI, 01.02.18)"));
        assertThat(q.speaker()).isEqualTo("Jane Doe, Director, Center for the National Interest");
        assertThat(q.text()).isEqualTo("The United States is alone.");
        CardQuote past = only(body("Jane Doe, Analyst, In the past, China had created a system. (TNI, 01.02.18)"));
        assertThat(past.speaker()).isEqualTo("Jane Doe, Analyst");
        assertThat(past.text()).startsWith("In the past, China");
    }

    @Test
    void quoteWithoutAHeaderStaysWithTheVoiceBeforeIt() {
        DebateCard card = body("Jane Doe, Analyst, RAND It is over. (TNI, 01.02.18) Vladimir Putin, Russia’s President, said "
                + "that ties were strong. (TNI, 01.03.18) Russian Defense Minister Sergei Shoigu left little to the "
                + "imagination. (TNI, 01.04.18) China and Russia may well build a united front. (TNI, 01.05.18)");
        assertThat(card.quotes()).extracting(CardQuote::speakerNames).containsOnly("Jane Doe");
        assertThat(card.quotes()).extracting(CardQuote::text).containsExactly("It is over.",
                "Vladimir Putin, Russia’s President, said that ties were strong.",
                "Russian Defense Minister Sergei Shoigu left little to the imagination.",
                "China and Russia may well build a united front.");
    }

    @Test
    void knownHeadersSplitWhereTheShapeCannotTell() {
        String text = HEADING + "Ethan Meick, Policy Analyst, USCC Chinese President Xi Jinping said ties are at their best. (USCC, 03.20.17)";
        ImportResult<DebateCard> result = importer.importText(text, List.of("Ethan Meick, Policy Analyst, USCC"));
        assertThat(result.warnings()).isEmpty();
        CardQuote q = only(result.value());
        assertThat(q.speaker()).isEqualTo("Ethan Meick, Policy Analyst, USCC");
        assertThat(q.text()).startsWith("Chinese President Xi Jinping said");
    }

    @Test
    void knownHeadersMatchDespiteCurlyQuotesDashesAndSpacing() {
        String text = HEADING + "Sergei Shoigu, Russia’s Defense Minister  –  TASS Thanks to our leaders. (TASS, 04.03.18)";
        CardQuote q = only(importer.importText(text, List.of("Sergei  Shoigu, Russia's Defense Minister - TASS")).value());
        assertThat(q.speakerNames()).isEqualTo("Sergei Shoigu");
        assertThat(q.text()).isEqualTo("Thanks to our leaders.");
    }

    @Test
    void headerNotAmongTheKnownOnesIsReadByItsShapeWithAWarning() {
        ImportResult<DebateCard> result = importer.importText(HEADING + "Jane Doe, Analyst, RAND It is over. (TNI, 01.02.18)",
                List.of("Ethan Meick, Policy Analyst, USCC"));
        assertThat(only(result.value()).speakerNames()).isEqualTo("Jane Doe");
        assertThat(result.warnings()).extracting(ImportWarning::message).singleElement().asString()
                .contains("“Jane Doe, Analyst, RAND” is not among the known headers");
    }

    @Test
    void parenthesesInsideAQuoteAreNotCitations() {
        CardQuote q = only(body("Jane Doe, Analyst, RAND The summit (the SCO meeting, June 2019) was short, and the dispute "
                + "(over the Kuril Islands) lingers. (TNI, 01.02.18)"));
        assertThat(q.text()).isEqualTo("The summit (the SCO meeting, June 2019) was short, and the dispute (over the Kuril Islands) lingers.");
    }

    @Test
    void citationDatesAreReadAtTheirPrecision() {
        DebateCard card = body("Jane Doe, Analyst, RAND One. (Foreign Affairs, June 14, 2019) Two. (NBR, July 2017) "
                + "Three. (Journal, 2017-2018). Four. (TNI, 12.16.18)");
        assertThat(card.quotes()).extracting(q -> q.citation().publication())
                .containsExactly("Foreign Affairs", "NBR", "Journal", "TNI");
        assertThat(card.quotes()).extracting(q -> q.citation().date().precision())
                .containsExactly(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.RANGE, DatePrecision.DAY);
    }

    @Test
    void unreadablePiecesBecomeWarningsWithLineAndColumn() {
        String text = "RM 6/14 (RM, experts, 6-14-2019, \"T,\" Russia Matters, https://x.org) ank\n"
                + "It opens without a header. (TNI, 01.02.18) (TNI, 01.03.18) And it trails off";
        ImportResult<DebateCard> result = importer.importText(text);
        assertThat(result.warnings()).extracting(ImportWarning::toString).containsExactly(
                "line 2: column 1: the body opens without a voice's header; its first quote names no one",
                "line 2: column 44: citation (TNI, 01.03.18) follows no quote text",
                "line 2: column 60: text after the last citation has no citation of its own");
        assertThat(result.value().quotes()).extracting(CardQuote::text).containsExactly("It opens without a header.", "And it trails off");
        assertThat(result.value().quotes().get(0).people()).isEmpty();
        assertThat(result.value().quotes().get(1).citation().raw()).isEmpty();
    }

    @Test
    void headersRebuiltFromTheSeedArticleMatchEveryHeaderLineItPrints() {
        String article = SeedText.roundUp();
        Project project = new RoundUpImporter().importText(article).value();
        List<String> known = DebateCardImporter.headersOf(project);
        List<String> lines = Paragraphs.lines(article).stream().map(Paragraphs::trim).toList();
        for (Voice voice : project.voices()) {
            var first = voice.quotes().get(0);
            int at = lines.indexOf(first.text() + " (" + first.citation().raw() + ")");
            int header = at - 1;
            while (lines.get(header).isEmpty()) {
                header--;
            }
            String headerLine = lines.get(header);
            ImportResult<DebateCard> result = importer.importText(HEADING + headerLine + " Quote. (" + first.citation().raw() + ")", known);
            assertThat(result.warnings()).as(headerLine).isEmpty();
            assertThat(only(result.value()).speaker()).isEqualTo(headerLine);
            assertThat(only(result.value()).people()).extracting(Person::name)
                    .containsExactlyElementsOf(voice.people().stream().map(Person::name).toList());
        }
    }

    @Test
    void titleEndingInALongRunOfCommasAndSpacesIsReadInLinearTime() {
        // 300 KB of ", " the title's closing quote follows: a backtracking trim of trailing punctuation took minutes
        String hostile = "RM 6/14 (RM, citing experts, 6-14-2019, \"Round-Up" + ", ".repeat(150_000) + "x, . ,\" Russia Matters, "
                + "https://x.org) ank Jane Doe, Analyst, RAND It is over.";

        DebateCard card = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> importer.importText(hostile).value());

        assertThat(card.cite().title()).startsWith("Round-Up, , ").endsWith(", x").hasSize(8 + 300_000 + 1);
    }
}
