package org.stancemap.importer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A page read by its structure: one line per block, Markdown as the shown text, furniture set aside. */
class HtmlReaderTest {

    private static SourceDocument read(String html) {
        return HtmlReader.read("page.html", html);
    }

    private static List<String> shown(String html) {
        return read(html).lines().stream().map(SourceLine::shown).toList();
    }

    private static List<String> texts(String html) {
        return read(html).lines().stream().map(SourceLine::text).toList();
    }

    @Test
    void blocksAreSeparatedByBlankLinesAndABreakStartsALineWithoutOne() {
        assertThat(shown("<p>One<br>two</p><p>Three</p><div>Loose text<p>Inner</p>tail</div>"))
                .containsExactly("One", "two", "", "Three", "", "Loose text", "", "Inner", "", "tail");
    }

    @Test
    void whitespaceCollapsesAsABrowserShowsItAndEntitiesAreDecoded() {
        assertThat(texts("<p>\n   Jane&nbsp;&nbsp;Roe,\n\tFellow &amp; Director </p>"))
                .containsExactly("Jane Roe, Fellow & Director");
        assertThat(texts("<p>No<b>space</b>added</p>")).containsExactly("Nospaceadded");
    }

    @Test
    void boldOpeningABlockIsItsLead() {
        SourceDocument page = read("<p><b>Jane</b> <b>Roe</b>, Fellow</p><p>Said <b>Jane Roe</b>.</p>"
                + "<p><strong>JANE ROE:</strong> Thank you.</p><p><a href=\"/jane\"><strong>Jane Roe</strong></a></p>");

        assertThat(page.line(1)).isEqualTo(new SourceLine(1, "**Jane** **Roe**, Fellow", "Jane Roe, Fellow",
                LineKind.TEXT, "Jane Roe", Optional.empty()));
        assertThat(page.line(3).lead()).isEmpty();
        assertThat(page.line(5).lead()).isEqualTo("JANE ROE");
        assertThat(page.line(7)).isEqualTo(new SourceLine(7, "[**Jane Roe**](/jane)", "Jane Roe", LineKind.TEXT,
                "Jane Roe", Optional.empty()));
    }

    @Test
    void googleDocsPasteBoldIsTheStyledSpanNotTheNormalWeightWrapper() {
        SourceDocument page = read("<b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\"><p>"
                + "<span style=\"font-weight: 700\">Jane Roe</span><span style=\"font-weight:400\">, Fellow</span>"
                + "</p></b>");

        assertThat(page.line(1).shown()).isEqualTo("**Jane Roe**, Fellow");
        assertThat(page.line(1).lead()).isEqualTo("Jane Roe");
    }

    @Test
    void boldMarkersStayOutsideTheSpacesAroundTheBoldWords() {
        assertThat(shown("<p>Said<b> Jane Roe </b>today</p>")).containsExactly("Said **Jane Roe** today");
        assertThat(shown("<p><b><b>Twice</b></b> bold</p>")).containsExactly("**Twice** bold");
        assertThat(shown("<p><b></b>Empty bold</p>")).containsExactly("Empty bold");
    }

    @Test
    void headingsListsQuotesAndPreformattedTextHaveTheirKindAndMarkdown() {
        SourceDocument page = read("<h3>Who</h3><ul><li>One<ul><li>Sub</li></ul></li><li>Two</li></ul>"
                + "<ol><li>First</li><li>Second</li></ol><blockquote><p>Quoted <q>words</q></p></blockquote>"
                + "<pre>line one\n  line two</pre>");

        assertThat(page.lines()).extracting(SourceLine::shown).containsExactly("### Who", "", "- One", "  - Sub",
                "- Two", "", "1. First", "2. Second", "", "> Quoted “words”", "", "line one", "line two");
        assertThat(page.lines()).extracting(SourceLine::kind).containsExactly(LineKind.HEADING, LineKind.TEXT,
                LineKind.LIST_ITEM, LineKind.LIST_ITEM, LineKind.LIST_ITEM, LineKind.TEXT, LineKind.LIST_ITEM,
                LineKind.LIST_ITEM, LineKind.TEXT, LineKind.BLOCK_QUOTE, LineKind.TEXT, LineKind.TEXT, LineKind.TEXT);
        assertThat(page.line(10).text()).isEqualTo("Quoted “words”");
    }

