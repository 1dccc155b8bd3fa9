package org.stancemap.ui.sidepanel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.stancemap.edit.Command;
import org.stancemap.edit.CommandHistory;
import org.stancemap.edit.EditNoteCommand;
import org.stancemap.edit.MoveVoiceCommand;
import org.stancemap.model.Band;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;
import org.stancemap.render.FeaturedQuote;
import org.stancemap.ui.map.SearchQuery;

import static org.assertj.core.api.Assertions.assertThat;

/** The side panel's state, without a window: JavaFX properties work without the toolkit. */
class SidePanelViewModelTest {

    private static final String URL = "https://www.russiamatters.org/analysis/expert-round-how-likely-china-russia-military-alliance";
    private static final RoundUp ROUND_UP = new RoundUp("Expert Round-Up: How Likely Is a China-Russia Military Alliance?",
            Optional.of(LocalDate.of(2019, 6, 14)), List.of("Simon Saradzhyan", "Angelina Flood"),
            Optional.of("Russia Matters"), Optional.of(URL), List.of());
    private static final Spectrum SPECTRUM = new Spectrum("How likely is a China-Russia military alliance?",
            "No alliance", "De facto alliance", List.of(
            new Band("No alliance", 0.0, 0.2, "No alliance exists or is in prospect."),
            new Band("Partnership with limits", 0.2, 0.4, "Close partners held short of alliance."),
            new Band("Alliance possible", 0.4, 0.6, "An alliance could come."),
            new Band("Entente / functional alliance", 0.6, 0.8, "Works in parts like an alliance."),
            new Band("De facto alliance", 0.8, 1.0, "Allies in all but name.")));

    private static final Quote CHINA_DAILY = new Quote("Russia and China will never be against each other.",
            new Citation("China Daily", CitationDate.day("06.05.19", LocalDate.of(2019, 6, 5)), "China Daily, 06.05.19"));
    private static final Quote NBR = new Quote("A far-fetched possibility.",
            new Citation("National Bureau of Asian Research", CitationDate.period("July 2017", DatePrecision.MONTH,
                    LocalDate.of(2017, 7, 1), LocalDate.of(2017, 7, 31)), "National Bureau of Asian Research, July 2017"),
            Optional.of(placement(0.45, "could come", "Ann", "2026-01-10T12:00:00Z")));

    private static final Voice TRENIN = new Voice("dmitri-trenin",
            List.of(new Person("Dmitri Trenin", "Director, Carnegie Moscow Center")), List.of(CHINA_DAILY, NBR),
            Map.of("role", "scholar", "region", "Russian"),
            List.of(placement(0.3, "a partner", "Ann", "2026-01-10T12:00:00Z"),
                    new Placement(0.23, "a far-fetched possibility", OptionalDouble.of(0.8), "StanceMap editors",
                            Instant.parse("2026-11-23T12:00:00Z"))),
            "Calls it an entente.");
    private static final Voice FENG_AND_HUANG = new Voice("feng-zhongping-and-huang-jing",
            List.of(new Person("Feng Zhongping", "Vice President, CICIR"), new Person("Huang Jing", "Assistant Researcher, CICIR")),
            List.of(CHINA_DAILY), Map.of(), List.of(), "");

    private final ObjectProperty<Project> project =
            new SimpleObjectProperty<>(new Project(ROUND_UP, SPECTRUM, List.of(TRENIN, FENG_AND_HUANG)));
    private final ObjectProperty<Voice> selected = new SimpleObjectProperty<>();
    private final List<Command> executed = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final SidePanelViewModel viewModel = new SidePanelViewModel(project, selected, executed::add,
            opened::add, ZoneOffset.UTC);

    private static Placement placement(double position, String rationale, String by, String at) {
        return new Placement(position, rationale, OptionalDouble.empty(), by, Instant.parse(at));
    }

