package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.SourceDocuments;
import org.stancemap.model.Band;
import org.stancemap.model.Citation;
import org.stancemap.model.Person;

/**
 * Each vote panel fixture, entry by entry: who votes, with what role, which band and confidence, how many comment
 * paragraphs, from which line; and the warnings, by line.
 */
class VotePanelFormatTest {

    private static final List<Band> BANDS = SpectrumTemplate.AGREEMENT.spectrum("").bands();

    private final VotePanelFormat format = new VotePanelFormat();

    private static final String PAGE_FURNITURE = "page-furniture.html";
    private static final String PAGE_CLIPPER = "page-clipper.md";

    /** One expected entry; {@code vote} is null for an expert with no opinion, {@code confidence} 0 for none. */
    private record Expected(int line, String name, String role, String vote, int confidence, int quotes) {
    }

    private static Expected voted(int line, String name, String role, String vote, int confidence, int quotes) {
        return new Expected(line, name, role, vote, confidence, quotes);
    }

    private static Expected unplaced(int line, String name, String role, int quotes) {
        return new Expected(line, name, role, null, 0, quotes);
    }

    private FormatReading read(String fixture) {
        return format.read(SourceDocuments.of(VotePanelFixtures.read(fixture), fixture));
    }

    private static void assertEntries(FormatReading reading, List<Expected> expected) {
        List<Expected> found = new ArrayList<>();
        for (DraftEntry entry : reading.entries()) {
            assertThat(entry.people()).hasSize(1);
            assertThat(entry.role()).isEqualTo(EntryRole.EXPERT);
            Person person = entry.people().get(0);
            String vote = entry.stance().map(StatedStance::answer).orElse(null);
            int confidence = entry.stance().map(s -> (int) Math.round(s.confidence().orElse(0) * 10)).orElse(0);
            found.add(new Expected(entry.firstLine(), person.name(), person.role(), vote, confidence,
                    entry.quotes().size()));
            entry.stance().ifPresent(stance -> assertThat(stance.position()).isEqualTo(
                    BANDS.stream().filter(b -> b.label().equals(stance.answer())).findFirst().orElseThrow().centre()));
            entry.quotes().forEach(q -> assertThat(q.citation().isStated()).isFalse());
        }
        assertThat(found).containsExactlyElementsOf(expected);
    }

    private static List<Integer> warningLines(FormatReading reading) {
        List<ImportWarning> all = new ArrayList<>(reading.warnings());
        reading.entries().forEach(e -> e.doubt().ifPresent(d -> all.add(new ImportWarning(e.firstLine(), d))));
        return all.stream().map(ImportWarning::line).sorted().toList();
    }

    @Test
    void blocksWithCapitalisedNamesReadEveryExpertVoteConfidenceAndComment() {
        FormatReading reading = read(VotePanelFixtures.BLOCKS);

        assertThat(reading.proposition()).contains("A congestion charge in a large city would reduce peak-hour traffic "
                + "substantially within two years.");
        assertThat(reading.template()).isEqualTo(SpectrumTemplate.AGREEMENT);
        assertThat(reading.front().title()).isEqualTo("Economists' Panel: Congestion Pricing");
        assertThat(reading.front().intro()).hasSize(1);
        assertEntries(reading, List.of(
                voted(8, "Lena Hartmann", "Professor of Economics at the University of Freiburg", "Agree", 8, 1),
                voted(13, "Jan van der Berg", "Professor at Erasmus University Rotterdam", "Strongly agree", 9, 1),
                voted(18, "Marta Nováková", "Associate Professor at Charles University", "Uncertain", 4, 1),
                voted(24, "Owen McLean", "Professor of Economics at the University of Glasgow", "Disagree", 6, 1),
                voted(29, "Sofía García López", "Professor at Universidad Carlos III de Madrid", "Agree", 7, 0),
                unplaced(33, "Andreas Müller", "Professor at ETH Zurich", 0),
                voted(36, "Priya Ramaswamy", "Professor of Public Policy at the London School of Economics",
                        "Strongly disagree", 5, 1),
                unplaced(41, "Claire Dubois-Martin", "Professor at Sciences Po", 1),
                voted(45, "Kofi Mensah", "Professor at the University of Ghana", "Agree", 10, 1),
                voted(50, "Elena de la Cruz", "Professor at the University of Valencia", "Agree", 6, 1),
                voted(55, "Tomasz Wójcik", "Professor at the Warsaw School of Economics", "Disagree", 3, 0),
                voted(59, "Aisling O'Brien", "Lecturer in Economics at Trinity College Dublin", "Strongly agree", 8, 1)));
        // an expert with no opinion (or no answer) and no comment is not on the map, and is told of at their line
        assertThat(warningLines(reading)).containsExactly(33);
    }

