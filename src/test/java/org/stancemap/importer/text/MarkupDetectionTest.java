package org.stancemap.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stancemap.importer.SeedText;

/** Which markup a text is read as: by the file's name when it says, else by the text's opening. */
class MarkupDetectionTest {

    private static SourceFormat detect(String text) {
        return MarkupDetection.detect(text, "pasted text");
    }

    @Test
    void seedAndDebateCardArePlainText() {
        assertThat(detect(SeedText.roundUp())).isEqualTo(SourceFormat.PLAIN_TEXT);
        assertThat(detect(SeedText.read(SeedText.CARD))).isEqualTo(SourceFormat.PLAIN_TEXT);
    }

    @Test
    void fileNameDecidesForHtmlAndMarkdownWhateverTheText() {
        assertThat(MarkupDetection.detect("Plain words.", "page.HTML")).isEqualTo(SourceFormat.HTML);
        assertThat(MarkupDetection.detect("Plain words.", "page.htm")).isEqualTo(SourceFormat.HTML);
        assertThat(MarkupDetection.detect("Plain words.", "notes.md")).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(MarkupDetection.detect("Plain words.", "notes.markdown")).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(MarkupDetection.detect("Plain words.", "notes.txt")).isEqualTo(SourceFormat.PLAIN_TEXT);
    }

    @Test
    void textOpeningWithAPageTagIsHtml() {
        assertThat(detect("<!DOCTYPE html>\n<html><body><p>x</p></body></html>")).isEqualTo(SourceFormat.HTML);
        assertThat(detect("\uFEFF  <html lang=\"en\">")).isEqualTo(SourceFormat.HTML);
        assertThat(detect("<meta charset='utf-8'><p>Jane Roe</p>")).isEqualTo(SourceFormat.HTML);
        assertThat(detect("<div class=\"entry\">Jane Roe, Fellow</div>")).isEqualTo(SourceFormat.HTML);
        assertThat(detect("<!-- saved from url=(0042)https://example.org/ -->\n<html>")).isEqualTo(SourceFormat.HTML);
    }

    @Test
    void windowsClipboardHeaderIsHtml() {
        assertThat(detect("Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000200\r\n<html>"))
                .isEqualTo(SourceFormat.HTML);
        assertThat(detect("Version: 2.1 of the plan\nStart here.")).isEqualTo(SourceFormat.PLAIN_TEXT);
    }

    @Test
    void textDenseInTagsIsHtmlButProseMentioningATagIsNot() {
        String fragment = "Copied text\n<p><b>Jane Roe</b>, Fellow</p><p>She said so. (Pub, 2019)</p><p>More</p>";
        assertThat(detect(fragment)).isEqualTo(SourceFormat.HTML);
        assertThat(detect("The tool writes <Title> first, and a <br> breaks a line; nothing else here is "
                + "markup, so this stays plain text whatever it mentions about tags.")).isEqualTo(SourceFormat.PLAIN_TEXT);
        assertThat(detect("<3 for everyone\nx < y and y > z")).isEqualTo(SourceFormat.PLAIN_TEXT);
    }

    @Test
    void markdownNeedsTwoStrongSignsOrOneWithAWeakOne() {
        assertThat(detect("# Round-up\n\nText with **bold** words.")).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(detect("Title\n=====\n\n- first\n")).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(detect("See [the report](https://example.org).\n\n> quoted")).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(detect("| a | b |\n|---|---|\n| 1 | 2 |")).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(detect("Title: X\n\nURL Source: https://x.example\n\nMarkdown Content:\n# X"))
                .isEqualTo(SourceFormat.MARKDOWN);
        assertThat(detect("# 1 priority for the alliance\nNothing else is markup.")).isEqualTo(SourceFormat.PLAIN_TEXT);
        assertThat(detect("The **only** emphasis in a plain paragraph.")).isEqualTo(SourceFormat.PLAIN_TEXT);
    }

    @Test
    void textMadeLargelyOfBulletsIsMarkdownButAFewBulletsInProseAreNot() {
        assertThat(detect("- Jane Roe: “Yes.”\n- John Doe: “No.”\n- Ann Lee: “Maybe.”")).isEqualTo(SourceFormat.MARKDOWN);
        String prose = "A paragraph.\n\n- one point\n\nAnother paragraph.\n\n- second point\n\n"
                + "More.\n\nMore.\n\nMore.\n\nMore.\n\nMore.\n\nMore.\n\nMore.\n\nMore.\n\nMore.\n\nMore.\n\nEnd.";
        assertThat(detect(prose)).isEqualTo(SourceFormat.PLAIN_TEXT);
    }

    @Test
    void onlyTheOpeningIsLookedAt() {
        String late = "Plain line.\n".repeat(10_000) + "<html><body><p>x</p><p>y</p><p>z</p></body></html>";
        assertThat(detect(late)).isEqualTo(SourceFormat.PLAIN_TEXT);
    }

    @Test
    void sourceDocumentsReportsTheMarkupItRead() {
        assertThat(SourceDocuments.of("<p>Jane Roe</p>", "page.html").format()).isEqualTo(SourceFormat.HTML);
        assertThat(SourceDocuments.of("# Jane Roe", "x.md").format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(SourceDocuments.of("Jane Roe", "x").format()).isEqualTo(SourceFormat.PLAIN_TEXT);
        assertThat(SourceDocuments.of("", "x").lines()).isEmpty();
    }
}