    @Test
    void featureOnSlideAddsTheSelectedVoicesQuoteUpToThreeAndTakesItBack() {
        ObservableList<FeaturedQuote> featured = FXCollections.observableArrayList(
                new FeaturedQuote("a", 0), new FeaturedQuote("b", 0));
        SidePanelViewModel panel = new SidePanelViewModel(project, selected, executed::add, opened::add, ZoneOffset.UTC,
                featured);
        selected.set(TRENIN);
        QuoteEntry second = panel.getQuotes().get(1);

        panel.toggleFeatured(second);

        assertThat(featured).containsExactly(new FeaturedQuote("a", 0), new FeaturedQuote("b", 0),
                new FeaturedQuote("dmitri-trenin", 1));
        assertThat(panel.isFeatured(second)).isTrue();
        assertThat(panel.isFeatured(panel.getQuotes().get(0))).isFalse();
        assertThat(panel.canFeature(panel.getQuotes().get(0))).isFalse();
        panel.toggleFeatured(panel.getQuotes().get(0));
        assertThat(featured).hasSize(3);

        panel.toggleFeatured(second);

        assertThat(featured).containsExactly(new FeaturedQuote("a", 0), new FeaturedQuote("b", 0));
        assertThat(panel.canFeature(panel.getQuotes().get(0))).isTrue();
        assertThat(executed).isEmpty();
    }

    @Test
    void nothingSelectedShowsTheRoundUpAndTheBandsToLearnTheScaleFrom() {
        assertThat(viewModel.isVoiceSelected()).isFalse();
        assertThat(viewModel.getPeople()).isEmpty();
        assertThat(viewModel.getQuotes()).isEmpty();
        assertThat(viewModel.roundUpTitleProperty().get()).isEqualTo(ROUND_UP.title());
        assertThat(viewModel.roundUpBylineProperty().get())
                .isEqualTo("By Simon Saradzhyan and Angelina Flood · Russia Matters · 14 June 2019");
        assertThat(viewModel.roundUpUrlProperty().get()).contains(URL);
        assertThat(viewModel.questionProperty().get()).isEqualTo(SPECTRUM.question());
        assertThat(viewModel.axisEndsProperty().get()).isEqualTo("0 = No alliance · 1 = De facto alliance");
        assertThat(viewModel.getBands()).hasSize(5);
        assertThat(viewModel.getBands().get(1))
                .isEqualTo(new BandEntry("Partnership with limits", "0.20–0.40", "Close partners held short of alliance."));
    }

    @Test
    void selectingAVoiceShowsItsPeopleTagsAndCurrentPlacementWithBand() {
        selected.set(TRENIN);

        assertThat(viewModel.isVoiceSelected()).isTrue();
        assertThat(viewModel.getPeople()).containsExactly(new Person("Dmitri Trenin", "Director, Carnegie Moscow Center"));
        assertThat(viewModel.getTags()).containsExactly(new TagEntry("region", "Russian"), new TagEntry("role", "scholar"));
        PlacementEntry placement = viewModel.getPlacement().orElseThrow();
        assertThat(placement.summary()).isEqualTo("Partnership with limits · 0.23");
        assertThat(placement.rationale()).isEqualTo("a far-fetched possibility");
        assertThat(placement.provenance()).isEqualTo("Placed by StanceMap editors · 23 November 2026 · confidence 80%");
    }

    @Test
    void theHistoryListsEveryOwnPlacementNewestFirst() {
        selected.set(TRENIN);

        assertThat(viewModel.getPlacementHistory()).extracting(PlacementEntry::summary)
                .containsExactly("Partnership with limits · 0.23", "Partnership with limits · 0.30");
        assertThat(viewModel.getPlacementHistory().get(1).rationale()).isEqualTo("a partner");
        assertThat(viewModel.getPlacementHistory().get(1).placedOn()).isEqualTo("10 January 2026");
    }

    @Test
    void aRationaleFoundInAQuoteIsTheExpertsWordsAndMarksThatQuoteAndPhrase() {
        selected.set(TRENIN);

        PlacementEntry placement = viewModel.getPlacement().orElseThrow();
        assertThat(placement.restsOnExpertsWords()).isTrue();
        assertThat(placement.evidenceHeading()).isEqualTo("Rests on the expert's words in quote 2");
        assertThat(viewModel.getQuotes().get(0).restsOn()).isEmpty();
        QuoteEntry nbr = viewModel.getQuotes().get(1);
        SearchQuery.Span phrase = nbr.restsOn().orElseThrow();
        assertThat(nbr.text().substring(phrase.start(), phrase.end())).isEqualTo("A far-fetched possibility");
    }

