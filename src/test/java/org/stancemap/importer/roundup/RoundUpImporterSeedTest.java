package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Citation;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;
import org.stancemap.importer.ImportResult;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.text.Paragraphs;

/** The bundled article, entry by entry: its counts and each of the traps the seeds' README lists. */
class RoundUpImporterSeedTest {

    private static String seed;
    private static ImportResult<Project> result;
    private static Project project;

    @BeforeAll
    static void importSeed() {
        seed = SeedText.roundUp();
        result = new RoundUpImporter().importText(seed);
        project = result.value();
    }

    private static Voice voice(String id) {
        return project.voice(id).orElseThrow(() -> new AssertionError("no voice " + id));
    }

    @Test
    void seedYieldsFiftyOneVoicesAndOneHundredTwelveQuotesWithoutWarnings() {
        assertThat(result.warnings()).isEmpty();
        assertThat(project.voices()).hasSize(51);
        assertThat(project.voices().stream().mapToInt(v -> v.quotes().size()).sum()).isEqualTo(112);
    }

    @Test
    void frontMatterGivesTitleDateAuthorsAndIntroButNoPublisherOrUrl() {
        var roundUp = project.roundUp();
        assertThat(roundUp.title()).isEqualTo("Expert Round-Up: How Likely Is a China-Russia Military Alliance?");
        assertThat(roundUp.date()).contains(LocalDate.of(2019, 6, 14));
        assertThat(roundUp.authors()).containsExactly("Simon Saradzhyan", "Angelina Flood");
        assertThat(roundUp.publisher()).isEmpty();
        assertThat(roundUp.url()).isEmpty();
        assertThat(roundUp.intro()).hasSize(10);
        assertThat(roundUp.intro().get(0)).startsWith("Russia and China watchers are parsing statements");
        assertThat(roundUp.intro().get(9)).startsWith("So what would be the most accurate description");
        assertThat(roundUp.intro()).allSatisfy(paragraph -> assertThat(seed).contains(paragraph));
    }

    @Test
    void questionIsTheTitleWithoutItsRoundUpLabelInSentenceCaseOnTheLikelihoodScale() {
        assertThat(project.spectrum().question()).isEqualTo("How likely is a China-Russia military alliance?");
        assertThat(project.spectrum()).isEqualTo(SpectrumTemplate.LIKELIHOOD.spectrum(project.spectrum().question()));
    }

    @Test
    void voicesComeInArticleOrderFromAllisonToZwack() {
        List<Voice> voices = project.voices();
        assertThat(voices.get(0).id()).isEqualTo("graham-t-allison");
        assertThat(voices.get(0).people()).containsExactly(
                new Person("Graham T. Allison", "Douglas Dillon Professor of Government, Harvard University"));
        assertThat(voices.get(1).id()).isEqualTo("jamil-anderlini");
        assertThat(voices.get(50).id()).isEqualTo("peter-zwack");
        assertThat(voices).allSatisfy(v -> assertThat(v.placements()).isEmpty());
    }

    @Test
    void captionPhotoCreditAndAuthorBiosAreNotVoices() {
        List<String> names = project.voices().stream()
                .flatMap(v -> v.people().stream()).map(Person::name).toList();
        assertThat(names).doesNotContain("Angelina Flood", "Russian President Vladimir Putin and Chinese President Xi Jinping");
        assertThat(names).noneMatch(name -> name.startsWith("Photo"));
        assertThat(names.stream().filter("Simon Saradzhyan"::equals)).hasSize(2);
    }

    @Test
    void onePersonWithTwoEntriesGetsTwoVoices() {
        assertThat(voice("simon-saradzhyan-and-ali-wyne").people()).containsExactly(
                new Person("Simon Saradzhyan", "Founding Director of Russia Matters"),
                new Person("Ali Wyne", "Policy Analyst, RAND Corporation"));
        assertThat(voice("simon-saradzhyan").people()).containsExactly(
                new Person("Simon Saradzhyan", "Founding Director of Russia Matters"));
        assertThat(voice("simon-saradzhyan").quotes()).hasSize(2);
    }

    @Test
    void semicolonAndHeaderSplitsIntoPeopleWithTheirOwnRoles() {
        Voice hillAndLo = voice("fiona-hill-and-bobo-lo");
        assertThat(hillAndLo.people()).extracting(Person::name).containsExactly("Fiona Hill", "Bobo Lo");
        assertThat(hillAndLo.people().get(0).role()).isEqualTo("White House National Security Council Senior Director for European");
        assertThat(hillAndLo.people().get(1).role()).isEqualTo(
                "Russian Affairs and Associate Research Fellow at the French Institute of International Relations");
        assertThat(hillAndLo.quotes()).extracting(q -> q.citation().raw())
                .containsExactly("Foreign Affairs, 07.31.13", "Foreign Affairs, 07.31.13");
        assertThat(voice("bobo-lo").quotes()).hasSize(3);
    }

    @Test
    void threeCoAuthorsSplitAndDiacriticsFoldInTheId() {
        Voice voice = voice("samuel-charap-and-john-drennan-and-pierre-noel");
        assertThat(voice.people()).extracting(Person::name).containsExactly("Samuel Charap", "John Drennan", "Pierre Noël");
        assertThat(voice.people().get(0).role()).isEqualTo("Senior Political Scientist, RAND Corporation");
        assertThat(voice.people().get(2).role()).isEqualTo("Senior Fellow in Economic and Energy Security, IISS");
        assertThat(voice.shortName()).isEqualTo("Charap, Drennan and Noël");
    }

