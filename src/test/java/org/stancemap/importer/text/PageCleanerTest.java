package org.stancemap.importer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the cleaner drops and why, and what it never drops however much it looks like furniture. */
class PageCleanerTest {

    private static Map<Integer, String> dropped(String text) {
        return SourceFixtures.dropped(PageCleaner.clean(SourceDocument.plainText("x", text)));
    }

    private static Map<Integer, String> droppedMarkdown(String text) {
        return SourceFixtures.dropped(PageCleaner.clean(MarkdownReader.read("x.md", text)));
    }

    private static String reason(String line) {
        return dropped(line).getOrDefault(1, "kept");
    }

    @Test
    void wholeLineFurnitureIsDroppedWithAReasonAUserUnderstands() {
        assertThat(reason("Skip to main content")).isEqualTo("site navigation");
        assertThat(reason("Menu")).isEqualTo("site navigation");
        assertThat(reason("› Share this article:")).isEqualTo("share buttons");
        assertThat(reason("Subscribe")).isEqualTo("newsletter sign-up");
        assertThat(reason("ADVERTISEMENT")).isEqualTo("advertisement");
        assertThat(reason("Related articles")).isEqualTo("related links");
        assertThat(reason("Read more »")).isEqualTo("related links");
        assertThat(reason("Leave a comment")).isEqualTo("comments");
        assertThat(reason("Listen to this article")).isEqualTo("site banner");
        assertThat(reason("6 min read")).isEqualTo("reading time");
        assertThat(reason("Home › World › Europe")).isEqualTo("breadcrumb trail");
    }

    @Test
    void photoCaptionsAndCreditsAreDropped() {
        assertThat(reason("Photo: Jane Doe")).isEqualTo("photo credit");
        assertThat(reason("Photo by Jane Doe on Unsplash")).isEqualTo("photo credit");
        assertThat(reason("(Photo: AP)")).isEqualTo("photo credit");
        assertThat(reason("[Image credit: Example Institute]")).isEqualTo("photo credit");
        assertThat(reason("Credit: Jane Doe for The Review")).isEqualTo("photo credit");
        assertThat(reason("Getty Images")).isEqualTo("photo credit");
        assertThat(reason("A tanker in the strait. Sergei Ivanov/TASS")).isEqualTo("photo credit");
        assertThat(reason("REUTERS/Jane Doe")).isEqualTo("photo credit");
        assertThat(reason("Talks in Geneva, May 2021. Photo: AP")).isEqualTo("photo credit");
        assertThat(reason("Caption: the harbour at dawn")).isEqualTo("photo caption");
        assertThat(reason("Pictured: delegates in Oslo")).isEqualTo("photo caption");
    }

    @Test
    void cookieNoticeCopyrightAndScraperHeaderAreDropped() {
        assertThat(dropped("This website uses cookies to improve your experience.\nGot it\nOK\nA paragraph."))
                .containsExactly(entry(1, "cookie notice"), entry(2, "cookie notice"), entry(3, "cookie notice"));
        assertThat(reason("OK")).isEqualTo("kept");
        assertThat(reason("© 2024 Example Review")).isEqualTo("copyright notice");
        assertThat(reason("Copyright 2024 Example Review. All rights reserved.")).isEqualTo("copyright notice");
        assertThat(dropped("Title: A\n\nURL Source: https://example.org/a\n\nPublished Time: 2024-01-01\n\n"
                + "Markdown Content:\nTitle: kept, it is the page's own line"))
                .containsExactly(entry(1, "scraper metadata"), entry(7, "scraper metadata"));
        assertThat(dropped("Title: A round-up\nTitle: not a scraper header without its URL Source line")).isEmpty();
    }

    @Test
    void scraperHeaderKeepsOnlyTheAddressAndTheDayForTheFrontMatter() {
        SourceDocument page = PageCleaner.clean(SourceDocument.plainText("x", "Title: A\n\n"
                + "URL Source: https://example.org/a\n\nPublished Time: 2024-01-01T08:30:00+00:00\n\nMarkdown Content:"));

        assertThat(page.line(3)).isEqualTo(new SourceLine(3, "URL Source: https://example.org/a",
                "https://example.org/a", LineKind.TEXT, "", Optional.empty()));
        assertThat(page.line(5).text()).isEqualTo("2024-01-01");
        assertThat(page.line(5).isKept()).isTrue();
        assertThat(dropped("URL Source: https://example.org/a b\nPublished Time: sometime\nMarkdown Content:"))
                .containsExactly(entry(1, "scraper metadata"), entry(2, "scraper metadata"),
                        entry(3, "scraper metadata"));
    }

