package org.stancemap.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Markdown line by line: each line's kind from its block marker, its text without markers, its bold lead. */
class MarkdownReaderTest {

    private static SourceLine only(String markdown) {
        SourceDocument document = MarkdownReader.read("x.md", markdown);
        assertThat(document.lines()).hasSize(1);
        return document.line(1);
    }

    private static String text(String markdown) {
        return only(markdown).text();
    }

    private static SourceLine line(int number, String shown, String text, LineKind kind, String lead) {
        return new SourceLine(number, shown, text, kind, lead, Optional.empty());
    }

    @Test
    void boldAtTheStartIsTheLeadWithoutItsTrailingColonOrComma() {
        assertThat(only("**Jane Roe**, Senior Fellow")).isEqualTo(line(1, "**Jane Roe**, Senior Fellow",
                "Jane Roe, Senior Fellow", LineKind.TEXT, "Jane Roe"));
        assertThat(only("**JANE ROE:** Thank you.").lead()).isEqualTo("JANE ROE");
        assertThat(only("__Jane Roe__ said").lead()).isEqualTo("Jane Roe");
        assertThat(only("***Jane Roe***, Fellow").lead()).isEqualTo("Jane Roe");
        assertThat(only("**[Jane Roe](https://example.org/jane)**, Fellow").lead()).isEqualTo("Jane Roe");
        assertThat(only("[**Jane Roe**](https://example.org/jane), Fellow").lead()).isEqualTo("Jane Roe");
    }

    @Test
    void boldThatDoesNotOpenTheLineOrItalicIsNoLead() {
        assertThat(only("Said **Jane Roe**, Fellow").lead()).isEmpty();
        assertThat(only("*Jane Roe*, Fellow").lead()).isEmpty();
        assertThat(only("**Unclosed bold, Fellow").lead()).isEmpty();
        assertThat(only("**Unclosed bold, Fellow").text()).isEqualTo("**Unclosed bold, Fellow");
    }

    @Test
    void blockMarkersGiveTheKindAndLeaveTheText() {
        assertThat(only("## Who said what ##")).isEqualTo(line(1, "## Who said what ##", "Who said what",
                LineKind.HEADING, ""));
        assertThat(only("#hashtag").kind()).isEqualTo(LineKind.TEXT);
        assertThat(only("- **Jane Roe**: “Yes.”")).isEqualTo(line(1, "- **Jane Roe**: “Yes.”", "Jane Roe: “Yes.”",
                LineKind.LIST_ITEM, "Jane Roe"));
        assertThat(only("*   item").text()).isEqualTo("item");
        assertThat(only("12. item").kind()).isEqualTo(LineKind.LIST_ITEM);
        assertThat(only("- [x] done").text()).isEqualTo("done");
        assertThat(only("> > nested quote").text()).isEqualTo("nested quote");
        assertThat(only("> nested quote").kind()).isEqualTo(LineKind.BLOCK_QUOTE);
        assertThat(only("-5% this year").kind()).isEqualTo(LineKind.TEXT);
        assertThat(only("* * *").text()).isEmpty();
    }

    @Test
    void underlinedLineIsAHeadingAndTheUnderlineHasNoText() {
        SourceDocument document = MarkdownReader.read("x.md", "Round-up title\n===\n\nSection\n---\n\n---");

        assertThat(document.line(1)).isEqualTo(line(1, "Round-up title", "Round-up title", LineKind.HEADING, ""));
        assertThat(document.line(2).text()).isEmpty();
        assertThat(document.line(4).kind()).isEqualTo(LineKind.HEADING);
        assertThat(document.line(7).text()).isEmpty();
    }

    @Test
    void longLineAboveARuleStaysText() {
        String paragraph = "word ".repeat(60);
        SourceDocument document = MarkdownReader.read("x.md", paragraph + "\n---");

        assertThat(document.line(1).kind()).isEqualTo(LineKind.TEXT);
    }