    @Test
    void aReasonFoundInNoQuoteIsTheAnalystsJudgementNamedAndDated() {
        selected.set(TRENIN);

        PlacementEntry earlier = viewModel.getPlacementHistory().get(1);
        assertThat(earlier.rationale()).isEqualTo("a partner");
        assertThat(earlier.restsOnExpertsWords()).isFalse();
        assertThat(earlier.reasonHeading()).isEqualTo("Analyst's reason — Ann, 10 January 2026");
    }

    @Test
    void theMapsSearchWordsAreFoundInQuotesIgnoringCaseAndAccents() {
        selected.set(TRENIN);
        viewModel.searchTextProperty().set("NEVER against");

        QuoteEntry chinaDaily = viewModel.getQuotes().get(0);
        assertThat(chinaDaily.searchMatches()).extracting(span -> chinaDaily.text().substring(span.start(), span.end()))
                .containsExactly("never", "against");
        assertThat(viewModel.getQuotes().get(1).searchMatches()).isEmpty();

        viewModel.searchTextProperty().set("");
        assertThat(viewModel.getQuotes().get(0).searchMatches()).isEmpty();
    }

    @Test
    void everyQuoteComesInFullWithItsCitationLinkAndOwnPlacement() {
        selected.set(TRENIN);

        assertThat(viewModel.getQuotes()).extracting(QuoteEntry::text).containsExactly(CHINA_DAILY.text(), NBR.text());
        QuoteEntry first = viewModel.getQuotes().get(0);
        assertThat(first.citation()).isEqualTo("China Daily, 5 June 2019 · via Russia Matters, "
                + "“Expert Round-Up: How Likely Is a China-Russia Military Alliance?”, 14 June 2019");
        assertThat(first.citationForClipboard()).isEqualTo(first.citation() + ", " + URL);
        assertThat(first.roundUpUrl()).contains(URL);
        assertThat(first.placement()).isEmpty();
        QuoteEntry second = viewModel.getQuotes().get(1);
        assertThat(second.citation()).startsWith("National Bureau of Asian Research, July 2017 · via ");
        assertThat(second.placement()).contains("Alliance possible · 0.45");
    }

    @Test
    void aCoAuthoredVoiceListsAllItsPeopleAndAnUnplacedOneHasNoPlacement() {
        selected.set(FENG_AND_HUANG);

        assertThat(viewModel.getPeople()).extracting(Person::name).containsExactly("Feng Zhongping", "Huang Jing");
        assertThat(viewModel.getPlacement()).isEmpty();
        assertThat(viewModel.getPlacementHistory()).isEmpty();
        assertThat(viewModel.getTags()).isEmpty();
    }

    @Test
    void aNewProjectIsReadForTheSelectedVoiceByIdEvenWhenTheSelectionHoldsTheStaleRecord() {
        selected.set(TRENIN);
        Project before = project.get();

        project.set(MoveVoiceCommand.of(before, TRENIN, placement(0.9, "allies", "Bo", "2026-12-01T12:00:00Z"))
                .execute(before));

        assertThat(selected.get()).isSameAs(TRENIN);
        assertThat(viewModel.isVoiceSelected()).isTrue();
        assertThat(viewModel.getPlacement().orElseThrow().summary()).isEqualTo("De facto alliance · 0.90");
        assertThat(viewModel.getPlacementHistory()).hasSize(3);
    }

    @Test
    void aProjectWithoutTheSelectedVoiceShowsThePlaceholder() {
        selected.set(TRENIN);

        project.set(new Project(ROUND_UP, SPECTRUM, List.of(FENG_AND_HUANG)));

        assertThat(viewModel.isVoiceSelected()).isFalse();
        assertThat(viewModel.getQuotes()).isEmpty();
        assertThat(viewModel.getNote()).isEmpty();
    }

