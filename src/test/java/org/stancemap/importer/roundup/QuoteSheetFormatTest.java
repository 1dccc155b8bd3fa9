package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancemap.importer.RoundUpFixtures.lineOf;
import static org.stancemap.importer.roundup.ExpectedEntry.expert;
import static org.stancemap.importer.roundup.ExpectedEntry.nobody;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.RoundUpFixtures;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.model.Citation;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.Person;

/** Quote sheets, fixture by fixture: speakers gathered, sources and years read, and no speaker ever made up. */
class QuoteSheetFormatTest {

    private static final EntryRole NOT_AN_EXPERT = EntryRole.NOT_AN_EXPERT;

    private final QuoteSheetFormat format = new QuoteSheetFormat();

    private FormatReading read(String fixture) {
        return format.read(RoundUpFixtures.document(fixture));
    }

    private static List<ExpectedEntry> entries(FormatReading reading) {
        return reading.entries().stream().map(ExpectedEntry::of).toList();
    }

    private static Citation citation(FormatReading reading, int entry, int quote) {
        return reading.entries().get(entry).quotes().get(quote).citation();
    }

    @Test
    void curlyQuoteBulletsGatherBySpeakerAndFlagBulletsThatNameNoOne() {
        String f = "quotesheet-bullets-curly.txt";
        FormatReading reading = read(f);

        assertThat(entries(reading)).containsExactly(
                expert("Marta Kowalczyk", "senior analyst at the Baltic Security Institute", lineOf(f, "- Marta"), 2),
                expert("Chen Yuhan", "professor at Fudan University", lineOf(f, "- Chen Yuhan"), 2),
                expert("Alexei Voronin", "", lineOf(f, "- Alexei"), 1),
                nobody(NOT_AN_EXPERT, lineOf(f, "- Attributed"), 1),
                nobody(NOT_AN_EXPERT, lineOf(f, "- Joint naval"), 1),
                expert("Dana Whitfield", "former deputy assistant secretary of defense", lineOf(f, "- Dana"), 1),
                nobody(NOT_AN_EXPERT, lineOf(f, "- Unknown"), 1),
                expert("Rahul Menon", "fellow, Institute of Strategic Studies New Delhi", lineOf(f, "- Rahul"), 1));
        assertThat(reading.entries().get(0).quotes().get(1).text())
                .isEqualTo("Joint bomber patrols over the Sea of Japan are a message, not a treaty.");
        assertThat(citation(reading, 1, 0).publication()).isEqualTo("Global Affairs Quarterly");
        assertThat(citation(reading, 1, 0).date().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(citation(reading, 1, 0).date().iso()).isEqualTo("2016");
        assertThat(citation(reading, 1, 1).date().iso()).isEqualTo("2021");
        assertThat(citation(reading, 7, 0).publication()).isEqualTo("The Hindu");
        assertThat(citation(reading, 7, 0).date().iso()).isEqualTo("2022");
        assertThat(reading.entries().get(3).doubt()).hasValueSatisfying(d -> assertThat(d).contains("several people"));
        assertThat(reading.entries().get(4).doubt()).hasValueSatisfying(d -> assertThat(d).contains("quotes no one"));
        assertThat(reading.entries().stream().filter(DraftEntry::becomesVoice)).hasSize(5);
        assertThat(reading.warnings()).isEmpty();
        assertThat(reading.front().date()).contains(LocalDate.of(2023, 10, 3));
        assertThat(reading.template()).isEqualTo(SpectrumTemplate.LIKELIHOOD);
    }

    @Test
    void speakerAfterTheQuoteWithStraightAndCurlyMarksAndCitationsInBrackets() {
        String f = "quotesheet-speaker-after.txt";
        FormatReading reading = read(f);

        assertThat(entries(reading)).containsExactly(
                expert("Ingrid Solberg", "Member of the Executive Board, Nordic Central Bank", lineOf(f, "\"A digital"), 2),
                expert("Paolo Bertani", "chief economist, Banca Alpina", lineOf(f, "“Banks will"), 2),
                expert("Helga Raum", "MEP", lineOf(f, "“The legislation"), 1),
                nobody(NOT_AN_EXPERT, lineOf(f, "\"Consumers"), 1),
                new ExpectedEntry(EntryRole.EXPERT, List.of(
                        new Person("Tomas Vidal", "researchers, Bruegel Policy Lab"),
                        new Person("Agnes Keller", "researchers, Bruegel Policy Lab")), lineOf(f, "“A launch"), 1),
                nobody(NOT_AN_EXPERT, lineOf(f, "“We remain"), 1));
        assertThat(citation(reading, 0, 1).publication()).isEqualTo("Speech at the Frankfurt Euro Finance Week");
        assertThat(citation(reading, 0, 1).date().iso()).isEqualTo("2023-11");
        assertThat(citation(reading, 1, 0).isStated()).isFalse();
        assertThat(citation(reading, 2, 0).date().iso()).isEqualTo("2024-03");
        assertThat(reading.entries().get(5).quotes().get(0).citation().publication()).isEqualTo("ECB press release");
        assertThat(reading.entries().get(5).doubt()).hasValueSatisfying(d -> assertThat(d).contains("names no speaker"));
        assertThat(reading.entries().get(3).doubt()).hasValueSatisfying(d -> assertThat(d).contains("Anonymous senior banker"));
    }

    @Test
    void numberedLinesWithSourceLabelsWrappedQuotesAndASpeechVerb() {
        String f = "quotesheet-numbered-straight.txt";
        FormatReading reading = read(f);

        assertThat(entries(reading)).containsExactly(
                expert("Sofia Lindqvist", "urban planner, Stockholm", lineOf(f, "1."), 2),
                expert("Marcus O'Brien", "chair of the Retailers' Association", lineOf(f, "2."), 2),
                expert("Anika Bose", "", lineOf(f, "3."), 1),
                nobody(NOT_AN_EXPERT, lineOf(f, "5."), 1),
                expert("Kwame Asante", "transport economist", lineOf(f, "7."), 1));
        DraftQuote wrapped = reading.entries().get(2).quotes().get(0);
        assertThat(wrapped.text()).isEqualTo("The health gains show up in the data within two years, above all for "
                + "children with asthma.");
        assertThat(wrapped.lastLine()).isEqualTo(wrapped.firstLine() + 1);
        assertThat(wrapped.citation().publication()).isEqualTo("Lancet Public Health");
        assertThat(citation(reading, 0, 0)).isEqualTo(new Citation("City Lab Journal",
                org.stancemap.model.CitationDate.unknown(""), "Source: City Lab Journal"));
        assertThat(citation(reading, 1, 1).date().iso()).isEqualTo("2021");
        assertThat(reading.entries().get(3).doubt()).hasValueSatisfying(d -> assertThat(d).contains("Various"));
        assertThat(reading.template()).isEqualTo(SpectrumTemplate.CUSTOM);
    }

    @Test
    void markdownListItemsWithBoldNamesAndASectionHeadingBetweenThem() {
        String f = "quotesheet-markdown-list.md";
        FormatReading reading = read(f);

        assertThat(entries(reading)).containsExactly(
                expert("Katrin Vogel", "chief economist at Hanseatic Bank", lineOf(f, "* **Katrin"), 2),
                expert("Luca Ferraro", "economist, Mediolanum Research", lineOf(f, "* **Luca"), 1),
                expert("Stefan Brandt", "State Secretary, Federal Ministry of Economics", lineOf(f, "* “We do not"), 1),
                nobody(NOT_AN_EXPERT, lineOf(f, "* **Anonymous"), 1),
                expert("Miriam Haas", "member of the Council of Economic Experts", lineOf(f, "* **Miriam"), 1));
        assertThat(citation(reading, 0, 1).date().start()).contains(LocalDate.of(2023, 10, 12));
        assertThat(reading.front().intro()).containsExactly(
                "Statements collected by the markets team. Dates are those of the original remarks.");
        assertThat(reading.warnings()).isEmpty();
    }

    @Test
    void narrativeSentenceBeforeAQuoteIsNotTakenForItsSpeaker() {
        String text = """
                Quotes: Grain

                - Ann Lee, economist: “Prices will fall.” (Source: Farm Journal)
                - In 2016, officials in Kyiv warned that “exports could halve.”
                - A senior administration official: “We are watching closely.”
                - Bo Park: “Prices will rise.”
                """;

        FormatReading reading = format.read(SourceDocument.plainText("t", text));

        assertThat(entries(reading)).containsExactly(
                expert("Ann Lee", "economist", 3, 1),
                nobody(NOT_AN_EXPERT, 4, 1),
                nobody(NOT_AN_EXPERT, 5, 1),
                expert("Bo Park", "", 6, 1));
    }

    @Test
    void quoteOnlyAttributedToSomeoneKeepsThemWithADoubt() {
        String text = "Quotes\n\n- Jane Roe: “One.”\n- Attributed to Mark Twain: “Two.”\n- Jane Roe: “Three.”\n";

        FormatReading reading = format.read(SourceDocument.plainText("t", text));

        assertThat(entries(reading)).containsExactly(expert("Jane Roe", "", 3, 2), expert("Mark Twain", "", 4, 1));
        assertThat(reading.entries().get(1).doubt()).contains("The source only attributes this quote to Mark Twain.");
    }

    @Test
    void unreadableSourceDateIsWarnedWithItsLine() {
        String text = "Quotes\n\n- Jane Roe: “One.” (Review, Spring 2019)\n- John Doe: “Two.”\n";

        FormatReading reading = format.read(SourceDocument.plainText("t", text));

        assertThat(reading.warnings()).extracting(ImportWarning::line).containsExactly(3);
        assertThat(reading.warnings().get(0).message()).contains("Spring 2019");
        assertThat(citation(reading, 0, 0).publication()).isEqualTo("Review");
    }

    @Test
    void paragraphBetweenQuotesIsWarnedAndSkipped() {
        String text = "Quotes\n\n- Jane Roe: “One.”\n\nMore after the break.\n\n- John Doe: “Two.”\n";

        FormatReading reading = format.read(SourceDocument.plainText("t", text));

        assertThat(reading.entries()).hasSize(2);
        assertThat(reading.warnings()).extracting(ImportWarning::line).containsExactly(5);
    }
    @Test
    void speakerBeforeASpacedDashWithoutQuoteMarksIsTheSpeaker() {
        QuoteSheetItem item = QuoteSheetItem.read("Jane Roe, Senior Fellow — The alliance is a myth. (Source: Daily Post)");
        QuoteSheetItem hyphenated = QuoteSheetItem.read("Long-term growth — the real question");

        assertThat(item.people()).containsExactly(new Person("Jane Roe", "Senior Fellow"));
        assertThat(item.text()).isEqualTo("The alliance is a myth.");
        assertThat(item.citation().publication()).isEqualTo("Daily Post");
        assertThat(hyphenated.isAttributed()).isFalse();
    }
}