    @Test
    void coAuthoredRespectivelyHeaderGivesEachPersonTheirRoleAtTheSharedOrganisation() {
        assertThat(voice("feng-zhongping-and-huang-jing").people()).containsExactly(
                new Person("Feng Zhongping", "Vice President, China Institutes of Contemporary International Relations (CICIR)"),
                new Person("Huang Jing", "Assistant Researcher, China Institutes of Contemporary International Relations (CICIR)"));
        assertThat(voice("paul-stronski-and-nicole-ng").people()).containsExactly(
                new Person("Paul Stronski", "Senior Fellow, Russia and Eurasia Program, Carnegie Endowment for International Peace"),
                new Person("Nicole Ng", "Research Assistant, Russia and Eurasia Program, Carnegie Endowment for International Peace"));
    }

    @Test
    void headersEndingInAParenthesisThatIsNotACitationStayHeaders() {
        assertThat(voice("jim-mattis").people().get(0).role()).isEqualTo("U.S. Secretary of Defense (2017-2018)");
        assertThat(voice("jim-mattis").quotes()).extracting(q -> q.citation().publication())
                .containsExactly("Resignation Letter", "Reuters");
        assertThat(voice("ivan-zuenko").people().get(0).role())
                .isEqualTo("Research Fellow, Center for Asia Pacific Studies, Russian Academy of Sciences (Far Eastern Branch)");
        assertThat(voice("alexander-lukin").people().get(0).role()).endsWith("(MGIMO)");
        assertThat(voice("zhao-lingmin").people().get(0).role()).isEqualTo("Columnist, Financial Times (Chinese edition)");
        assertThat(voice("shi-ze").people().get(0).role()).endsWith("(a think tank affiliated with China’s Foreign Ministry)");
        assertThat(voice("ivan-zuenko").quotes()).hasSize(3);
    }

    @Test
    void dayCitationSplitsIntoPublicationDayAndRawText() {
        Citation citation = voice("graham-t-allison").quotes().get(0).citation();
        assertThat(citation.publication()).isEqualTo("The National Interest");
        assertThat(citation.raw()).isEqualTo("The National Interest, 12.14.18");
        assertThat(citation.date().text()).isEqualTo("12.14.18");
        assertThat(citation.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(citation.date().start()).contains(LocalDate.of(2018, 12, 14));
    }

    @Test
    void monthYearCitationsKeepMonthPrecision() {
        assertMonth(voice("feng-zhongping-and-huang-jing"), "European Strategic Partnership Observatory", "June 2014", 2014, 6);
        assertMonth(voice("vladislav-inozemtsev"), "Russia Scenarios 2030", "May 2019", 2019, 5);
        assertMonth(voice("alexander-lukin"), "China and Russia: The New Rapprochement", "March 2018", 2018, 3);
        assertMonth(voice("eugene-rumer"), "National Bureau of Asian Research", "July 2017", 2017, 7);
        long monthCitations = project.voices().stream().flatMap(v -> v.quotes().stream())
                .filter(q -> q.citation().date().precision() == DatePrecision.MONTH).count();
        assertThat(monthCitations).isEqualTo(10);
    }

    private static void assertMonth(Voice voice, String publication, String text, int year, int month) {
        assertThat(voice.quotes()).allSatisfy(quote -> {
            assertThat(quote.citation().publication()).isEqualTo(publication);
            assertThat(quote.citation().date().text()).isEqualTo(text);
            assertThat(quote.citation().date().precision()).isEqualTo(DatePrecision.MONTH);
            assertThat(quote.citation().date().start()).contains(LocalDate.of(year, month, 1));
            assertThat(quote.citation().date().end()).contains(LocalDate.of(year, month, 1).plusMonths(1).minusDays(1));
        });
    }

    @Test
    void quoteStartingWithANoBreakSpaceAndABracketKeepsItsTextExactly() {
        Quote second = voice("graham-t-allison").quotes().get(1);
        assertThat(second.text()).startsWith("[T]he differences in national interests, values and culture are stark.");
        assertThat(second.text()).endsWith("the prospects for a Chinese-Russian alliance in the longer run are undoubtedly grim.");
    }

    @Test
    void bracketsEllipsesAndCurlyQuotesSurviveVerbatim() {
        List<Quote> allison = voice("graham-t-allison").quotes();
        assertThat(allison.get(0).text()).contains("“the most dangerous scenario,”");
        assertThat(allison.get(2).text()).contains("Russian and Chinese generals’ [sic] staffs");
        assertThat(voice("jamil-anderlini").quotes().get(0).text()).contains("monolith. … It is true that Russia’s ego");
        assertThat(voice("zhang-wenmu").quotes()).extracting(Quote::text)
                .containsExactly("U.S. containment invites China-Russia counter-containment.");
    }

    @Test
    void everyQuoteIsItsSeedParagraphVerbatimWithoutTheCitation() {
        assertThat(project.voices()).flatMap(Voice::quotes).allSatisfy(quote -> {
            assertThat(seed).contains(quote.text() + " (" + quote.citation().raw() + ")");
            assertThat(quote.text()).isEqualTo(Paragraphs.trim(quote.text())).isNotEmpty();
            assertThat(quote.placement()).isEqualTo(Optional.empty());
        });
    }

    @Test
    void everyCitationDateInTheSeedIsReadAtDayOrMonthPrecision() {
        assertThat(project.voices()).flatMap(Voice::quotes)
                .extracting(q -> q.citation().date().precision())
                .containsOnly(DatePrecision.DAY, DatePrecision.MONTH);
    }
}