    @Test
    void dataTableRowsJoinCellsByATabButALayoutTableIsReadAsItsBlocks() {
        SourceDocument data = read("<table><tr><th>Expert</th><th>Vote</th></tr>"
                + "<tr><td><b>Ann Lee</b><br>MIT</td><td></td></tr></table>");
        assertThat(data.lines()).extracting(SourceLine::text).containsExactly("Expert\tVote", "Ann Lee MIT\t");
        assertThat(data.line(2).kind()).isEqualTo(LineKind.TABLE_ROW);
        assertThat(data.line(2).shown()).isEqualTo("| **Ann Lee** MIT |  |");
        assertThat(data.line(2).lead()).isEqualTo("Ann Lee");

        SourceDocument layout = read("<table><tr><td><h1>Title</h1><p>One.</p><p>Two.</p><p>Three.</p>"
                + "<p>Four.</p></td><td><table><tr><td>Menu</td></tr></table></td></tr></table>");
        assertThat(layout.lines()).extracting(SourceLine::text)
                .containsExactly("Title", "", "One.", "", "Two.", "", "Three.", "", "Four.", "", "Menu");
        assertThat(layout.lines()).extracting(SourceLine::kind).containsExactly(LineKind.HEADING, LineKind.TEXT,
                LineKind.TEXT, LineKind.TEXT, LineKind.TEXT, LineKind.TEXT, LineKind.TEXT, LineKind.TEXT,
                LineKind.TEXT, LineKind.TEXT, LineKind.TABLE_ROW); // only the small table inside is data
    }

    @Test
    void whatIsNeverShownLeavesNoLine() {
        assertThat(texts("<script>var x = '<p>no</p>';</script><style>p{}</style><noscript>Enable JS</noscript>"
                + "<template><p>no</p></template><svg><text>no</text></svg><button>Menu</button>"
                + "<div hidden>no</div><div style=\"display: none\">no</div><p>Yes</p>")).containsExactly("Yes");
        assertThat(texts("<p><img src=\"a.jpg\" alt=\"Portrait of Jane Roe\">Jane Roe is a fellow.</p>"))
                .containsExactly("Jane Roe is a fellow.");
    }

    @Test
    void siteFurnitureBecomesOneDroppedLineWithItsReason() {
        SourceDocument page = read("<nav><a href=\"/\">Home</a> <a href=\"/a\">About</a></nav>"
                + "<main><p>Article.</p><div class=\"social-share\"><a>Facebook</a></div>"
                + "<p>More <span class=\"shareCount\">12 shares</span> text.</p></main>"
                + "<aside><p>Sidebar</p></aside><footer><p>Footer</p></footer>");

        assertThat(SourceFixtures.dropped(page)).containsExactly(entry(1, "site navigation"),
                entry(5, "share buttons"), entry(8, "share buttons"), entry(10, "sidebar"), entry(12, "site footer"));
        assertThat(page.line(1).text()).isEqualTo("Home About");
        assertThat(page.line(7).text()).isEqualTo("More text.");
        assertThat(page.line(8).text()).isEqualTo("12 shares");
    }

    @Test
    void anElementHoldingTheArticleIsNeverSetAsideWhateverItsClassSays() {
        String article = "<p>" + "An expert said something long enough to be the article. ".repeat(5) + "</p>";
        assertThat(texts("<div class=\"menu-open\"><main><h1>T</h1>" + article + "</main></div>"))
                .containsExactly("T", "", Paragraphs.trim(article.substring(3, article.length() - 4)));
        assertThat(read("<div class=\"menu-open\"><main><h1>T</h1>" + article + "</main></div>").dropped()).isEmpty();
        assertThat(read("<div class=\"expert-comments\">" + article + article + "</div><p>Short.</p>").dropped())
                .isEmpty();
        assertThat(read("<header><h1>The only title</h1></header><p>Text.</p>").dropped()).isEmpty();
        assertThat(read("<article><header><p>Byline</p></header><p>Text.</p><footer>Tags</footer></article>"
                + "<p>" + "Enough other text to make the article the smaller part. ".repeat(4) + "</p>").dropped())
                .isEmpty();
    }

    @Test
    void photoCaptionsAreDroppedButACaptionThatNamesTheSpeakerIsKept() {
        SourceDocument page = read("<figure><img src=a.jpg><figcaption>Talks in Geneva, May 2021. "
                + "Photo: AP</figcaption></figure>"
                + "<figure><img src=b.jpg><figcaption>Jane Roe speaks at a conference in Oslo.</figcaption></figure>"
                + "<figure><img src=c.jpg><figcaption>John Doe, Professor, University of Oslo</figcaption></figure>"
                + "<p>Quote. (Pub, 2019)</p>"
                + "<figure><a href=x><img src=d.jpg></a><figcaption>Ann Lee</figcaption></figure>"
                + "<p><b>Ann Lee</b>, Fellow</p>"
                + "<figure><blockquote>Said it.</blockquote><figcaption>Mia Park</figcaption></figure>"
                + "<p class=\"wp-caption-text\">Harbour at dawn. Getty Images</p>");

        assertThat(SourceFixtures.dropped(page)).containsExactly(entry(1, "photo credit"), entry(3, "photo caption"),
                entry(9, "photo caption"), entry(17, "photo credit"));
        assertThat(page.line(5).text()).isEqualTo("John Doe, Professor, University of Oslo");
        assertThat(page.line(5).isKept()).isTrue();
        assertThat(page.line(15).text()).isEqualTo("Mia Park");
    }

