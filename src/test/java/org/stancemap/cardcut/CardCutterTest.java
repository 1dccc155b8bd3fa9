package org.stancemap.cardcut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.card.CardFiles;
import org.stancemap.importer.card.DebateCardImporter;
import org.stancemap.importer.check.CardCheck;
import org.stancemap.importer.check.CardReport;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.store.ProjectFileException;
import org.stancemap.store.ProjectStore;

/** Cards cut from the bundled map: their cite and body, and that the card check finds them clean. */
class CardCutterTest {

    private static final Project MAP = load();

    private static Project load() {
        try {
            return new ProjectStore().load(Path.of("seeds", "china-russia-alliance.stancemap.json"));
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CardReport checked(CutCard card) {
        List<CardFiles.Card> cards = CardFiles.cardsToRead(card.plainText());
        assertThat(cards).hasSize(1);
        DebateCard read = new DebateCardImporter().importText(cards.get(0).text(), DebateCardImporter.headersOf(MAP)).value();
        assertThat(read.tag()).isEqualTo(card.tag());
        return new CardCheck().check(read, MAP);
    }

    @Test
    void aCardOfOneExpertCitesTheOriginalViaTheRoundUpAndChecksClean() {
        CutCard card = CardCutter.cut(MAP, List.of(new QuotePick("sebastien-roblin", 1), new QuotePick("sebastien-roblin", 2)),
                "Chinese analysts deny an alliance", "ank");
        assertThat(card.shortCite()).isEqualTo("Roblin 18");
        assertThat(card.citeLine()).startsWith("Roblin 18 (Sebastien Roblin").contains(", in The National Interest, 09.02.18, "
                + "via Simon Saradzhyan and Angelina Flood, 6-14-2019, \"Expert Round-Up: How Likely Is a China-Russia "
                + "Military Alliance?,\" Russia Matters, https://www.russiamatters.org/").endsWith(") ank");
        assertThat(card.paragraphs()).extracting(CutCard.Paragraph::text)
                .containsExactly(MAP.voice("sebastien-roblin").orElseThrow().quotes().subList(1, 3).stream().map(Quote::text).toArray(String[]::new));
        assertThat(card.paragraphs().get(1).header()).isEmpty();
        CardReport report = checked(card);
        assertThat(report.findings()).isEmpty();
        assertThat(report.quotes()).hasSize(2);
    }

    @Test
    void aCardOfSeveralExpertsKeepsEachParagraphsAttributionAndChecksClean() {
        CutCard card = CardCutter.cut(MAP, List.of(new QuotePick("eugene-rumer", 0), new QuotePick("shi-ze", 0),
                new QuotePick("simon-saradzhyan-and-ali-wyne", 1)), "Partnership, not alliance", "ank");
        assertThat(card.shortCite()).isEqualTo("Saradzhyan and Flood 19");
        assertThat(card.fullCite()).startsWith("Simon Saradzhyan and Angelina Flood, quoting Eugene Rumer, ");
        assertThat(card.paragraphs()).extracting(p -> p.header().isEmpty()).containsExactly(false, false, false);
        assertThat(card.paragraphs()).extracting(CutCard.Paragraph::citation).containsExactly(
                "National Bureau of Asian Research, July 2017", "Wall Street Journal, 02.01.19", "Russia Matters, 06.07.18");
        assertThat(checked(card).findings()).isEmpty();
    }

    @Test
    void aChineseExpertIsCitedByFamilyNameAndTheCardChecksClean() {
        CutCard jiangtao = CardCutter.cut(MAP, List.of(new QuotePick("shi-jiangtao", 0)), "Bromance is strategy", "ank");
        CutCard ze = CardCutter.cut(MAP, List.of(new QuotePick("shi-ze", 0)), "Different attitudes", "ank");
        CutCard yunSun = CardCutter.cut(MAP, List.of(new QuotePick("yun-sun", 0)), "Western order", "ank");
        assertThat(jiangtao.shortCite()).isEqualTo("Shi 19");
        assertThat(ze.shortCite()).isEqualTo("Shi 19");
        assertThat(yunSun.shortCite()).startsWith("Sun ");
        assertThat(checked(jiangtao).findings()).isEmpty();
        assertThat(checked(ze).findings()).isEmpty();
    }

    @Test
    void nothingPickedIsAPlainError() {
        assertThatThrownBy(() -> CardCutter.cut(MAP, List.of(), "Tag", "ank"))
                .hasMessage("Pick at least one quote to cut a card.");
    }

    @Test
    void theDocxUsesVerbatimsStyleNamesForTagCiteUnderlineAndEmphasis() throws IOException {
        CutCard card = CardCutter.cut(MAP, List.of(new QuotePick("shi-ze", 0)), "China wants reform, not revolution", "ank");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CardDocx.write(card, bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Heading4");
            assertThat(doc.getStyles().getStyle("Heading4").getName()).isEqualTo("heading 4");
            assertThat(paragraphs.get(0).getText()).isEqualTo("China wants reform, not revolution");
            assertThat(paragraphs.get(1).getRuns().get(0).getStyle()).isEqualTo("Cite");
            assertThat(paragraphs.get(1).getText()).isEqualTo(card.citeLine());
            List<String> bodyStyles = paragraphs.get(2).getRuns().stream().map(XWPFRun::getStyle).toList();
            assertThat(bodyStyles).contains("Underline", "Emphasis");
            assertThat(paragraphs.get(2).getText()).isEqualTo(card.paragraphs().get(0).plain());
            assertThat(doc.getStyles().getStyle("Cite").getName()).isEqualTo("Cite");
        }
    }

    @Test
    void theHtmlEscapesArticleTextAndMarksTheParts() {
        CutCard card = new CutCard("<b>tag</b>", "Doe 19", "Jane Doe, 6-14-2019", "ank",
                List.of(new CutCard.Paragraph("Jane Doe, Analyst", "It will not <script>happen</script> & end.", "Pub, 06.01.19")));
        String html = CardHtml.of(card);
        assertThat(html).contains("<h4>&lt;b&gt;tag&lt;/b&gt;</h4>").contains("&lt;script&gt;").doesNotContain("<script>")
                .contains("<b style=\"font-size:13pt\">Doe 19</b>").contains("<u><b>not</b></u>").contains(" (Pub, 06.01.19)");
    }
}
