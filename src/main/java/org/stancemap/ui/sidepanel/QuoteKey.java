package org.stancemap.ui.sidepanel;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.stancemap.ui.control.StanceMarks;
import org.stancemap.wording.WordKind;

/** The key to what is marked in the quotes: one example word per kind, in that kind's look. */
final class QuoteKey {

    private static final List<Example> EXAMPLES = List.of(
            new Example("likely", WordKind.ESTIMATIVE), new Example("not", WordKind.NEGATION),
            new Example("perhaps", WordKind.HEDGE), new Example("may", WordKind.MODAL));

    private record Example(String word, WordKind kind) {
    }

    private QuoteKey() {
    }

    static FlowPane create() {
        List<Node> items = new ArrayList<>();
        for (Example example : EXAMPLES) {
            Text word = new Text(example.word());
            word.getStyleClass().addAll("quote-key-word", StanceMarks.styleClass(example.kind()));
            items.add(item(word, example.kind().label()));
        }
        items.add(item(swatch("phrase", "quote-key-phrase"), "placement rests on"));
        items.add(item(swatch("word", "quote-key-match"), "search match"));
        FlowPane key = new FlowPane(items.toArray(Node[]::new));
        key.getStyleClass().add("quote-key");
        key.setAccessibleText("Marked in quotes: estimative words in bold, negations bold and underlined, hedges in"
                + " italics, modal verbs underlined; the phrase the placement rests on and search matches have a"
                + " coloured background.");
        return key;
    }

    private static Label swatch(String text, String styleClass) {
        Label swatch = new Label(text);
        swatch.getStyleClass().add(styleClass);
        return swatch;
    }

    private static HBox item(Node example, String meaning) {
        Label label = new Label(meaning);
        label.getStyleClass().add("quote-key-text");
        HBox item = new HBox(4, example, label);
        item.setAlignment(Pos.BASELINE_LEFT);
        return item;
    }
}