    @Test
    void titleFromMetadataIsAddedOnlyWhenTheBodyLacksIt() {
        SourceDocument untitled = read("<head><title>Round-Up: Who Wins? | Example Review</title>"
                + "<meta property=\"og:site_name\" content=\"Example Review\"></head><body><p>Text.</p></body>");
        assertThat(untitled.line(1)).isEqualTo(new SourceLine(1, "# Round-Up: Who Wins?", "Round-Up: Who Wins?",
                LineKind.HEADING, "", Optional.empty()));

        SourceDocument titled = read("<head><meta property=\"og:title\" content=\"Round-Up: Who Wins?\"></head>"
                + "<body><p class=title>Round-Up: Who Wins?</p><p>Text.</p></body>");
        assertThat(titled.lines()).extracting(SourceLine::text).containsExactly("Round-Up: Who Wins?", "", "Text.");
    }

    @Test
    void dateFromMetadataOrTimeIsAddedAfterTheTitleUnlessTheBodyHasADateLine() {
        assertThat(texts("<head><meta property=\"article:published_time\" content=\"2019-06-14T09:00:00Z\"></head>"
                + "<body><h1>T</h1><p>By Ann Lee</p><p>Text.</p></body>"))
                .containsExactly("T", "", "June 14, 2019", "", "By Ann Lee", "", "Text.");
        assertThat(texts("<h1>T</h1><p>Posted <time datetime=\"2021-02-03\">yesterday</time></p><p>Text.</p>"))
                .containsExactly("T", "", "February 3, 2021", "", "Posted yesterday", "", "Text.");
        assertThat(texts("<head><meta name=\"date\" content=\"2019-06-14\"></head><body><h1>T</h1>"
                + "<p>June 14, 2019</p><p>Text.</p></body>")).containsExactly("T", "", "June 14, 2019", "", "Text.");
        assertThat(texts("<head><meta name=\"date\" content=\"2019-02-30\"></head><body><h1>T</h1></body>"))
                .containsExactly("T");
    }

    @Test
    void canonicalAddressIsALineOfItsOwnAfterTitleDateAndByline() {
        assertThat(texts("<head><link rel=\"canonical\" href=\"https://example.org/a\"></head>"
                + "<body><h1>T</h1><p>June 1, 2020</p><p>Ann Lee and Bo Park</p><p>Intro.</p></body>"))
                .containsExactly("T", "", "June 1, 2020", "", "Ann Lee and Bo Park", "", "https://example.org/a", "",
                        "Intro.");
        assertThat(texts("<head><link rel=\"canonical\" href=\"/relative\"></head><body><h1>T</h1></body>"))
                .containsExactly("T");
        assertThat(texts("<head><meta property=\"og:url\" content=\"https://example.org/b\"></head>"
                + "<body><p>No title here.</p></body>")).containsExactly("No title here.");
    }

    @Test
    void aFirstLineThatOnlyNamesTheSiteIsItsBanner() {
        SourceDocument page = read("<head><meta property=\"og:site_name\" content=\"Example Review\"></head>"
                + "<body><div class=logo>EXAMPLE REVIEW</div><h1>T</h1></body>");

        assertThat(SourceFixtures.dropped(page)).containsExactly(entry(1, "site banner"));
    }

    @Test
    void clipboardHeaderIsTakenOffAndItsSourceUrlKept() {
        ClipboardHtml clip = ClipboardHtml.of("Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000180\r\n"
                + "SourceURL:https://example.org/x\r\n<html><body><!--StartFragment--><p>x</p></body></html>");

        assertThat(clip.html()).startsWith("<html><body>");
        assertThat(clip.sourceUrl()).contains("https://example.org/x");
        assertThat(ClipboardHtml.of("Version:0.9\nStartHTML:1\nSourceURL:file:///c:/x.html\n<p>x</p>").sourceUrl())
                .isEmpty();
        assertThat(ClipboardHtml.of("<p>no header</p>").html()).isEqualTo("<p>no header</p>");
    }
}