    @Test
    void commentSpanningTwoLinesIsOneQuoteWithBothLines() {
        DraftQuote quote = read(VotePanelFixtures.BLOCKS).entries().get(2).quotes().get(0);

        assertThat(quote.text()).isEqualTo("It depends on what the city does with the revenue and on the public "
                + "transport it has to offer the drivers it prices off the road.");
        assertThat(quote.firstLine()).isEqualTo(21);
        assertThat(quote.lastLine()).isEqualTo(22);
    }

    @Test
    void namedBlocksWithoutBlankLinesReadTheFirstQuestionAndWarnOfTheSecond() {
        FormatReading reading = read(VotePanelFixtures.NAMED_BLOCKS);

        assertThat(reading.proposition()).contains("A carbon border adjustment would measurably reduce carbon leakage "
                + "in the sectors it covers.");
        assertThat(reading.front().title()).isEqualTo("Climate Policy Expert Survey: Spring Round");
        assertEntries(reading, List.of(
                voted(4, "Hannah Lindqvist", "Stockholm School of Economics", "Agree", 7, 1),
                voted(8, "Rafael Ortega", "Universidad de Chile", "Disagree", 6, 1),
                voted(12, "Mei Tanaka", "University of Tokyo", "Strongly agree", 9, 0),
                voted(15, "Willem de Vries", "Professor of Environmental Economics, Wageningen University",
                        "Uncertain", 5, 1),
                voted(20, "Chiara Bellini", "Bocconi University", "Agree", 0, 1),
                unplaced(24, "Tariq Rahman", "Lahore University of Management Sciences", 1),
                voted(28, "Ingrid Solberg", "Norwegian School of Economics", "Strongly disagree", 8, 1),
                unplaced(32, "Jean-Luc Moreau", "Toulouse School of Economics", 0),
                voted(34, "Nomvula Dlamini", "University of Cape Town", "Agree", 6, 1),
                voted(38, "Seo-yeon Park", "Seoul National University", "Disagree", 4, 0)));
        assertThat(reading.warnings()).extracting(ImportWarning::line).containsExactly(22, 32, 41);
        assertThat(reading.warnings().get(0).message()).contains("12", "1–10", "Chiara Bellini");
        assertThat(reading.warnings().get(1).message()).startsWith("Jean-Luc Moreau gave no vote that places them");
        assertThat(reading.warnings().get(2).message()).contains("Only Question 1 was read", "Question 2");
        DraftQuote rahman = reading.entries().get(5).quotes().get(0);
        assertThat(rahman.text()).isEqualTo("Outside my field; I would defer to the trade economists on the panel.");
        assertThat(rahman.lastLine()).isEqualTo(27);
    }

    @Test
    void tabSeparatedTableWithHeaderRowReadsEveryRow() {
        FormatReading reading = read(VotePanelFixtures.TABLE_TABS);

        assertThat(reading.proposition()).contains("Giving the central bank a second mandate for employment would "
                + "measurably raise average inflation over a decade.");
        assertEntries(reading, tabTable());
        // an expert with no opinion (or no answer) and no comment is not on the map, and is told of at their line
        assertThat(warningLines(reading)).containsExactly(13);
        assertThat(reading.entries().get(13).quotes().get(0).text()).isEqualTo("No.");
    }