    @Test
    void tableRowsJoinTheirCellsByATabAndTheSeparatorRowHasNoText() {
        SourceDocument document = MarkdownReader.read("x.md", "Name | Vote\n:--|--:\n**Ann** | Agree\n"
                + "Bob \\| Co | \n\nafter");

        assertThat(document.line(1)).isEqualTo(line(1, "Name | Vote", "Name\tVote", LineKind.TABLE_ROW, ""));
        assertThat(document.line(2)).isEqualTo(line(2, ":--|--:", "", LineKind.TEXT, ""));
        assertThat(document.line(3)).isEqualTo(line(3, "**Ann** | Agree", "Ann\tAgree", LineKind.TABLE_ROW, "Ann"));
        assertThat(document.line(4).text()).isEqualTo("Bob | Co"); // the last pipe closes the row, as in GFM
        assertThat(document.line(6).kind()).isEqualTo(LineKind.TEXT);
        assertThat(only("| one | two |").kind()).isEqualTo(LineKind.TABLE_ROW);
    }

    @Test
    void linksKeepTheirTextImagesGoAndBracketsThatAreNoLinkStay() {
        assertThat(text("See [the report](https://example.org/a_(b)) now")).isEqualTo("See the report now");
        assertThat(text("See [the report][1] now")).isEqualTo("See the report now");
        assertThat(text("![Portrait of Jane Roe](jane.jpg)Jane Roe, Fellow")).isEqualTo("Jane Roe, Fellow");
        assertThat(text("[![logo](logo.svg)](https://example.org)")).isEmpty();
        assertThat(text("[T]he differences [sic] (The National Interest, 12.14.18)"))
                .isEqualTo("[T]he differences [sic] (The National Interest, 12.14.18)");
        assertThat(text("<https://example.org/a> and <b>tags</b><br>go")).isEqualTo("https://example.org/a and tags go");
        assertThat(text("x < y and <Jane Roe> stays")).isEqualTo("x < y and <Jane Roe> stays");
    }

    @Test
    void emphasisMarkersGoOnlyWhereTheyPair() {
        assertThat(text("a **b** _c_ *d* ~~e~~ f")).isEqualTo("a b c d e f");
        assertThat(text("snake_case_name and 5 * 3 and 2*3*4")).isEqualTo("snake_case_name and 5 * 3 and 234");
        assertThat(text("a ** b")).isEqualTo("a ** b");
        assertThat(text("un*frigging*believable")).isEqualTo("unfriggingbelievable");
    }

    @Test
    void escapesCodeSpansAndEntitiesGiveTheirCharacters() {
        assertThat(text("\\*not bold\\* \\[1\\] \\_x\\_")).isEqualTo("*not bold* [1] _x_");
        assertThat(text("use `**raw**` here")).isEqualTo("use **raw** here");
        assertThat(text("``code with ` inside``")).isEqualTo("code with ` inside");
        assertThat(text("AT&amp;T &ndash; Q&A")).isEqualTo("AT&T – Q&A");
        assertThat(text("unclosed ` tick")).isEqualTo("unclosed ` tick");
        assertThat(text("line ends in a break\\")).isEqualTo("line ends in a break");
    }

    @Test
    void codeFencesAndFrontMatterKeepTheirLinesAsWritten() {
        SourceDocument document = MarkdownReader.read("x.md", "---\ntitle: X\n---\n```\n# not\n**raw**\n```\n# Yes");

        assertThat(document.line(2)).isEqualTo(SourceLine.plain(2, "title: X"));
        assertThat(document.line(4).text()).isEmpty();
        assertThat(document.line(5)).isEqualTo(line(5, "# not", "# not", LineKind.TEXT, ""));
        assertThat(document.line(6).text()).isEqualTo("**raw**");
        assertThat(document.line(8).kind()).isEqualTo(LineKind.HEADING);
    }

    @Test
    void lineNumbersAreTheFilesLines() {
        SourceDocument document = MarkdownReader.read("x.md", "\uFEFF# A\r\n\r\n- b\rc\n");

        assertThat(document.lines()).extracting(SourceLine::shown).containsExactly("# A", "", "- b", "c");
        assertThat(document.format()).isEqualTo(SourceFormat.MARKDOWN);
    }

    @Test
    void veryLongLineKeepsItsMarkersRatherThanCostingMemory() {
        String line = "**a** ".repeat(MarkdownInline.MAX_LENGTH / 6 + 1);

        assertThat(only(line).text()).isEqualTo(Paragraphs.trim(line));
    }
}
