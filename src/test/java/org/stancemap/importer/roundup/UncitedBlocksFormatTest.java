package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancemap.importer.roundup.FixtureFiles.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.text.LineKind;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.SourceDocuments;
import org.stancemap.importer.text.SourceFormat;
import org.stancemap.importer.text.SourceLine;
import org.stancemap.model.Citation;
import org.stancemap.model.Person;

/** Uncited blocks on fixtures of each header shape, and what it must leave to the other formats. */
class UncitedBlocksFormatTest {


    private final UncitedBlocksFormat format = new UncitedBlocksFormat();
    private final RoundUpFormats registry = RoundUpFormats.standard();

    private FormatReading read(String fixture) {
        RoundUpDraft draft = registry.read(FixtureFiles.document(fixture));
        assertThat(draft.chosen().format()).isInstanceOf(UncitedBlocksFormat.class);
        return draft.reading();
    }

    private static List<FixtureFiles.Expected> found(FormatReading reading) {
        return reading.entries().stream().map(FixtureFiles::found).toList();
    }

    private static List<Integer> doubted(FormatReading reading) {
        return reading.entries().stream().filter(e -> e.doubt().isPresent()).map(DraftEntry::firstLine).toList();
    }

    /** Captions, credits and "Read more" lines never reach the format: cleaning leaves them out, and lists them. */
    private static void assertLeftOutByCleaning(String fixture, Integer... lines) {
        assertThat(FixtureFiles.document(fixture).dropped()).extracting(SourceLine::number).contains(lines);
    }

    private static void assertWarnings(FormatReading reading, Object... lineAndStart) {
        List<ImportWarning> warnings = reading.warnings();
        assertThat(warnings).hasSize(lineAndStart.length / 2);
        for (int i = 0; i < warnings.size(); i++) {
            assertThat(warnings.get(i).line()).isEqualTo(lineAndStart[2 * i]);
            assertThat(warnings.get(i).message()).startsWith((String) lineAndStart[2 * i + 1]);
        }
    }

    @Test
    void commaRolesWithLowerCaseRolesCoAuthorsAndADashAreTenEntries() {
        FormatReading reading = read("uncited-blocks-comma-roles.txt");

        assertThat(found(reading)).containsExactly(
                entry(12, 2, "Ingrid Aasen|Research Director, Norwegian Institute of Defence Studies"),
                entry(18, 2, "JEAN-BAPTISTE LEFÈVRE|an independent analyst"),
                entry(26, 2, "Luis Fernández-Ortega|Director of the Madrid Security Observatory"),
                entry(32, 1, "Marta Kowalczyk-Nowak|Senior Fellow, Centre for Eastern Studies, Warsaw"),
                entry(36, 2, "Dr. Sven Olafsson|Senior Analysts, Stockholm Security Forum",
                        "Katrin Weber|Senior Analysts, Stockholm Security Forum"),
                entry(44, 1, "Giulia Ferraro|Professor of Political Economy, University of Bologna",
                        "Ahmed al-Rashid|Lecturer in War Studies, King’s College London"),
                entry(48, 1, "Élodie Marchand|Deputy Head, Defence Industrial Policy Unit, European Commission"),
                entry(52, 2, "Patrick O’Sullivan|former Chief of Staff, Irish Defence Forces"),
                entry(58, 1, "Kenji Watanabe|Tokyo"),
                entry(62, 2, "Hannah Vogt|Correspondent, Berliner Rundschau"));
        assertThat(doubted(reading)).containsExactly(58);
        assertWarnings(reading);
        assertLeftOutByCleaning("uncited-blocks-comma-roles.txt", 22, 42);
    }

    @Test
    void shortUnpunctuatedQuotesStayQuotes() {
        List<DraftEntry> entries = read("uncited-blocks-comma-roles.txt").entries();

        assertThat(entries.get(2).quotes().get(0).text()).isEqualTo("Kyiv, Warsaw and Vilnius first");
        assertThat(entries.get(7).quotes().get(0).text()).isEqualTo("Not without the United Kingdom");
        assertThat(entries.get(9).quotes().get(0).text()).isEqualTo("Maybe, but not soon");
    }

