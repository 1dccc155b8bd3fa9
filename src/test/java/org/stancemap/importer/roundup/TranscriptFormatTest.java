package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancemap.importer.RoundUpFixtures.lineOf;
import static org.stancemap.importer.roundup.ExpectedEntry.expert;
import static org.stancemap.importer.roundup.ExpectedEntry.moderator;
import static org.stancemap.importer.roundup.ExpectedEntry.nobody;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.RoundUpFixtures;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.model.Person;

/** Speaker transcripts, fixture by fixture: who speaks, who moderates, each turn's lines, and what was dropped. */
class TranscriptFormatTest {

    private final TranscriptFormat format = new TranscriptFormat();

    private FormatReading read(String fixture) {
        return format.read(RoundUpFixtures.document(fixture));
    }

    private static List<ExpectedEntry> entries(FormatReading reading) {
        return reading.entries().stream().map(ExpectedEntry::of).toList();
    }

    @Test
    void panelWithCapitalLabelsGathersEachSpeakersTurnsAndTakesRolesFromAboutTheSpeakers() {
        String f = "transcript-panel-caps.txt";
        FormatReading reading = read(f);

        assertThat(entries(reading)).containsExactly(
                moderator("Daniel Whitcombe", "Senior Editor, Steppe Review", lineOf(f, "WHITCOMBE:"), 6),
                expert("Patricia Hale", "senior fellow at the Institute for Riparian Security and a former adviser "
                        + "to the Aral Sea basin commission", lineOf(f, "PATRICIA HALE:"), 3),
                expert("Amara Okafor", "professor of hydrology at the University of Leeds",
                        lineOf(f, "DR. AMARA OKAFOR:"), 2),
                expert("Ivan Terziev", "director of the energy programme at the Balkan Policy Lab",
                        lineOf(f, "Thank you. I am the skeptic") - 1, 1),
                nobody(EntryRole.NOT_AN_EXPERT, lineOf(f, "QUESTIONER:"), 1));
        DraftQuote haleFirst = reading.entries().get(1).quotes().get(0);
        assertThat(haleFirst.firstLine()).isEqualTo(lineOf(f, "PATRICIA HALE:"));
        assertThat(haleFirst.lastLine()).isEqualTo(lineOf(f, "What has changed is the canal"));
        assertThat(haleFirst.text()).startsWith("I would put it as unlikely").contains("armies.\n\nWhat has changed")
                .endsWith("dry years.");
        assertThat(reading.warnings()).extracting(ImportWarning::line).containsExactly(26, 47);
        assertThat(reading.warnings().get(0).message()).contains("[crosstalk]");
        assertThat(reading.warnings().get(1).message()).contains("TERZIEV:").contains("no answer");
        assertThat(reading.front().title()).isEqualTo("Panel Discussion: How Likely Is a Water War in Central Asia?");
        assertThat(reading.front().date()).contains(LocalDate.of(2024, 4, 9));
        assertThat(reading.front().intro()).singleElement().asString().startsWith("Transcript of a public panel");
        assertThat(reading.template()).isEqualTo(SpectrumTemplate.LIKELIHOOD);
    }

    @Test
    void inlineInterviewFindsTheInterviewerByTheQuestionsAndMatchesSurnameLabelsToParticipants() {
        String f = "transcript-interview-inline.txt";
        FormatReading reading = read(f);

        assertThat(entries(reading)).containsExactly(
                moderator("Rafael Quint", "", lineOf(f, "Rafael Quint:"), 4),
                expert("Lena Marsh", "Senior Fellow, Centre for Strategic Futures", lineOf(f, "Lena Marsh:"), 2),
                expert("Tomasz Wieczorek", "Associate Professor of Security Studies, University of Gdańsk",
                        lineOf(f, "Tomasz Wieczorek:"), 2));
        assertThat(reading.entries().get(1).quotes().get(1).firstLine()).isEqualTo(lineOf(f, "Marsh: The money"));
        assertThat(reading.warnings()).isEmpty();
        assertThat(reading.front().intro()).containsExactly("Our correspondent spoke with two researchers about the "
                + "French offer to extend its deterrent and whether a European force is realistic.");
        // "Will Europe build …?" asks whether something will happen: the likelihood scale suits it
        assertThat(reading.template()).isEqualTo(SpectrumTemplate.LIKELIHOOD);
    }