    @Test
    void clearingTheSelectionShowsThePlaceholderAgain() {
        selected.set(TRENIN);
        selected.set(null);

        assertThat(viewModel.isVoiceSelected()).isFalse();
        assertThat(viewModel.getPeople()).isEmpty();
        assertThat(viewModel.getPlacement()).isEmpty();
    }

    @Test
    void typingANoteThenCommittingIssuesExactlyOneEditWithTheOldAndNewText() {
        selected.set(TRENIN);
        assertThat(viewModel.getNote()).isEqualTo("Calls it an entente.");

        for (String typed : List.of("Calls it an entente", "Calls it an entente;", "Calls it an entente; see 2018.")) {
            viewModel.setNote(typed);
        }
        assertThat(executed).isEmpty();
        assertThat(viewModel.isNoteEdited()).isTrue();
        viewModel.commitNote();
        viewModel.commitNote();

        assertThat(executed).containsExactly(
                new EditNoteCommand("dmitri-trenin", "Calls it an entente.", "Calls it an entente; see 2018."));
        assertThat(viewModel.isNoteEdited()).isFalse();
    }

    @Test
    void committingAnUnchangedNoteIssuesNothing() {
        selected.set(TRENIN);
        viewModel.setNote("changed");
        viewModel.setNote("Calls it an entente.");

        viewModel.commitNote();

        assertThat(executed).isEmpty();
    }

    @Test
    void undoOfANoteEditRestoresThePreviousNoteExactly() {
        CommandHistory history = new CommandHistory(project.get());
        history.addListener(project::set);
        SidePanelViewModel panel = new SidePanelViewModel(project, selected, history::execute, url -> { }, ZoneOffset.UTC);
        selected.set(TRENIN);

        panel.setNote("Rewritten.");
        panel.commitNote();
        assertThat(project.get().voice("dmitri-trenin").orElseThrow().note()).isEqualTo("Rewritten.");
        history.undo();

        assertThat(project.get().voice("dmitri-trenin").orElseThrow().note()).isEqualTo("Calls it an entente.");
        assertThat(panel.getNote()).isEqualTo("Calls it an entente.");
        assertThat(panel.isNoteEdited()).isFalse();
    }

    @Test
    void selectingAnotherVoiceCommitsTheDraftForTheOneBeingEdited() {
        selected.set(TRENIN);
        viewModel.setNote("Draft.");

        selected.set(FENG_AND_HUANG);

        assertThat(executed).containsExactly(new EditNoteCommand("dmitri-trenin", "Calls it an entente.", "Draft."));
        assertThat(viewModel.getNote()).isEmpty();
    }

    @Test
    void clearingTheSelectionDropsTheDraftRatherThanWriteItIntoAProjectBeingOpened() {
        selected.set(TRENIN);
        viewModel.setNote("Draft.");

        selected.set(null);
        project.set(new Project(ROUND_UP, SPECTRUM, List.of(TRENIN)));
        selected.set(TRENIN);

        assertThat(executed).isEmpty();
        assertThat(viewModel.getNote()).isEqualTo("Calls it an entente.");
    }

    @Test
    void aDraftSurvivesAnotherChangeToTheProjectAndCommitsAgainstTheNoteAsItIsThen() {
        selected.set(TRENIN);
        viewModel.setNote("Draft.");

        Project before = project.get();
        project.set(new EditNoteCommand("dmitri-trenin", "Calls it an entente.", "Changed elsewhere.").execute(before));
        assertThat(viewModel.getNote()).isEqualTo("Draft.");
        viewModel.commitNote();

        assertThat(executed).containsExactly(new EditNoteCommand("dmitri-trenin", "Changed elsewhere.", "Draft."));
    }

    @Test
    void discardingTheDraftShowsTheStoredNote() {
        selected.set(TRENIN);
        viewModel.setNote("Draft.");

        viewModel.discardNoteEdit();

        assertThat(viewModel.getNote()).isEqualTo("Calls it an entente.");
        assertThat(viewModel.isNoteEdited()).isFalse();
    }

    @Test
    void openingAUrlGoesToTheOpenerGiven() {
        viewModel.openUrl(URL);

        assertThat(opened).containsExactly(URL);
    }
}