    private static List<Expected> tabTable() {
        return List.of(
                voted(8, "Amara Okafor", "University of Lagos", "Agree", 7, 1),
                voted(9, "Bjørn Halvorsen", "BI Norwegian Business School", "Disagree", 6, 1),
                voted(10, "Carmen Ruiz de Alarcón", "Universidad Complutense de Madrid", "Uncertain", 4, 0),
                voted(11, "Dirk van den Heuvel", "University of Amsterdam", "Strongly disagree", 8, 1),
                voted(12, "Émilie Tremblay", "HEC Montréal", "Agree", 5, 1),
                unplaced(13, "Farid Nasser", "American University of Beirut", 0),
                voted(14, "Gabriela Nowak", "University of Warsaw", "Strongly agree", 9, 1),
                voted(15, "Hiroshi Kato", "Hitotsubashi University", "Disagree", 0, 1),
                voted(16, "Isabel Ferreira", "Nova School of Business and Economics", "Agree", 6, 1),
                unplaced(17, "Jonas Berg", "Uppsala University", 1),
                voted(18, "Katarzyna Zielińska", "Jagiellonian University", "Disagree", 7, 0),
                voted(19, "Lukas Steiner", "University of Vienna", "Agree", 8, 1),
                voted(20, "Maeve O'Connor", "University College Cork", "Uncertain", 3, 1),
                voted(21, "Nikolaos Papadakis", "Athens University of Economics and Business", "Strongly disagree", 7, 1));
    }

    @Test
    void tableRowsFromMarkupReadAsTheSameRowsInPlainText() {
        String text = VotePanelFixtures.read(VotePanelFixtures.TABLE_TABS);
        SourceDocument plain = SourceDocuments.of(text, "tabs");
        List<org.stancemap.importer.text.SourceLine> lines = new ArrayList<>();
        for (var line : plain.lines()) {
            boolean row = line.number() >= 7 && line.number() <= 21;
            lines.add(row ? new org.stancemap.importer.text.SourceLine(line.number(), line.shown(), line.text(),
                    org.stancemap.importer.text.LineKind.TABLE_ROW, "", java.util.Optional.empty()) : line);
        }
        SourceDocument marked = new SourceDocument("tabs.html", org.stancemap.importer.text.SourceFormat.HTML, lines);

        assertEntries(format.read(marked), tabTable());
    }

    @Test
    void tableAlignedWithSpacesReadsCellsAndACommentWrappedUnderItsColumn() {
        FormatReading reading = read(VotePanelFixtures.TABLE_SPACES);

        assertEntries(reading, List.of(
                voted(6, "Ingrid Solberg", "University of Oslo", "Agree", 8, 1),
                voted(7, "Mateus Carvalho", "Getulio Vargas Foundation", "Strongly agree", 9, 1),
                voted(9, "Anneke de Jong", "Delft University of Technology", "Uncertain", 5, 1),
                voted(10, "Rohan Mehta", "Indian Statistical Institute", "Disagree", 6, 0),
                voted(11, "Zhang Wei", "Peking University", "Agree", 7, 1),
                unplaced(12, "Lucía Fernández", "University of Buenos Aires", 0),
                voted(13, "Thabo Nkosi", "University of the Witwatersrand", "Strongly disagree", 7, 1),
                voted(14, "Petra Horváth", "Central European University", "Agree", 6, 1),
                unplaced(15, "Sean Ó Briain", "University of Galway", 1),
                voted(16, "Björn Eriksson", "Lund University", "Disagree", 4, 1)));
        // an expert with no opinion (or no answer) and no comment is not on the map, and is told of at their line
        assertThat(warningLines(reading)).containsExactly(12);
        DraftQuote wrapped = reading.entries().get(1).quotes().get(0);
        assertThat(wrapped.text()).isEqualTo("Every serious study of upzoning finds rents grow more slowly where "
                + "building is allowed.");
        assertThat(wrapped.firstLine()).isEqualTo(7);
        assertThat(wrapped.lastLine()).isEqualTo(8);
    }