    @Test
    void podcastWithTimestampsNamesTheHostFromTheIntroductionAndTitledLabelsFromTheGuestsLine() {
        String f = "transcript-podcast-timestamps.txt";
        FormatReading reading = read(f);

        assertThat(entries(reading)).containsExactly(
                moderator("Sam Reyes", "", lineOf(f, "[00:00:04] HOST:"), 5),
                expert("Nadia Farouk", "Chief Economist, Gridwise Analytics", lineOf(f, "[00:00:19]"), 2),
                expert("Helen Roe", "former U.S. Ambassador to Denmark", lineOf(f, "[00:01:10]"), 2),
                expert("Kofi Mensah", "Head of Research, Solar Transition Network", lineOf(f, "[00:02:15]"), 2));
        assertThat(reading.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(lineOf(f, "[00:02:44]"));
            assertThat(w.message()).contains("[inaudible]");
        });
        assertThat(reading.entries().get(1).quotes().get(0).text()).startsWith("For most of the country, no.");
    }

    @Test
    void questionAndAnswerInterviewGivesTheAnswersToTheOnePersonTheIntroductionSaysItIsWith() {
        String f = "transcript-q-and-a.txt";
        FormatReading reading = read(f);

        assertThat(entries(reading)).containsExactly(
                nobody(EntryRole.MODERATOR, lineOf(f, "Q: The two sides"), 3),
                expert("Miriam Adeyemi", "director of the Horn of Africa programme at the Nile Basin Institute",
                        lineOf(f, "A: I would say"), 3));
        assertThat(reading.warnings()).isEmpty();
    }

    @Test
    void boldLeadsAreLabelsAndAModeratorNamedSoInTheIntroductionIsNotAVoice() {
        String f = "transcript-bold-leads.md";
        FormatReading reading = read(f);

        assertThat(entries(reading)).containsExactly(
                moderator("Eva Lindgren", "", lineOf(f, "**Eva Lindgren:** The council"), 3),
                expert("Jonas Aalto", "research director at the Arctic Governance Centre in Rovaniemi",
                        lineOf(f, "**Jonas Aalto:**"), 2),
                expert("Grace Okonkwo", "associate professor of international law at the University of Tromsø",
                        lineOf(f, "**Dr. Grace Okonkwo:**"), 1),
                expert("Mikhail Sorokin", "visiting fellow at the Polar Policy Institute",
                        lineOf(f, "**Mikhail Sorokin:** It depends"), 1));
        assertThat(reading.entries().get(2).quotes().get(0).lastLine()).isEqualTo(lineOf(f, "It may survive in name."));
        assertThat(reading.warnings()).extracting(ImportWarning::line)
                .containsExactly(lineOf(f, "**Mikhail Sorokin:** [laughter]"));
        assertThat(reading.front().title()).isEqualTo("Roundtable: Will the Arctic Council Survive the Decade?");
    }

    @Test
    void bracketedLabelsWithAModeratorMarkedInTheParticipantsList() {
        String f = "transcript-roundtable-brackets.txt";
        FormatReading reading = read(f);

        assertThat(entries(reading)).containsExactly(
                moderator("Hannah Voss", "Director, Resource Futures Program", lineOf(f, "[Hannah Voss:] Welcome"), 4),
                expert("Liu Wen", "Senior Analyst, Pacific Materials Observatory", lineOf(f, "[Liu Wen:] In"), 2),
                expert("Carlos Mendoza", "former Minister of Mines, Chile", lineOf(f, "[Carlos Mendoza:] I"), 1),
                expert("Aisha Bello", "Chief Executive, Lagos Commodities Exchange", lineOf(f, "[Aisha Bello:]"), 1),
                expert("Peter Lindahl", "Professor of Geology, Uppsala University", lineOf(f, "[Peter Lindahl:]"), 1),
                expert("Grace Tanaka", "Head of Supply Chain Research, Kobe Institute",
                        lineOf(f, "[Grace Tanaka:] Japan"), 1));
        assertThat(reading.warnings()).extracting(ImportWarning::line)
                .containsExactly(lineOf(f, "[Grace Tanaka:] [crosstalk]"), Paragraphs.lines(RoundUpFixtures.text(f)).size());
        assertThat(reading.front().intro()).singleElement().asString().startsWith("Six specialists met online");
    }

    @Test
    void answersLabelledOnlyAWithNoOneNamedAreKeptWithoutASpeakerAndADoubt() {
        String text = "Interview: Ports\n\nQ: Will the port reopen?\n\nA: Not this year.\n\nQ: Why?\n\nA: Dredging.\n";

        FormatReading reading = format.read(SourceDocument.plainText("t", text));

        assertThat(reading.entries()).hasSize(2);
        DraftEntry answers = reading.entries().get(1);
        assertThat(answers.people()).isEmpty();
        assertThat(answers.becomesVoice()).isFalse();
        assertThat(answers.doubt()).hasValueSatisfying(d -> assertThat(d).contains("“A:”"));
    }

    @Test
    void biographiesOneALineWithNoBlankLineBetweenGiveEachSpeakerTheirOwnRole() {
        String text = """
                Webinar: Can Small Reactors Deliver by 2035?

                MODERATOR: Will they deliver?

                MARIA CASTELLANOS: Not by 2035.

                PROF. ADEYEMI: Some will, in Canada.

                HENRIK DAHL: Licensing decides it.

                MODERATOR: Thank you all.

                About the speakers
                Maria Castellanos is a senior analyst at the Grid Futures Lab.
                Oluwaseun Adeyemi is professor of nuclear engineering at Lakeshore University.
                Henrik Dahl is a former regulator at the Nordic Radiation Authority.
                """;

        FormatReading reading = format.read(SourceDocument.plainText("t", text));

        assertThat(reading.entries()).filteredOn(DraftEntry::becomesVoice).extracting(DraftEntry::people).containsExactly(
                List.of(new Person("Maria Castellanos", "senior analyst at the Grid Futures Lab")),
                List.of(new Person("Oluwaseun Adeyemi", "professor of nuclear engineering at Lakeshore University")),
                List.of(new Person("Henrik Dahl", "former regulator at the Nordic Radiation Authority")));
    }

    @Test
    void surnameLabelMatchingTwoParticipantsKeepsTheLabelAndSaysWhy() {
        String text = """
                Panel: Rivers

                Participants: Jane Roe, Fellow, Lab; Richard Roe, Editor, Review

                JANE ROE: Rivers will run dry by 2040.

                RICHARD ROE: I doubt that.

                ROE: So do I, on reflection.

                JANE ROE: Then we disagree.
                """;

        FormatReading reading = format.read(SourceDocument.plainText("t", text));

        assertThat(reading.entries()).extracting(e -> e.people().get(0).name())
                .containsExactly("Jane Roe", "Richard Roe", "Roe");
        assertThat(reading.entries().get(0).people()).containsExactly(new Person("Jane Roe", "Fellow, Lab"));
        assertThat(reading.entries().get(2).doubt()).hasValueSatisfying(d ->
                assertThat(d).contains("Jane Roe").contains("Richard Roe"));
    }

    @Test
    void participantMarkedModeratorInTheBlockIsTheModeratorAndABareSurnameLabelFindsThem() {
        String text = """
                Debate: Tariffs

                Speakers
                Ann Lee, Professor, Yale
                Bo Park, Editor, Trade Weekly (moderator)

                PARK: Ann, do tariffs work?

                LEE: Rarely, and never for long.

                PARK: Why not?

                LEE: Supply chains route around them.
                """;

        FormatReading reading = format.read(SourceDocument.plainText("t", text));

        assertThat(entries(reading)).containsExactly(
                moderator("Bo Park", "Editor, Trade Weekly", 7, 2),
                expert("Ann Lee", "Professor, Yale", 9, 2));
    }

    @Test
    void withoutItsModeratorLineThePanelStillFindsTheModeratorByTheQuestionsAndTheAudienceDoesNotCount() {
        String text = RoundUpFixtures.text("transcript-panel-caps.txt")
                .replace("Moderator: Daniel Whitcombe, Senior Editor, Steppe Review\n", "");

        FormatReading reading = format.read(SourceDocument.plainText("t", text));

        assertThat(reading.entries().get(0).people()).containsExactly(new Person("Whitcombe", ""));
        assertThat(reading.entries()).extracting(DraftEntry::role).containsExactly(EntryRole.MODERATOR,
                EntryRole.EXPERT, EntryRole.EXPERT, EntryRole.EXPERT, EntryRole.NOT_AN_EXPERT);
    }

    @Test
    void twoSpeakersWhoBothAskQuestionsAreAConversationWithNoModerator() {
        String text = """
                Talk: Fusion

                ANN LEE: Is fusion ten years away?

                BO PARK: Is it ever not? But seriously, what changed?

                ANN LEE: Magnets. Do you disagree?

                BO PARK: Not on magnets. On money, though?
                """;

        FormatReading reading = format.read(SourceDocument.plainText("t", text));

        assertThat(reading.entries()).extracting(DraftEntry::role).containsExactly(EntryRole.EXPERT, EntryRole.EXPERT);
    }

    @Test
    void colonTitlesAndOrdinalWordsInsideAnAnswerAreNotSpeakerLabels() {
        String text = """
                Expert Round-Up: How Likely Is a Port Strike?

                Editor's note: names are as given.

                JANE ROE:
                Two reasons. Second: the contract ends in May.

                Russia: that is where the grain goes.

                JOHN DOE:
                I agree.

                JANE ROE:
                Good.
                """;

        FormatReading reading = format.read(SourceDocument.plainText("t", text));

        assertThat(reading.front().title()).isEqualTo("Expert Round-Up: How Likely Is a Port Strike?");
        assertThat(reading.front().intro()).containsExactly("Editor's note: names are as given.");
        assertThat(entries(reading)).containsExactly(expert("Jane Roe", "", 5, 2), expert("John Doe", "", 10, 1));
        assertThat(reading.entries().get(0).quotes().get(0).text())
                .isEqualTo("Two reasons. Second: the contract ends in May.\n\nRussia: that is where the grain goes.");
    }

    @Test
    void turnsEndAtAnEndMarkerAndWhatFollowsIsNotRead() {
        String text = "Panel\n\nANN LEE: One.\n\nBO PARK: Two.\n\nANN LEE: Three.\n\n(END)\n\nCopyright 2024 Panel Press.\n";

        FormatReading reading = format.read(SourceDocument.plainText("t", text));

        assertThat(reading.entries().get(0).quotes()).extracting(DraftQuote::text).containsExactly("One.", "Three.");
        assertThat(reading.entries().get(0).lastLine()).isEqualTo(7);
    }
}