    @Test
    void menuWordsAreDroppedOnlyInARunOfThreeOrBesideAMenu() {
        assertThat(dropped("Home\nResearch\nExperts\nText.")).containsExactly(entry(1, "site navigation"),
                entry(2, "site navigation"), entry(3, "site navigation"));
        assertThat(dropped("Research\n\nAnalysis\n\nA paragraph.")).isEmpty();
        assertThat(dropped("Share\nFacebook\nLinkedIn\nA paragraph.\nEmail")).containsExactly(
                entry(1, "share buttons"), entry(2, "share buttons"), entry(3, "share buttons"));
        assertThat(reason("Home | About | Contact")).isEqualTo("site navigation");
        assertThat(reason("Facebook · X · LinkedIn")).isEqualTo("share buttons");
        assertThat(reason("THE REVIEW | Subscribe | Sign in")).isEqualTo("site navigation");
    }

    @Test
    void linkOnlyLinesAreDroppedInARunButALinkedNameWithItsRoleIsNot() {
        assertThat(droppedMarkdown("- [Research](/r)\n- [Experts](/e)\n- [A long headline about it](/h)\n\nText."))
                .containsExactly(entry(1, "site navigation"), entry(2, "site navigation"),
                        entry(3, "site navigation"));
        assertThat(droppedMarkdown("[Home](/) | [About](/a)\n\nText.")).isEmpty();
        assertThat(droppedMarkdown("- [Jane Roe, Fellow](/j)\n- [John Doe, Professor](/d)\n- [Ann Lee, Analyst](/a)"))
                .isEmpty();
        assertThat(droppedMarkdown("[Jane Roe](/jane), Senior Fellow\n[John Doe](/john), Professor\n"
                + "[Ann Lee](/ann), Analyst")).isEmpty();
        assertThat(droppedMarkdown("## Related\n- [One, explained](/1)\n- [Two](/2)")).containsExactly(
                entry(1, "related links"), entry(2, "related links"), entry(3, "related links"));
    }

    @Test
    void neverDropsAQuoteAnExpertHeaderOrAListOfNames() {
        assertThat(dropped("Getty Images and Reuters both ran the photo. (The Review, 03.04.19)")).isEmpty();
        assertThat(dropped("“Photo: a man, a plan,” she said.")).isEmpty();
        assertThat(dropped("Jane Roe, Director of Photography, Getty Images")).isEmpty();
        assertThat(dropped("Jane Roe, Senior Fellow, Creative Commons Foundation")).isEmpty();
        assertThat(dropped("Jane Roe\nJohn Doe\nAnn Lee\nBo Park")).isEmpty();
        assertThat(dropped("Menu planning, not diplomacy, decides summits. (Pub, 2019)")).isEmpty();
        assertThat(dropped(("We use cookies, the minister said, the way others use speeches: ").repeat(12))).isEmpty();
        assertThat(dropped("Share prices fell when the talks stalled.")).isEmpty();
        assertThat(dropped("Photography is not diplomacy.")).isEmpty();
    }

    @Test
    void gluedAltTextIsCutFromTheTextOnlyWhenItsWordsRepeat() {
        SourceDocument cleaned = PageCleaner.clean(SourceDocument.plainText("x",
                "Portrait of Jane RoeJane Roe is a senior fellow.\nJane RoeDirector of programs at X\n"
                        + "McDonald and DeSantis met.\nJane Roe, Fellow"));

        assertThat(cleaned.line(1).text()).isEqualTo("Jane Roe is a senior fellow.");
        assertThat(cleaned.line(1).shown()).isEqualTo("Portrait of Jane RoeJane Roe is a senior fellow.");
        assertThat(cleaned.line(1).isKept()).isTrue();
        assertThat(cleaned.line(2).text()).isEqualTo("Jane RoeDirector of programs at X");
        assertThat(cleaned.line(3).text()).isEqualTo("McDonald and DeSantis met.");
        assertThat(cleaned.dropped()).isEmpty();
    }

    @Test
    void linesAlreadyDroppedKeepTheirReasonAndCleaningTwiceChangesNothing() {
        SourceDocument read = HtmlReader.read("x.html", "<nav><a>Home</a></nav><p>Research</p><p>Experts</p>"
                + "<p>Photo: AP</p>");
        SourceDocument once = PageCleaner.clean(read);

        assertThat(SourceFixtures.dropped(once)).containsExactly(entry(1, "site navigation"),
                entry(3, "site navigation"), entry(5, "site navigation"), entry(7, "photo credit"));
        assertThat(PageCleaner.clean(once).lines()).isEqualTo(once.lines());
    }
}
