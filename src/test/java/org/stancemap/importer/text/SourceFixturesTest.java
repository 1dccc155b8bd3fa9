package org.stancemap.importer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.roundup.DraftEntry;
import org.stancemap.importer.roundup.RoundUpDraft;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.model.Person;

/**
 * Each page fixture as the formats see it: the lines that matter with their text, kind and lead, every dropped line
 * with its reason, and, where the page is a cited round-up, the entries the registry then reads from it.
 */
class SourceFixturesTest {

    private static SourceLine line(SourceDocument document, int number) {
        return document.line(number);
    }

    private static RoundUpDraft draft(String fixture) {
        return new RoundUpImporter().draft(SourceFixtures.text(fixture), fixture);
    }

    private static List<String> people(DraftEntry entry) {
        return entry.people().stream().map(Person::name).toList();
    }

    // --- saved think-tank page: bold names, portraits with captions, metadata ---

    @Test
    void thinkTankPageDropsSiteFurnitureAndCaptionsButKeepsAPortraitCaptionThatNamesTheExpert() {
        SourceDocument page = SourceFixtures.document(SourceFixtures.THINK_TANK);

        assertThat(page.format()).isEqualTo(SourceFormat.HTML);
        assertThat(SourceFixtures.dropped(page)).containsExactly(
                entry(1, "site navigation"),
                entry(3, "site header"),
                entry(15, "photo credit"),
                entry(21, "share buttons"),
                entry(23, "photo caption"),
                entry(35, "photo caption"),
                entry(52, "related links"),
                entry(54, "newsletter sign-up"),
                entry(56, "site footer"));
        assertThat(line(page, 3).shown()).isEqualTo("Northbridge Institute Research Experts Events About");
        assertThat(line(page, 23).text()).isEqualTo("Marta Nováková"); // repeated in bold right below
        assertThat(line(page, 35).text()).isEqualTo("An icebreaker escorts a tanker through the Kara Sea.");
        assertThat(line(page, 31)).isEqualTo(new SourceLine(31, "Olav Berg, Senior Fellow, Northbridge Institute",
                "Olav Berg, Senior Fellow, Northbridge Institute", LineKind.TEXT, "", Optional.empty()));
        assertThat(line(page, 48).text()).isEqualTo("Chen Yu"); // a pull quote's caption: no photo, kept
    }

    @Test
    void thinkTankPageLinesCarryHeadingsBoldLeadsLineBreaksAndQuotes() {
        SourceDocument page = SourceFixtures.document(SourceFixtures.THINK_TANK);

        assertThat(line(page, 7)).isEqualTo(new SourceLine(7, "# Expert Round-Up: Will the Arctic Council Survive?",
                "Expert Round-Up: Will the Arctic Council Survive?", LineKind.HEADING, "", Optional.empty()));
        assertThat(line(page, 11).shown()).isEqualTo("By [Ana Ortiz](/people/ana-ortiz/) and [Li Wei](/people/li-wei/)");
        assertThat(line(page, 11).text()).isEqualTo("By Ana Ortiz and Li Wei");
        assertThat(line(page, 13).text()).isEqualTo("https://www.northbridge.example/analysis/arctic-council-round-up");
        assertThat(line(page, 19).shown())
                .isEqualTo("Their answers range from _“it already has”_ to **“not without a new treaty.”**");
        assertThat(line(page, 25)).isEqualTo(new SourceLine(25,
                "**Marta Nováková**, Professor of Polar Law, University of Tromsø",
                "Marta Nováková, Professor of Polar Law, University of Tromsø", LineKind.TEXT, "Marta Nováková",
                Optional.empty()));
        assertThat(line(page, 37).lead()).isEqualTo("Chen Yu and Sam O’Neil");
        assertThat(line(page, 39).text()).isEqualTo("The council was built for cooperation on science and search and rescue,");
        assertThat(line(page, 40).text()).isEqualTo("and those still happen by other means. (Maritime Review, May-June 2022)");
        assertThat(line(page, 42).kind()).isEqualTo(LineKind.BLOCK_QUOTE);
        assertThat(line(page, 42).shown()).startsWith("> Nobody has proposed a replacement");
        assertThat(page.lines()).hasSize(56);
    }