    @Test
    void pastedResultsPageReadsSortKeyedRowsAndOnlyTheFirstQuestion() {
        FormatReading reading = read(VotePanelFixtures.RESULTS_PAGE);

        assertThat(reading.proposition()).contains("A permanent shift to remote work for a quarter of office jobs would "
                + "measurably lower commercial property values in large cities over the next decade.");
        assertEntries(reading, List.of(
                voted(16, "Lena Hartmann", "Freiburg", "Agree", 8, 1),
                voted(20, "Jan van der Berg", "Erasmus", "Strongly agree", 9, 0),
                voted(23, "Marta Nováková", "Charles", "Uncertain", 4, 1),
                voted(28, "Sofía García López", "Carlos III", "Agree", 6, 0),
                unplaced(31, "Andreas Müller", "ETH Zurich", 0),
                voted(34, "Kofi Mensah", "Ghana", "Strongly agree", 10, 1),
                voted(38, "Aisling O'Brien", "Trinity Dublin", "Disagree", 5, 0),
                voted(41, "Claire Dubois-Martin", "Sciences Po", "Agree", 7, 0),
                voted(43, "Priya Ramaswamy", "LSE", "Strongly disagree", 6, 1),
                voted(47, "Owen McLean", "Glasgow", "Agree", 5, 0),
                unplaced(50, "Tomasz Wójcik", "Warsaw", 0),
                voted(53, "Elena de la Cruz", "Valencia", "Agree", 7, 1),
                voted(57, "Hannah Lindqvist", "Stockholm", "Uncertain", 3, 0),
                voted(60, "Amara Okafor", "Lagos", "Agree", 8, 0),
                voted(63, "Mei Tanaka", "Tokyo", "Disagree", 4, 0),
                voted(66, "Ingrid Solberg", "Oslo", "Agree", 6, 0)));
        assertThat(reading.warnings()).extracting(ImportWarning::line).containsExactly(7, 31, 50);
        assertThat(reading.warnings().get(0).message()).contains("Only Question A was read", "Question B");
        assertThat(reading.warnings().get(1).message()).startsWith("Andreas Müller gave no vote that places them");
        DraftQuote wrapped = reading.entries().get(2).quotes().get(0);
        assertThat(wrapped.firstLine()).isEqualTo(24);
        assertThat(wrapped.lastLine()).isEqualTo(25);
    }

    @Test
    void rowsRunTogetherSplitNameFromInstitutionAndDoubtOnlyTheGuesses() {
        FormatReading reading = read(VotePanelFixtures.RUN_TOGETHER);

        assertEntries(reading, List.of(
                voted(7, "Lena Hartmann", "MIT", "Agree", 7, 0),
                voted(8, "Jan van der Berg", "Erasmus University Rotterdam", "Disagree", 6, 0),
                voted(9, "Marta Nováková", "Charles University", "Uncertain", 3, 0),
                voted(10, "Owen McLean", "University of Glasgow", "Strongly disagree", 8, 1),
                voted(11, "Ana María Pérez", "LSE", "Strongly agree", 9, 0),
                voted(12, "Kofi Mensah", "Yale", "Agree", 5, 0),
                voted(13, "Robert E. Hall-Jones", "Stanford", "Disagree", 4, 0),
                voted(14, "Priya Ramaswamy", "London School of Economics", "Agree", 7, 1),
                voted(15, "Yuki Sato", "Sciences Po", "Uncertain", 5, 0),
                unplaced(16, "Elena de la Cruz", "University of Valencia", 0),
                voted(17, "Tomasz Wójcik", "Warsaw School of Economics", "Agree", 6, 0),
                voted(18, "Helga Nielsen", "COPENHAGEN", "Disagree", 5, 0)));
        // an expert with no opinion (or no answer) and no comment is not on the map, and is told of at their line
        assertThat(reading.warnings()).extracting(ImportWarning::line).containsExactly(16);
        assertThat(reading.entries()).filteredOn(e -> e.doubt().isPresent()).extracting(DraftEntry::firstLine)
                .containsExactly(11, 15);
        assertThat(reading.entries().get(4).doubt().orElseThrow()).contains("“Ana María Pérez”", "“LSE”");
        assertThat(reading.entries().get(3).quotes().get(0).text())
                .isEqualTo("Steel users employ far more people than steel makers.");
    }

