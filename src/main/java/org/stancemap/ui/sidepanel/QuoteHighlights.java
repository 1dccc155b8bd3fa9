package org.stancemap.ui.sidepanel;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;
import org.stancemap.ui.map.SearchQuery;

/**
 * Backgrounds behind stretches of a quote (the placement's phrase, search matches): a Text node cannot have a
 * background, so each stretch's shape is drawn behind the text and redrawn whenever the flow wraps differently.
 */
final class QuoteHighlights {

    private QuoteHighlights() {
    }

    static void install(TextFlow flow, QuoteEntry quote) {
        if (quote.restsOn().isEmpty() && quote.searchMatches().isEmpty()) {
            return;
        }
        Path phrase = shape("placement-phrase-background");
        Path matches = shape("search-match-background");
        flow.getChildren().addAll(0, List.of(phrase, matches));
        Runnable redraw = () -> {
            phrase.getElements().setAll(quote.restsOn().map(span -> ranges(flow, List.of(span))).orElse(List.of()));
            matches.getElements().setAll(ranges(flow, quote.searchMatches()));
            // rangeShape measures from the text's origin, not from inside the flow's padding.
            for (Node path : List.of(phrase, matches)) {
                path.setLayoutX(flow.snappedLeftInset());
                path.setLayoutY(flow.snappedTopInset());
            }
        };
        flow.widthProperty().addListener((obs, was, now) -> redraw.run());
        flow.heightProperty().addListener((obs, was, now) -> redraw.run());
    }

    private static Path shape(String styleClass) {
        Path path = new Path();
        path.getStyleClass().add(styleClass);
        path.setManaged(false);
        path.setMouseTransparent(true);
        return path;
    }

    private static List<PathElement> ranges(TextFlow flow, List<SearchQuery.Span> spans) {
        List<PathElement> elements = new ArrayList<>();
        for (SearchQuery.Span span : spans) {
            elements.addAll(List.of(flow.rangeShape(span.start(), span.end())));
        }
        return elements;
    }
}