    @Test
    void thinkTankPageImportsThreeVoicesWithItsTitleDateAuthorsAndCanonicalAddress() {
        RoundUpDraft draft = draft(SourceFixtures.THINK_TANK);

        assertThat(draft.warnings()).isEmpty();
        assertThat(draft.front().title()).isEqualTo("Expert Round-Up: Will the Arctic Council Survive?");
        assertThat(draft.front().date()).contains(LocalDate.of(2023, 3, 9));
        assertThat(draft.front().authors()).containsExactly("Ana Ortiz", "Li Wei");
        assertThat(draft.front().url()).contains("https://www.northbridge.example/analysis/arctic-council-round-up");
        assertThat(draft.voices()).extracting(SourceFixturesTest::people).containsExactly(
                List.of("Marta Nováková"), List.of("Olav Berg"), List.of("Chen Yu", "Sam O’Neil"));
        assertThat(draft.voices()).extracting(e -> e.quotes().size()).containsExactly(2, 1, 2);
        assertThat(draft.voices().get(2).quotes().get(0).text()).isEqualTo("The council was built for cooperation "
                + "on science and search and rescue, and those still happen by other means.");
    }

    // --- news page full of furniture: cookie banner, breadcrumbs, ads, share bar, comments ---

    @Test
    void furniturePageSetsAsideEveryWidgetWithTheReasonItsMarkupGives() {
        SourceDocument page = SourceFixtures.document(SourceFixtures.FURNITURE);

        assertThat(SourceFixtures.dropped(page)).containsExactly(
                entry(1, "cookie notice"),
                entry(3, "site banner"),
                entry(5, "breadcrumb trail"),
                entry(7, "advertisement"),
                entry(17, "share buttons"),
                entry(22, "share buttons"),
                entry(42, "related links"),
                entry(44, "comments"),
                entry(46, "site footer"));
        assertThat(line(page, 22).text()).isEqualTo("(12 shares)"); // an inline widget, listed after its paragraph
        assertThat(line(page, 21).text()).isEqualTo("Since the summer, more grain has left by river than ever before "
                + "and the ports of Izmail and Reni are working around the clock.");
        assertThat(page.shownText()).doesNotContain("Sign in to keep reading", "Tracking pixel text", "NewsArticle");
    }

    @Test
    void furniturePageAddsTheMetadataDateAfterTheTitleAndTheAddressAfterTheByline() {
        SourceDocument page = SourceFixtures.document(SourceFixtures.FURNITURE);

        assertThat(line(page, 9).kind()).isEqualTo(LineKind.HEADING);
        assertThat(line(page, 11).shown()).isEqualTo("May 21, 2024");
        assertThat(line(page, 13).text()).isEqualTo("By Tom Hale");
        assertThat(line(page, 15).text()).isEqualTo("https://riverside.example/world/2024/05/danube-experts");
        var front = draft(SourceFixtures.FURNITURE).front();
        assertThat(front.title()).isEqualTo("Five experts on whether the Danube can replace the Black Sea route");
        assertThat(front.date()).contains(LocalDate.of(2024, 5, 21));
        assertThat(front.authors()).containsExactly("Tom Hale");
        assertThat(front.url()).contains("https://riverside.example/world/2024/05/danube-experts");
    }