    @Test
    void markdownPipeTablePastedAsTextReadsItsRowsAndStatement() {
        FormatReading reading = read(VotePanelFixtures.MARKDOWN);

        assertThat(reading.proposition()).contains("A tax on sugar-sweetened drinks measurably reduces obesity rates "
                + "among children within five years.");
        assertEntries(reading, List.of(
                voted(9, "Grace Mwangi", "University of Nairobi", "Agree", 7, 1),
                voted(10, "Henrik Sørensen", "University of Copenhagen", "Uncertain", 5, 1),
                voted(11, "Lucia Romano", "Sapienza University of Rome", "Disagree", 6, 0),
                voted(12, "Diego Alvarado", "Pontifical Catholic University of Chile", "Strongly agree", 9, 1),
                unplaced(13, "Fatima Al-Sayed", "American University in Cairo", 0),
                voted(14, "Niamh Gallagher", "Queen's University Belfast", "Agree", 6, 1),
                voted(15, "Olusegun Adeyemi", "University of Ibadan", "Strongly disagree", 8, 1),
                voted(16, "Ji-woo Han", "Yonsei University", "Disagree", 4, 0),
                voted(17, "Pieter van Dijk", "Maastricht University", "Agree", 8, 1)));
        // an expert with no opinion (or no answer) and no comment is not on the map, and is told of at their line
        assertThat(warningLines(reading)).containsExactly(13);
        assertThat(reading.entries().get(0).quotes().get(0).text())
                .isEqualTo("Consumption falls, and children's consumption falls most.");
    }

    @Test
    void labelsOnTheirOwnLinesAreReadAndAConfidenceInWordsIsWarnedNotGuessed() {
        FormatReading reading = read(VotePanelFixtures.LABELLED);

        assertThat(reading.proposition()).contains("Should the central bank cut its policy rate at its next meeting?");
        assertEntries(reading, List.of(
                voted(7, "Hannah Lindqvist", "Stockholm School of Economics", "Disagree", 0, 1),
                voted(15, "Rafael Ortega", "Universidad de Chile", "Agree", 0, 1),
                voted(24, "Mei Tanaka", "Professor of Economics, University of Tokyo", "Uncertain", 5, 1),
                voted(32, "Gabriela Nowak", "University of Warsaw", "Strongly disagree", 0, 0),
                unplaced(38, "Tariq Rahman", "Lahore University of Management Sciences", 1),
                voted(44, "Ingrid Solberg", "Norwegian School of Economics", "Agree", 0, 1),
                voted(52, "Kofi Mensah", "University of Ghana", "Strongly agree", 8, 0),
                voted(57, "Willem de Vries", "Wageningen University", "Disagree", 0, 1)));
        assertThat(reading.warnings()).extracting(ImportWarning::line).containsExactly(11, 19, 36, 48, 61);
        assertThat(reading.warnings().get(0).message()).contains("“Very confident”", "Hannah Lindqvist");
        DraftQuote ortega = reading.entries().get(1).quotes().get(0);
        assertThat(ortega.text()).isEqualTo("Real rates are now restrictive enough to do the work on their own, "
                + "and the labour market is cooling faster than the forecasts assumed.");
        assertThat(ortega.firstLine()).isEqualTo(21);
        assertThat(ortega.lastLine()).isEqualTo(22);
    }

    @Test
    void expertWhoDidNotAnswerAndDidNotCommentIsNoVoiceButOneWhoCommentedIsAnUnplacedVoice() {
        FormatReading reading = read(VotePanelFixtures.BLOCKS);

        DraftEntry silent = reading.entries().get(5);
        DraftEntry commented = reading.entries().get(7);

        assertThat(silent.becomesVoice()).isFalse();
        assertThat(commented.becomesVoice()).isTrue();
        assertThat(commented.stance()).isEmpty();
        assertThat(commented.quotes().get(0).text()).isEqualTo("I have not worked on transport and would rather not guess.");
    }

    @Test
    void propositionOnTheLineAfterItsLabelIsRead() {
        String text = """
                Question A:

                Remote work has made cities measurably less productive.

                Ana Silva, University of Porto
                Agree
                Confidence: 6

                Ben Carter, University of Leeds
                Disagree
                Confidence: 7
                """;

        FormatReading reading = format.read(SourceDocuments.of(text, "pasted"));

        assertThat(reading.proposition()).contains("Remote work has made cities measurably less productive.");
        assertThat(reading.entries()).extracting(DraftEntry::firstLine).containsExactly(5, 9);
        assertThat(reading.warnings()).isEmpty();
    }

    @Test
    void laterLabelsWithNothingAfterThemAreWarnedOfAndEndTheReading() {
        String text = """
                Question A: Tariffs raise prices.

                Jane Roe, Yale University
                Agree
                8

                Question B:
                Question C:
                John Doe, University of Leeds
                Disagree
                """;

        FormatReading reading = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> format.read(SourceDocuments.of(text, "pasted")));

