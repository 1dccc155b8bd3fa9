package org.stancemap.importer.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.model.CardQuote;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.importer.ImportResult;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.roundup.RoundUpImporter;

/** The bundled debate card: its heading, its body split at citations and the voice each quote is put under. */
class DebateCardImporterSeedTest {


    private static String text;
    private static ImportResult<DebateCard> result;
    private static DebateCard card;

    @BeforeAll
    static void importSeed() {
        text = SeedText.read(SeedText.CARD);
        result = new DebateCardImporter().importText(text);
        card = result.value();
    }

    @Test
    void seedCardImportsWithoutWarnings() {
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void headingGivesShortCiteAndCutterAndNoTag() {
        assertThat(card.tag()).isEmpty();
        assertThat(card.cite().shortCite()).isEqualTo("RM 6/14");
        assertThat(card.cutter()).isEqualTo("ank");
    }

    @Test
    void fullCiteSplitsIntoAuthorDescriptionDateTitlePublisherAndUrl() {
        var cite = card.cite();
        assertThat(cite.author()).isEqualTo("RM");
        assertThat(cite.description()).isEqualTo("citing over 50 experts’ opinions on the China-Russia military alliance");
        assertThat(cite.date().text()).isEqualTo("6-14-2019");
        assertThat(cite.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(cite.date().start()).contains(LocalDate.of(2019, 6, 14));
        assertThat(cite.title()).isEqualTo("Expert Round-Up: How Likely Is a China-Russia Military Alliance?");
        assertThat(cite.publisher()).contains("Russia Matters");
        assertThat(cite.url()).contains("https://www.russiamatters.org/analysis/expert-round-how-likely-china-russia-military-alliance");
        assertThat(text.startsWith("RM 6/14 (" + cite.raw() + ") ank\n")).isTrue();
    }

    @Test
    void bodySplitsIntoFifteenQuotesAtItsFifteenCitations() {
        assertThat(card.quotes()).hasSize(15);
        assertThat(card.quotes()).extracting(q -> q.citation().raw()).containsExactly(
                "The National Interest, 09.02.18", "The National Interest, 09.02.18",
                "National Bureau of Asian Research, July 2017",
                "Russia Matters, 06.07.18", "Russia Matters, 06.07.18",
                "Russia Matters, 05.12.17", "Russia Matters, 05.12.17",
                "South China Morning Post, 06.08.19", "South China Morning Post, 06.08.19",
                "Wall Street Journal, 02.01.19", "TASS, 04.03.18",
                "The National Interest, 12.16.18", "The National Interest, 12.16.18",
                "The National Interest, 12.16.18", "The National Interest, 12.16.18");
        assertThat(card.quotes().get(2).citation().date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(card.quotes().get(0).citation().date().start()).contains(LocalDate.of(2018, 9, 2));
    }

    @Test
    void eachQuoteIsPutUnderTheHeaderBeforeIt() {
        assertThat(card.quotes()).extracting(CardQuote::speakerNames).containsExactly(
                "Ethan Meick", "Ethan Meick", "Eugene Rumer",
                "Simon Saradzhyan and Ali Wyne", "Simon Saradzhyan and Ali Wyne",
                "Simon Saradzhyan", "Simon Saradzhyan", "Shi Jiangtao", "Shi Jiangtao", "Shi Ze", "Sergei Shoigu",
                "Dimitri K. Simes", "Dimitri K. Simes", "Dimitri K. Simes", "Dimitri K. Simes");
    }

    @Test
    void headersEndWhereTheirQuotesBegin() {
        List<CardQuote> q = card.quotes();
        assertThat(q.get(0).speaker()).isEqualTo("Ethan Meick, Policy Analyst, U.S.-China Economic and Security Review Commission");
        assertThat(q.get(0).text()).startsWith("Kremlin spokesman Dmitry Peskov stated").endsWith("new Sino-Russian military alliance.");
        assertThat(q.get(1).text()).startsWith("[W]hile both states may oppose American hegemony");
        assertThat(q.get(2).speaker()).isEqualTo("Eugene Rumer, Director and Senior Fellow, Russia and Eurasia Program, "
                + "Carnegie Endowment for International Peace");
        assertThat(q.get(2).text()).startsWith("Russia’s relations with China");
        assertThat(q.get(3).text()).startsWith("Today we see many shared interests");
        assertThat(q.get(4).text()).startsWith("But … the convergence");
        assertThat(q.get(5).speaker()).isEqualTo("Simon Saradzhyan, Founding Director of Russia Matters");
        assertThat(q.get(5).text()).startsWith("The fact that the Russian leadership");
        assertThat(q.get(7).speaker()).isEqualTo("Shi Jiangtao, Former Diplomat, China Reporter at South China Morning Post");
        assertThat(q.get(7).text()).startsWith("During his visit to Russia this week");
        assertThat(q.get(8).text()).startsWith("But despite their stronger ties").contains("Fraser Cameron, a former British diplomat");
        assertThat(q.get(9).speaker()).isEqualTo("Shi Ze, Former Chinese Diplomat in Moscow, Senior Fellow, China Institute of "
                + "International Studies (a think tank affiliated with China’s Foreign Ministry)");
        assertThat(q.get(9).text()).startsWith("China and Russia have different attitudes.");
        assertThat(q.get(10).speaker()).isEqualTo("Sergei Shoigu, Russia’s Defense Minister");
        assertThat(q.get(10).text()).startsWith("[Speaking to visiting Chinese Defense Minister Wei Fenghe:] Thanks");
        assertThat(q.get(11).speaker()).isEqualTo("Dimitri K. Simes, President and CEO, Center for the National Interest");
        assertThat(q.get(11).text()).startsWith("In private, Chinese and Russian officials");
        assertThat(q.get(13).text()).startsWith("Russian Defense Minister Sergei Shoigu left little to the imagination");
        assertThat(q.get(14).text()).startsWith("China and Russia may well build a united front")
                .endsWith("if the relationship further deteriorates.");
    }

    @Test
    void semicolonHeaderGivesEachPersonTheirOwnRole() {
        assertThat(card.quotes().get(3).people()).containsExactly(
                new Person("Simon Saradzhyan", "Founding Director of Russia Matters"),
                new Person("Ali Wyne", "Policy Analyst, RAND Corporation"));
    }

    @Test
    void everyQuoteIsTheCardTextBetweenItsHeaderAndItsCitation() {
        for (CardQuote q : card.quotes()) {
            assertThat(text.contains(q.text() + " (" + q.citation().raw() + ")")).as(q.text()).isTrue();
        }
    }

    @Test
    void headersOfTheSourceArticleGiveTheSameSplitExactly() {
        Project source = new RoundUpImporter().importText(SeedText.roundUp()).value();
        ImportResult<DebateCard> withKnown = new DebateCardImporter().importText(text, DebateCardImporter.headersOf(source));
        assertThat(withKnown.warnings()).isEmpty();
        assertThat(withKnown.value()).isEqualTo(card);
    }
}