    @Test
    void quotesHaveNoCitationAndTheirOwnLines() {
        DraftEntry lefevre = read("uncited-blocks-comma-roles.txt").entries().get(1);

        assertThat(lefevre.quotes()).extracting(DraftQuote::firstLine).containsExactly(20, 24);
        assertThat(lefevre.quotes()).extracting(DraftQuote::citation).containsOnly(Citation.unstated());
    }

    @Test
    void frontMatterEndsAtTheFirstHeaderAndEndMatterIsNoEntry() {
        FormatReading reading = read("uncited-blocks-comma-roles.txt");

        assertThat(reading.front().title()).isEqualTo("Expert Views: Can Europe Arm Itself Without America?");
        assertThat(reading.front().date()).contains(LocalDate.of(2023, 10, 2));
        assertThat(reading.front().authors()).containsExactly("Clara Mendes", "Tomasz Wróbel");
        assertThat(reading.front().intro()).hasSize(2);
        assertThat(reading.entries()).flatExtracting(DraftEntry::people).extracting(Person::name)
                .doesNotContain("Clara Mendes", "Tomasz Wróbel");
        assertThat(reading.entries().get(9).lastLine()).isEqualTo(66);
    }

    @Test
    void bracketedRolesKeepTheirCommasAndAnds() {
        FormatReading reading = read("uncited-blocks-bracketed.txt");

        assertThat(found(reading)).containsExactly(
                entry(8, 2, "AMARA OKONKWO|Director, INSTITUTE FOR AGRICULTURAL MARKETS"),
                entry(14, 1, "Jane Roe|Senior Fellow and Director, Center for Food Security, Lakeside University"),
                entry(18, 2, "Pedro Álvarez-Ruiz|Chief Economist, Cooperativa Agrícola del Sur"),
                entry(24, 1, "Nguyen Thi Lan|Research Fellow, Mekong Delta Institute",
                        "Tran Van Minh|Associate Professor, Can Tho University"),
                entry(28, 2, "Sophie Delacroix-Martin|head of commodities research at Banque Lyonnaise"),
                entry(34, 1, "Dmitri Volkov|Former Deputy Minister of Agriculture; now Adviser, Eurasian Grain Council"),
                entry(40, 2, "Yasmin Haddad-Said|Professor of Agronomy, University of Jordan"),
                entry(46, 1, "Kwame Mensah|Ghana Grains Board"));
        assertThat(doubted(reading)).isEmpty();
        assertWarnings(reading);
        assertLeftOutByCleaning("uncited-blocks-bracketed.txt", 38);
        assertThat(reading.front().authors()).containsExactly("Farah Haddad");
    }

    @Test
    void nameLineOverRoleLineIsOneHeaderAndASubheadingIsSkipped() {
        FormatReading reading = read("uncited-blocks-two-line.txt");

        assertThat(found(reading)).containsExactly(
                entry(7, 2, "MARIA SANTOS|Executive Editor, Diário do Norte"),
                entry(14, 1, "Tobias Brandt|Head of Digital Innovation, Hamburger Tagesblatt"),
                entry(21, 1, "Dr. Aisha Rahman|Lecturer in Journalism Ethics, University of Leeds"),
                entry(26, 2, "Henrik Lund-Jensen|an independent media consultant"),
                entry(35, 2, "Li Wei|Co-directors, Newsroom Futures Lab, Pacific Coast University",
                        "Carmen Ortiz|Co-directors, Newsroom Futures Lab, Pacific Coast University"),
                entry(42, 1, "Keiko Tanaka|Director, Asia Media Lab"),
                entry(47, 1, "Olu Adeyemi|Managing Editor, Lagos Ledger"));
        assertThat(doubted(reading)).isEmpty();
        assertWarnings(reading, 19, "This short line stands just before an expert header");
        assertLeftOutByCleaning("uncited-blocks-two-line.txt", 31);
    }

    @Test
    void quoteRunningOnUnderATwoLineHeaderStartsAfterTheRole() {
        DraftQuote tanaka = read("uncited-blocks-two-line.txt").entries().get(5).quotes().get(0);

        assertThat(tanaka.firstLine()).isEqualTo(44);
        assertThat(tanaka.lastLine()).isEqualTo(45);
        assertThat(tanaka.text()).startsWith("Platforms will summarise our reporting").endsWith("summarised for free.");
    }