    @Test
    void furniturePageTableRowsListItemsAndDefinitionsAreLinesOfTheirOwn() {
        SourceDocument page = SourceFixtures.document(SourceFixtures.FURNITURE);

        assertThat(line(page, 19).text()).isEqualTo("Economists disagree on how much grain the river barges can carry.");
        assertThat(line(page, 26)).isEqualTo(new SourceLine(26, "| Expert | Institution | Vote | Confidence |",
                "Expert\tInstitution\tVote\tConfidence", LineKind.TABLE_ROW, "", Optional.empty()));
        assertThat(line(page, 27).text()).isEqualTo("Ilse Brandt\tVienna School of Economics\tAgree\t7");
        assertThat(line(page, 27).lead()).isEqualTo("Ilse Brandt");
        assertThat(line(page, 28).text()).isEqualTo("Radu Ionescu\tBucharest Institute for Transport\tDisagree\t");
        assertThat(line(page, 32)).isEqualTo(new SourceLine(32,
                "1. **Ilse Brandt:** The river can carry a third of the volume at most, and only in a wet year.",
                "Ilse Brandt: The river can carry a third of the volume at most, and only in a wet year.",
                LineKind.LIST_ITEM, "Ilse Brandt", Optional.empty()));
        assertThat(line(page, 33).shown()).isEqualTo("2. **Radu Ionescu:** Barges are not ships. _Every_ lock is a queue.");
        assertThat(line(page, 35).text()).isEqualTo("Ilse Brandt");
        assertThat(line(page, 37).text()).isEqualTo("Professor of Transport Economics, Vienna School of Economics");
        assertThat(line(page, 39).text()).isEqualTo("Radu Ionescu");
        assertThat(line(page, 40).text()).isEqualTo("Senior Economist, Bucharest Institute for Transport");
    }

    // --- Windows clipboard paste from a browser ---

    @Test
    void windowsClipboardPasteIsReadAsHtmlWithItsSourceAddressAndStyledBold() {
        SourceDocument paste = SourceDocuments.of(SourceFixtures.text(SourceFixtures.CLIPBOARD), "pasted text");

        assertThat(paste.format()).isEqualTo(SourceFormat.HTML);
        assertThat(SourceFixtures.dropped(paste)).containsExactly(entry(11, "photo credit"));
        assertThat(line(paste, 1).text()).isEqualTo("Expert Round-Up: Will Moldova Join the EU by 2030?");
        assertThat(line(paste, 7).text()).isEqualTo("https://www.eastgate.example/commentary/moldova-eu-2030");
        assertThat(line(paste, 13)).isEqualTo(new SourceLine(13, "**Ion Rusu**, Director, Chișinău Policy Centre",
                "Ion Rusu, Director, Chișinău Policy Centre", LineKind.TEXT, "Ion Rusu", Optional.empty()));
        assertThat(line(paste, 17).text()).isEqualTo("Elena Petrescu, Senior Fellow, Eastgate Forum"); // no alt text
        assertThat(paste.shownText()).doesNotContain("StartHTML", "StartFragment", "Version:0.9");
    }

    @Test
    void windowsClipboardPasteImportsTwoVoices() {
        RoundUpDraft draft = new RoundUpImporter().draft(SourceFixtures.text(SourceFixtures.CLIPBOARD), "pasted text");

        assertThat(draft.warnings()).isEmpty();
        assertThat(draft.front().date()).contains(LocalDate.of(2024, 4, 4));
        assertThat(draft.front().authors()).containsExactly("Ana Lima");
        assertThat(draft.front().url()).contains("https://www.eastgate.example/commentary/moldova-eu-2030");
        assertThat(draft.voices()).extracting(SourceFixturesTest::people)
                .containsExactly(List.of("Ion Rusu"), List.of("Elena Petrescu"));
        assertThat(draft.voices()).extracting(e -> e.quotes().size()).containsExactly(1, 2);
        assertThat(draft.voices().get(0).quotes().get(0).text())
                .isEqualTo("The screening is ahead of schedule, and the money follows the screening.");
    }

    // --- Markdown from a page-to-Markdown tool, with its metadata header ---

