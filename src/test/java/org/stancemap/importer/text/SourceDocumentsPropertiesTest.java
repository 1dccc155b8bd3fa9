package org.stancemap.importer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import org.stancemap.importer.TextMutations;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Detection, reading and cleaning never throw and stay within a time bound on any text: arbitrary strings, tag
 * soup, Markdown soup, mutated fixtures, and hostile inputs (deep nesting, huge attributes, long runs of markers)
 * large enough that a reading quadratic in the input would blow the bound.
 */
class SourceDocumentsPropertiesTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final List<String> NAMES = List.of("pasted text", "page.html", "notes.md", "copy.txt");
    private static final List<String> FIXTURES = List.of(SourceFixtures.THINK_TANK, SourceFixtures.FURNITURE,
            SourceFixtures.CLIPBOARD, SourceFixtures.SCRAPER, SourceFixtures.CLIPPER, SourceFixtures.BANNER);

    @Property
    void arbitraryTextUnderAnyNameIsReadWithinBound(@ForAll @StringLength(max = 2000) String text,
                                                    @ForAll("names") String name) {
        assertReads(text, name);
    }

    @Property
    void tagSoupIsReadWithinBound(@ForAll("tagSoup") String html, @ForAll("names") String name) {
        assertReads(html, name);
    }

    @Property
    void markdownSoupIsReadWithinBound(@ForAll("markdownSoup") String markdown, @ForAll("names") String name) {
        assertReads(markdown, name);
    }

    @Property
    void mutatedFixturesAreReadWithinBound(@ForAll("mutatedFixtures") String[] nameAndText) {
        assertReads(nameAndText[1], nameAndText[0]);
    }

    @Test
    void deeplyNestedAndRepeatedTagsAreReadWithinBound() {
        List<String> pages = List.of(
                "<div>".repeat(60_000) + "deep",
                "<b>x".repeat(100_000),
                "<q>x".repeat(100_000),
                "<blockquote><ul><li>".repeat(20_000) + "x",
                "<table><tr><td>".repeat(20_000) + "x",
                "<a href=x>x".repeat(60_000),
                "<p>x<br>".repeat(50_000),
                "<div class=menu>x".repeat(60_000),
                "<span class=share>x</span> y ".repeat(50_000),
                "<nav>Home</nav>".repeat(50_000),
                "<figure><img><figcaption>Jane Roe</figcaption></figure>".repeat(10_000),
                "<pre>" + "x\n".repeat(200_000),
                "<em><strong><a href=x><span style='font-weight:700'>".repeat(20_000) + "x",
                "<table>" + "<tr><td><b>Ann</b></td><td>Agree</td></tr>".repeat(20_000) + "</table>");
        for (String page : pages) {
            assertReads(page, "page.html");
        }
    }

    @Test
    void hugeAttributeValuesAreReadWithinBound() {
        List<String> pages = List.of(
                "<div class=\"" + "menu ".repeat(1_000_000) + "\">x</div>",
                "<div id=\"" + "a".repeat(5_000_000) + "\">x</div>",
                "<p style=\"" + "font-weight:700;".repeat(300_000) + "\">x</p>",
                "<span style=\"" + "font-weight:".repeat(300_000) + "\">x</span>",
                "<meta property=\"og:title\" content=\"" + "T".repeat(5_000_000) + "\"><p>x</p>",
                "<a href=\"" + "h\n".repeat(2_000_000) + "\">x</a>",
                "<time datetime=\"" + "2".repeat(5_000_000) + "\">x</time>",
                "<link rel=canonical href=\"https://" + "x".repeat(5_000_000) + "\"><h1>T</h1>",
                "<p " + "a=1 ".repeat(200_000) + ">x</p>");
        for (String page : pages) {
            assertReads(page, "page.html");
        }
    }

    @Test
    void longRunsOfMarkdownMarkersAreReadWithinBound() {
        List<String> texts = List.of("[".repeat(1_000_000), "*".repeat(1_000_000), "**a".repeat(300_000),
                "` ".repeat(400_000), "``a`".repeat(200_000), "![](".repeat(200_000), "\\".repeat(1_000_000),
                "<".repeat(1_000_000), "|".repeat(1_000_000), "> ".repeat(300_000), "#".repeat(1_000_000),
                "[a](".repeat(200_000), "_a".repeat(400_000), "&".repeat(1_000_000), "&amp;".repeat(200_000),
                ("[x](y) **z** " + "_w_ ").repeat(6_000) + "\n", ("[x](y)".repeat(16_000) + "\n").repeat(10),
                "a|b\n|-|-|\n" + "|x|y|\n".repeat(200_000), "```\n".repeat(200_000), "---\n".repeat(200_000),
                "Title\n===\n".repeat(100_000));
        for (String text : texts) {
            assertReads(text, "notes.md");
        }
    }

    @Test
    void longRunsOfFurnitureAndGluePointsAreReadWithinBound() {
        List<String> texts = List.of("aA".repeat(1_000_000), "Jane RoeJane Roe ".repeat(100_000),
                "Home\n".repeat(100_000), "Photo: x\n".repeat(100_000), "Share\nFacebook\n".repeat(50_000),
                "We use cookies. Accept\nOK\n".repeat(50_000), ("x/AFP/".repeat(40) + "\n").repeat(5_000),
                "Home | About | Contact\n".repeat(50_000), ")".repeat(1_000_000),
                "Title: x\nURL Source: y\n".repeat(50_000));
        for (String text : texts) {
            assertReads(text, "copy.txt");
        }
    }

    /**
     * Reads {@code text} as {@code name} within the bound and checks the document keeps its promises: every line
     * is one line of the shown text, plain text comes through as written, and every drop has a reason.
     */
    private static SourceDocument assertReads(String text, String name) {
        SourceDocument document = assertTimeoutPreemptively(BOUND, () -> {
            SourceDocument read = SourceDocuments.of(text, name);
            read.paragraphs();
            return read;
        });
        for (SourceLine line : document.lines()) {
            assertThat(line.shown()).doesNotContain("\n", "\r");
            assertThat(line.text()).doesNotContain("\n", "\r");
            line.dropped().ifPresent(reason -> assertThat(reason).isNotBlank());
        }
        assertThat(Paragraphs.lines(document.shownText())).hasSameSizeAs(document.lines());
        if (document.format() == SourceFormat.PLAIN_TEXT) {
            assertThat(document.lines()).extracting(SourceLine::shown).containsExactlyElementsOf(Paragraphs.lines(text));
        }
        return document;
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    @Provide
    Arbitrary<String> tagSoup() {
        return Arbitraries.of("<p>", "</p>", "<b>", "</b>", "<strong>", "<i>", "</em>", "<a href=\"/x\">", "</a>",
                "<br>", "<div>", "</div>", "<div class=\"menu\">", "<nav>", "</nav>", "<header>", "<footer>",
                "<aside>", "<main>", "</main>", "<article>", "<table>", "<tr>", "<td>", "<th>", "</td>", "</tr>",
                "</table>", "<ul>", "<ol>", "<li>", "</li>", "<h1>", "</h1>", "<h2>", "<blockquote>", "<q>", "<pre>",
                "</pre>", "<figure>", "<figcaption>", "</figcaption>", "<img alt=\"Portrait\">",
                "<span style=\"font-weight:700\">", "<b style=\"font-weight:normal\">",
                "<time datetime=\"2019-06-14\">", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>",
                "&amp;", "&nbsp;", "&#10;", "&#13;", " ", "\n", "\r\n", "\t", "Jane Roe", ", Fellow", "Photo: AP",
                "(Pub, 12.14.18)", "Share", "Home", "<title>", "</title>", "<meta property=\"og:title\" content=\"T\">",
                "<meta property=\"og:site_name\" content=\"Home\">", "<link rel=canonical href=\"https://x.example/a\">",
                "Version:0.9\r\nStartHTML:1\r\nSourceURL:https://x.example\r\n", "<dl>", "<dt>", "<dd>", "<select>",
                "<option>", "<form>", "<button>", "<svg>", "<noscript>", "<template>", "<p hidden>", "</", "<", ">",
                "\"", "'", "=", "<!DOCTYPE html>", "<html>", "<body>", "<head>")
                .list().ofMaxSize(300).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<String> markdownSoup() {
        return Arbitraries.of("**", "*", "_", "__", "~~", "`", "``", "[", "]", "(", ")", "![", "](", "\\", "#", "## ",
                "- ", "* ", "1. ", "2) ", "> ", "|", "|---|", "---", "===", "```", "~~~", "\n", "\n\n", " ", "\t",
                "Jane Roe", ", Fellow", "<br>", "<b>", "</b>", "&amp;", "&#10;", "http://x", "<http://x>", "Title: ",
                "URL Source: ", "Markdown Content:", "Photo: ", "Share", "Home\n", "(Pub, 12.14.18)", "[T]he",
                "Portrait of Jane RoeJane Roe")
                .list().ofMaxSize(300).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<String[]> mutatedFixtures() {
        Arbitrary<UnaryOperator<String>> mutation = TextMutations.of(
                "", "<p>", "</div>", "<table>", "**", "|---|", "# ", "- [x](y)", "Photo: AP", "Share",
                "Markdown Content:", "(Pub, 12.14.18)");
        return Combinators.combine(Arbitraries.of(FIXTURES), mutation)
                .as((fixture, mutations) -> new String[] {fixture, mutations.apply(SourceFixtures.text(fixture))});
    }

}
