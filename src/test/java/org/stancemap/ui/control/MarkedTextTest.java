package org.stancemap.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.ui.control.MarkedText.Mark;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class MarkedTextTest {

    private static List<String> described(List<Text> pieces) {
        return pieces.stream()
                .map(t -> t.getText() + String.join("", t.getStyleClass().stream()
                        .filter(c -> !c.equals("quote-text")).map(c -> "[" + c + "]").toList()))
                .toList();
    }

    @Test
    void cutsAtEveryMarkAndGivesEachPieceTheClassesOfTheMarksOverIt() {
        String text = "It is very unlikely to happen";
        List<Text> pieces = MarkedText.pieces(text,
                List.of(new Mark(6, 19, "stance"), new Mark(11, 29, "search")), "quote-text");
        assertThat(described(pieces)).containsExactly(
                "It is ", "very [stance]", "unlikely[stance][search]", " to happen[search]");
        assertThat(pieces).allSatisfy(piece -> assertThat(piece.getStyleClass()).contains("quote-text"));
    }

    @Test
    void withoutMarksTheTextIsOnePieceAndMarksPastTheEndAreCut() {
        assertThat(described(MarkedText.pieces("plain", List.of(), "quote-text"))).containsExactly("plain");
        assertThat(described(MarkedText.pieces("abc", List.of(new Mark(1, 99, "m")), "quote-text")))
                .containsExactly("a", "bc[m]");
    }

    @Test
    void markupInTheTextStaysVisibleCharactersAndTheFlowReadsAsTheWholeText() {
        String text = "<b>bold</b> =HYPERLINK(\"x\")";
        TextFlow flow = MarkedText.flow(text, List.of(new Mark(3, 7, "stance")), "quote-text");
        String joined = flow.getChildren().stream().map(n -> ((Text) n).getText()).reduce("", String::concat);
        assertThat(joined).isEqualTo(text);
        assertThat(flow.getAccessibleText()).isEqualTo(text);
    }

    @Test
    void stanceMarksStyleEachKindAndLeaveComparativesPlain() {
        String text = "Closer ties are not likely, perhaps they may.";
        assertThat(described(MarkedText.pieces(text, StanceMarks.of(text), "quote-text"))).containsExactly(
                "Closer ties are ", "not[stance-negation]", " ", "likely[stance-estimative]", ", ",
                "perhaps[stance-hedge]", " they ", "may[stance-modal]", ".");
        assertThat(StanceMarks.STYLESHEET).endsWith("stance-marks.css");
    }
}