    @Test
    void scraperMarkdownDropsItsMetadataHeaderMenusShareBarAndRelatedLinks() {
        SourceDocument markdown = SourceFixtures.document(SourceFixtures.SCRAPER);

        assertThat(markdown.format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(SourceFixtures.dropped(markdown)).containsExactly(
                entry(1, "scraper metadata"),
                entry(7, "scraper metadata"),
                entry(8, "site navigation"),
                entry(12, "site navigation"),
                entry(13, "site navigation"),
                entry(14, "site navigation"),
                entry(15, "site navigation"),
                entry(26, "photo credit"),
                entry(44, "share buttons"),
                entry(46, "share buttons"),
                entry(47, "share buttons"),
                entry(49, "related links"),
                entry(52, "related links"),
                entry(53, "related links"),
                entry(55, "copyright notice"));
    }

    @Test
    void scraperMarkdownLinesKeepTheirMarkdownShownAndLoseTheirMarkersInText() {
        SourceDocument markdown = SourceFixtures.document(SourceFixtures.SCRAPER);

        assertThat(line(markdown, 10).text()).isEmpty(); // a linked logo image: no words
        assertThat(line(markdown, 17)).isEqualTo(new SourceLine(17,
                "Expert Round-Up: Can the Black Sea Grain Corridor Be Revived?",
                "Expert Round-Up: Can the Black Sea Grain Corridor Be Revived?", LineKind.HEADING, "", Optional.empty()));
        assertThat(line(markdown, 18).text()).isEmpty();
        assertThat(line(markdown, 28).text()).isEqualTo("The corridor that carried thirty million tonnes of grain closed "
                + "in July. We asked four experts whether it can be revived, and on what terms.");
        assertThat(line(markdown, 30).lead()).isEqualTo("Marta Nováková");
        assertThat(line(markdown, 34).text())
                .isEqualTo("Insurers will decide, not diplomats [sic]. (Maritime Review, 07.30.23)");
        assertThat(line(markdown, 40).shown()).isEqualTo("Portrait of Sam O’NeilSam O’Neil, Captain (retired)");
        assertThat(line(markdown, 40).text()).isEqualTo("Sam O’Neil, Captain (retired)");
    }

    @Test
    void scraperMarkdownImportsThreeVoicesWithTheAddressItsUrlSourceGives() {
        RoundUpDraft draft = draft(SourceFixtures.SCRAPER);

        assertThat(draft.warnings()).isEmpty();
        assertThat(draft.front().title()).isEqualTo("Expert Round-Up: Can the Black Sea Grain Corridor Be Revived?");
        assertThat(draft.front().date()).contains(LocalDate.of(2023, 8, 2));
        assertThat(draft.front().authors()).containsExactly("Ana Ortiz", "Li Wei");
        assertThat(draft.front().url()).contains("https://www.blacksea-review.example/analysis/grain-corridor-round-up");
        assertThat(draft.voices()).extracting(SourceFixturesTest::people).containsExactly(
                List.of("Marta Nováková"), List.of("Olav Berg", "Chen Yu"), List.of("Sam O’Neil"));
        assertThat(draft.voices()).extracting(e -> e.quotes().size()).containsExactly(2, 1, 1);
    }

    // --- Markdown from a web clipper: YAML front matter, a table, a quote sheet ---

    @Test
    void clipperMarkdownDropsItsFrontMatterAndReadsTablesListsAndQuotes() {
        SourceDocument markdown = SourceFixtures.document(SourceFixtures.CLIPPER);

        assertThat(SourceFixtures.dropped(markdown)).containsExactly(entry(1, "page metadata"),
                entry(2, "page metadata"), entry(3, "page metadata"), entry(4, "page metadata"),
                entry(5, "page metadata"), entry(6, "page metadata"), entry(7, "page metadata"));
        assertThat(line(markdown, 9).kind()).isEqualTo(LineKind.HEADING);
        assertThat(line(markdown, 13).text()).isEqualTo("We asked our panel of economists whether the European "
                + "Central Bank will cut its deposit rate before the Federal Reserve cuts its own.");
        assertThat(line(markdown, 17).text()).isEqualTo("Expert\tInstitution\tVote\tConfidence");
        assertThat(line(markdown, 18)).isEqualTo(new SourceLine(18, "|---|:---|---|--:|", "", LineKind.TEXT, "",
                Optional.empty()));
        assertThat(line(markdown, 19)).isEqualTo(new SourceLine(19,
                "| **Hanna Berg** | Uppsala University | Agree | 7 |",
                "Hanna Berg\tUppsala University\tAgree\t7", LineKind.TABLE_ROW, "Hanna Berg", Optional.empty()));
        assertThat(line(markdown, 20).text()).isEqualTo("Luis Ortega\tBanco del Sur | Research\tStrongly disagree\t9");
        assertThat(line(markdown, 21).text()).isEqualTo("Mei Tanaka\tKobe Institute\tUncertain\t");
    }

    @Test
    void clipperMarkdownListItemsQuotesAndInlineMarkup() {
        SourceDocument markdown = SourceFixtures.document(SourceFixtures.CLIPPER);

        assertThat(line(markdown, 25)).isEqualTo(new SourceLine(25, "- **Hanna Berg**, Professor of Economics: "
                + "“Inflation in the euro area is falling faster than in the US.” (Source: _Financial Review_)",
                "Hanna Berg, Professor of Economics: “Inflation in the euro area is falling faster than in the US.” "
                        + "(Source: Financial Review)", LineKind.LIST_ITEM, "Hanna Berg", Optional.empty()));
        assertThat(line(markdown, 26).text()).isEqualTo("Luis Ortega: “The Fed will move first, and by June.” "
                + "(Source: Radio Sur)");
        assertThat(line(markdown, 27).lead()).isEmpty();
        assertThat(line(markdown, 27).kind()).isEqualTo(LineKind.LIST_ITEM);
        assertThat(line(markdown, 29).text())
                .isEqualTo("First reason: wages, see HICP data and [T]he ECB’s own projections");
        assertThat(line(markdown, 30).text()).isEqualTo("Second reason: energy prices");
        assertThat(line(markdown, 32)).isEqualTo(new SourceLine(32,
                "> **Mei Tanaka**, Kobe Institute — The question is badly posed; both will wait for the other.",
                "Mei Tanaka, Kobe Institute — The question is badly posed; both will wait for the other.",
                LineKind.BLOCK_QUOTE, "Mei Tanaka", Optional.empty()));
        assertThat(line(markdown, 34).text()).isEqualTo("Notes on method #2");
        assertThat(line(markdown, 36).text()).isEqualTo("Votes are weighted by confidence; 5 * 3 is the weight of a "
                + "vote of 5 at confidence 3, and snake_case_names stay as they are.");
        assertThat(line(markdown, 37).text())
                .isEqualTo("Hard-wrapped second line of the same paragraph, with a hard break");
        assertThat(line(markdown, 38).text()).isEqualTo("and a struck word and an escaped *star*.");
        assertThat(line(markdown, 41).text()).isEqualTo("| not | a | table |");
        assertThat(line(markdown, 42)).isEqualTo(new SourceLine(42, "# not a heading", "# not a heading",
                LineKind.TEXT, "", Optional.empty()));
    }

    // --- plain text copied from a browser, banner and captions included ---

    @Test
    void plainTextCopyDropsBannerMenuCookieNoticeShareBarCreditsAndFooter() {
        SourceDocument text = SourceFixtures.document(SourceFixtures.BANNER);

        assertThat(text.format()).isEqualTo(SourceFormat.PLAIN_TEXT);
        assertThat(SourceFixtures.dropped(text)).containsExactly(
                entry(1, "site navigation"),
                entry(3, "site navigation"),
                entry(5, "site navigation"), entry(6, "site navigation"), entry(7, "site navigation"),
                entry(8, "site navigation"), entry(9, "site navigation"),
                entry(11, "cookie notice"), entry(12, "cookie notice"),
                entry(16, "photo credit"),
                entry(25, "share buttons"), entry(26, "share buttons"), entry(27, "share buttons"),
                entry(33, "related links"),
                entry(39, "photo credit"),
                entry(43, "photo credit"),
                entry(45, "advertisement"),
                entry(51, "copyright notice"));
        // a caption without a credit reads like any sentence: kept, as the seed's own opening caption is
        assertThat(line(text, 14).isKept()).isTrue();
    }

    @Test
    void plainTextCopyKeepsEveryLineAsWrittenButCutsGluedAltText() {
        String raw = SourceFixtures.text(SourceFixtures.BANNER);
        SourceDocument text = SourceFixtures.document(SourceFixtures.BANNER);
        List<String> rawLines = Paragraphs.lines(raw);

        assertThat(text.lines()).extracting(SourceLine::shown).containsExactlyElementsOf(rawLines);
        assertThat(text.lines()).filteredOn(l -> l.number() != 35)
                .allSatisfy(l -> assertThat(l.text()).isEqualTo(l.shown()));
        assertThat(line(text, 35).text()).isEqualTo("Anna Berg, Professor of Strategic Studies, University of Oslo");
    }

    @Test
    void plainTextCopyImportsThreeVoicesWithoutWarnings() {
        RoundUpDraft draft = draft(SourceFixtures.BANNER);

        assertThat(draft.warnings()).isEmpty();
        assertThat(draft.front().title()).isEqualTo("Expert Round-Up: Is a Nordic Defence Union Coming?");
        assertThat(draft.front().date()).contains(LocalDate.of(2024, 5, 6));
        assertThat(draft.front().authors()).containsExactly("Karin Holm", "Pekka Virtanen");
        assertThat(draft.voices()).extracting(SourceFixturesTest::people)
                .containsExactly(List.of("Erik Lund"), List.of("Anna Berg"), List.of("Jonas Eklund"));
        assertThat(draft.voices()).extracting(e -> e.quotes().size()).containsExactly(1, 2, 1);
    }

    // --- the seed ---

    @Test
    void seedComesThroughAsPlainTextWithOnlyItsClosingPhotoCreditDropped() {
        String seed = SeedText.roundUp();
        SourceDocument read = SourceDocuments.of(seed, RoundUpImporter.PASTED);
        SourceDocument plain = SourceDocument.plainText(RoundUpImporter.PASTED, seed);

        assertThat(read.format()).isEqualTo(SourceFormat.PLAIN_TEXT);
        assertThat(SourceFixtures.dropped(read)).containsExactly(entry(354, "photo credit"));
        assertThat(read.line(354).text()).isEqualTo("Photo\u00A0by\u00A0shared under a CC-BY-4.0 license.");
        assertThat(read.lines()).hasSameSizeAs(plain.lines());
        for (SourceLine expected : plain.lines()) {
            SourceLine actual = read.line(expected.number());
            assertThat(actual).isEqualTo(expected.number() == 354 ? expected.droppedAs("photo credit") : expected);
        }
        assertThat(read.paragraphs()).isEqualTo(plain.paragraphs().stream()
                .filter(p -> p.firstLine() != 354).toList());
    }

    @Test
    void seedImportsTheSameThroughTheFileNameAsPasted() {
        RoundUpDraft named = new RoundUpImporter().draft(SeedText.roundUp(), SeedText.ROUND_UP);

        assertThat(named.warnings()).isEmpty();
        assertThat(named.voices()).hasSize(51);
        assertThat(named.voices().stream().mapToInt(e -> e.quotes().size()).sum()).isEqualTo(112);
    }

    @Test
    void seedSavedAsMarkdownImportsTheSame() {
        RoundUpDraft markdown = new RoundUpImporter().draft(SeedText.roundUp(), "roundup.md");

        assertThat(markdown.source().format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(markdown.warnings()).isEmpty();
        assertThat(markdown.voices()).hasSize(51);
        assertThat(markdown.voices().stream().mapToInt(e -> e.quotes().size()).sum()).isEqualTo(112);
    }

    @Test
    void seedAsAPageOfParagraphsImportsTheSameWithItsTitleNotRepeated() {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>Expert Round-Up: How Likely Is a "
                + "China-Russia Military Alliance? | Russia Matters</title>"
                + "<meta property=\"og:site_name\" content=\"Russia Matters\"></head><body>\n");
        for (String line : Paragraphs.lines(SeedText.roundUp())) {
            if (!Paragraphs.trim(line).isEmpty()) {
                page.append("<p>").append(Entities.escape(line)).append("</p>\n");
            }
        }
        RoundUpDraft draft = new RoundUpImporter().draft(page.append("</body></html>").toString(), "roundup.html");

        assertThat(draft.source().format()).isEqualTo(SourceFormat.HTML);
        assertThat(draft.source().line(1).text()).startsWith("Russian President Vladimir Putin");
        assertThat(draft.warnings()).isEmpty();
        assertThat(draft.front().title()).isEqualTo("Expert Round-Up: How Likely Is a China-Russia Military Alliance?");
        assertThat(draft.voices()).hasSize(51);
        assertThat(draft.voices().stream().mapToInt(e -> e.quotes().size()).sum()).isEqualTo(112);
    }
}