    @Test
    void namesGluedToTheirRolesAreSplitInTextWithoutBlankLines() {
        FormatReading reading = read("uncited-blocks-glued.txt");

        assertThat(found(reading)).containsExactly(
                entry(5, 2, "JANE ROE|Director of programs at the Institute for Regional Security"),
                entry(8, 1, "Samuel Adebayo|Senior Fellow, Lagos Centre for Strategic Dialogue"),
                entry(11, 1, "Dana McAllister|Professor of Political Science, Westbrook University"),
                entry(14, 1, "ANNA-LENA SCHÄFER|Research Associate, Berlin Peace Lab"),
                entry(16, 1, "Rafael Souza e Silva|Analyst, Instituto de Estudos Estratégicos"),
                entry(18, 1, "Nadia Karim|an independent analyst"));
        assertThat(doubted(reading)).isEmpty();
        assertWarnings(reading);
        assertLeftOutByCleaning("uncited-blocks-glued.txt", 10, 13);
    }

    @Test
    void markupVouchesForNameOnlyHeadingsAndBoldNamesAndAHeadingNamingNobodyEndsTheEntries() {
        SourceDocument document = marked(
                line("Round-Up: Who Will Win the Chip Race?", LineKind.HEADING, ""),
                line("Three specialists on the subsidy race.", LineKind.TEXT, ""),
                line("Mina Park", LineKind.HEADING, ""),
                line("Fabs take a decade to build.", LineKind.TEXT, ""),
                line("Jane RoeMcKinsey partner", LineKind.TEXT, "Jane Roe"),
                line("Money is not the constraint; engineers are.", LineKind.TEXT, ""),
                line("Tomás Reyes", LineKind.TEXT, "Tomás Reyes"),
                line("Export controls buy time, not victory.", LineKind.TEXT, ""),
                line("Key Takeaways", LineKind.HEADING, ""),
                line("Chips are geopolitics now.", LineKind.TEXT, ""));

        FormatReading reading = format.read(document);

        assertThat(found(reading)).containsExactly(entry(5, 1, "Mina Park|"), entry(9, 1, "Jane Roe|McKinsey partner"),
                entry(13, 1, "Tomás Reyes|"));
        assertThat(doubted(reading)).isEmpty();
        assertWarnings(reading, 17, "This heading is not an expert's name", 19, "This paragraph follows a heading");
        assertThat(format.recognise(document)).isGreaterThan(0.5);
    }

    @Test
    void seedIsLeftToCitedBlocks() {
        SourceDocument seed = SourceDocuments.of(SeedText.roundUp(), SeedText.ROUND_UP);

        assertThat(format.recognise(seed)).isLessThan(0.05);
        assertThat(registry.read(seed).chosen().format()).isInstanceOf(CitedBlocksFormat.class);
    }

    @Test
    void transcriptQuoteSheetAndVotePanelAreNotThisShape() {
        for (String text : List.of(OtherShapes.TRANSCRIPT, OtherShapes.QUOTE_SHEET, OtherShapes.VOTE_PANEL)) {
            assertThat(format.recognise(SourceDocuments.of(text, "other"))).as(text).isLessThan(0.05);
        }
    }

    @Test
    void authorListsAreNotThisShape() {
        for (String fixture : List.of("author-list-blank-lines.txt", "author-list-compact.txt", "author-list-dense.txt")) {
            assertThat(format.recognise(FixtureFiles.document(fixture))).as(fixture).isLessThan(0.05);
        }
    }

    private record Line(String text, LineKind kind, String lead) {
    }

    private static Line line(String text, LineKind kind, String lead) {
        return new Line(text, kind, lead);
    }

    /** A document as the Markdown or HTML reader would give it: each line followed by a blank one. */
    private static SourceDocument marked(Line... lines) {
        List<SourceLine> source = new ArrayList<>();
        for (Line line : lines) {
            String shown = (line.kind() == LineKind.HEADING ? "## " : "") + line.text();
            source.add(new SourceLine(source.size() + 1, shown, line.text(), line.kind(), line.lead(), Optional.empty()));
            source.add(SourceLine.plain(source.size() + 1, ""));
        }
        return new SourceDocument("marked.md", SourceFormat.MARKDOWN, source);
    }
}