        assertThat(reading.entries()).extracting(e -> e.people().get(0).name()).containsExactly("Jane Roe");
        assertThat(reading.warnings()).extracting(ImportWarning::line).containsExactly(7, 8);
    }

    @Test
    void votesWithoutAPropositionAreReadAndTheMissingPropositionIsWarned() {
        String text = """
                Panel on Tariffs

                Ana Silva, University of Porto
                Agree
                Confidence: 6

                Ben Carter, University of Leeds
                Disagree
                Confidence: 7
                """;

        FormatReading reading = format.read(SourceDocuments.of(text, "pasted"));

        assertThat(reading.proposition()).isEmpty();
        assertThat(reading.front().title()).isEqualTo("Panel on Tariffs");
        assertThat(reading.entries()).hasSize(2);
        assertThat(reading.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isZero();
            assertThat(w.message()).contains("No proposition");
        });
    }

    @Test
    void paragraphsAfterTheLastExpertsCommentAreWarnedNotTaken() {
        String text = """
                Question A: Tariffs raise prices.

                Ana Silva, University of Porto
                Agree
                Confidence: 6
                Importers pass them on.

                Ben Carter, University of Leeds
                Disagree
                Confidence: 7
                Exporters absorb some of them.

                Survey conducted by the Institute in May, by e-mail.
                """;

        FormatReading reading = format.read(SourceDocuments.of(text, "pasted"));

        assertThat(reading.entries()).extracting(e -> e.quotes().size()).containsExactly(1, 1);
        assertThat(reading.warnings()).singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(13));
    }

    @Test
    void confidenceForEveryVoteIsScaledToTenths() {
        FormatReading reading = read(VotePanelFixtures.TABLE_TABS);

        assertThat(reading.entries().get(0).stance().orElseThrow().confidence()).isEqualTo(OptionalDouble.of(0.7));
        assertThat(reading.entries().get(7).stance().orElseThrow().confidence()).isEmpty();
    }
    @Test
    void statementsUnderTheTableAreTheirSpeakersQuotesAndTheParticipantsListCompletesTheirRoles() {
        FormatReading reading = read(PAGE_FURNITURE);

        assertThat(reading.entries()).extracting(DraftEntry::firstLine, e -> e.people().get(0).name(),
                e -> e.people().get(0).role()).containsExactly(
                tuple(27, "Ilse Brandt", "Professor of Transport Economics, Vienna School of Economics"),
                tuple(28, "Radu Ionescu", "Senior Economist, Bucharest Institute for Transport"));
        assertThat(reading.entries().get(0).quotes()).extracting(DraftQuote::text, DraftQuote::citation,
                DraftQuote::firstLine, DraftQuote::lastLine).containsExactly(tuple(
                "The river can carry a third of the volume at most, and only in a wet year.", Citation.unstated(), 32, 32));
        assertThat(reading.entries().get(1).quotes()).extracting(DraftQuote::text, DraftQuote::citation,
                DraftQuote::firstLine, DraftQuote::lastLine).containsExactly(tuple(
                "Barges are not ships. Every lock is a queue.", Citation.unstated(), 33, 33));
        assertThat(reading.entries()).extracting(e -> e.stance().orElseThrow().answer())
                .containsExactly("Agree", "Disagree");
        assertThat(reading.warnings()).extracting(ImportWarning::line).containsExactly(0);
    }

    @Test
    void statementsCarryTheirSourceAndRoleAndALineAttributedToSeveralMembersIsNobodys() {
        FormatReading reading = read(PAGE_CLIPPER);

        assertThat(reading.entries()).extracting(DraftEntry::firstLine, e -> e.people().get(0).name(),
                e -> e.people().get(0).role()).containsExactly(
                tuple(19, "Hanna Berg", "Professor of Economics, Uppsala University"),
                tuple(20, "Luis Ortega", "Banco del Sur | Research"),
                tuple(21, "Mei Tanaka", "Kobe Institute"));
        assertThat(reading.entries()).flatExtracting(DraftEntry::quotes).extracting(DraftQuote::text,
                q -> q.citation().publication(), DraftQuote::firstLine, DraftQuote::lastLine).containsExactly(
                tuple("Inflation in the euro area is falling faster than in the US.", "Financial Review", 25, 25),
                tuple("The Fed will move first, and by June.", "Radio Sur", 26, 26),
                tuple("The question is badly posed; both will wait for the other.", "", 32, 32));
        assertThat(reading.entries()).extracting(e -> e.quotes().size()).containsExactly(1, 1, 1);
        assertThat(reading.entries().get(2).quotes().get(0).citation()).isEqualTo(Citation.unstated());
        assertThat(reading.warnings()).extracting(ImportWarning::line).containsExactly(0, 27, 29, 36, 41);
        assertThat(reading.warnings().get(1).message()).contains("attributed to").contains("not given to anyone");
    }

    @Test
    void aRowsCommentComesBeforeTheStatementsFurtherDown() {
        String text = """
                | Expert | Institution | Vote | Confidence | Comment |
                |---|---|---|---|---|
                | Ana Silva | University of Porto | Agree | 6 | Importers pass them on. |
                | Ben Carter | University of Leeds | Disagree | 7 | |

                ## What they said

                - **Ana Silva**: “Prices rose within a month.” (Source: Porto Daily)
                - Ben Carter, Professor of Trade — Exporters absorb some of them.
                """;

        FormatReading reading = format.read(SourceDocuments.of(text, "pasted.md"));

        assertThat(reading.entries()).extracting(e -> e.people().get(0).role())
                .containsExactly("University of Porto", "Professor of Trade, University of Leeds");
        assertThat(reading.entries().get(0).quotes()).extracting(DraftQuote::text, q -> q.citation().publication(),
                DraftQuote::firstLine).containsExactly(
                tuple("Importers pass them on.", "", 3),
                tuple("Prices rose within a month.", "Porto Daily", 8));
        assertThat(reading.entries().get(1).quotes()).extracting(DraftQuote::text, DraftQuote::firstLine)
                .containsExactly(tuple("Exporters absorb some of them.", 9));
        assertThat(reading.warnings()).extracting(ImportWarning::line).containsExactly(0);
    }

    @Test
    void aStatementBySomeoneNotOnThePanelIsWarnedOfAndGivenToNoOne() {
        String text = """
                | Expert | Institution | Vote | Confidence |
                |---|---|---|---|
                | Ana Silva | University of Porto | Agree | 6 |
                | Ben Carter | University of Leeds | Disagree | 7 |

                ## What they said

                - **Ana Silva**: “Importers pass them on.”
                - **Carla Mendes**, Bank of Portugal: “Nobody asked the exporters.”
                """;

        FormatReading reading = format.read(SourceDocuments.of(text, "pasted.md"));

        assertThat(reading.entries()).extracting(e -> e.people().get(0).name(), e -> e.quotes().size())
                .containsExactly(tuple("Ana Silva", 1), tuple("Ben Carter", 0));
        assertThat(reading.entries()).flatExtracting(DraftEntry::quotes).extracting(DraftQuote::text)
                .doesNotContain("Nobody asked the exporters.");
        assertThat(reading.warnings()).extracting(ImportWarning::line).containsExactly(0, 9);
        assertThat(reading.warnings().get(1).message()).isEqualTo("This statement is by Carla Mendes, who is not one "
                + "of the panel's voters, so it was not given to anyone.");
        assertThat(reading.entries()).extracting(e -> e.people().get(0).role())
                .containsExactly("University of Porto", "University of Leeds");
    }

    @Test
    void aRoleGivenElsewhereCompletesTheTablesWithoutRepeatingIt() {
        assertThat(VotePanelFormat.completedRole("Uppsala University", "Professor of Economics"))
                .isEqualTo("Professor of Economics, Uppsala University");
        assertThat(VotePanelFormat.completedRole("Vienna School of Economics",
                "Professor of Transport Economics, Vienna School of Economics"))
                .isEqualTo("Professor of Transport Economics, Vienna School of Economics");
        assertThat(VotePanelFormat.completedRole("Kobe Institute", "kobe institute")).isEqualTo("Kobe Institute");
        assertThat(VotePanelFormat.completedRole("", "Senior Fellow")).isEqualTo("Senior Fellow");
        assertThat(VotePanelFormat.completedRole("Yale", "")).isEqualTo("Yale");
    }
}
