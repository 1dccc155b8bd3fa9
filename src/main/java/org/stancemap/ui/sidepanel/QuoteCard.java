package org.stancemap.ui.sidepanel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.stancemap.render.SlideParts;
import org.stancemap.ui.control.MarkedText;
import org.stancemap.ui.control.StanceMarks;

/**
 * One quote in full, with the words that carry its stance marked, the phrase the voice's placement rests on and
 * the map's search matches highlighted; its own placement when it has one, its citation, the round-up's link and
 * "Copy citation"; its menu also features it on the briefing slide.
 * The quote text takes focus so that a keyboard user can copy it (Ctrl+C) or open its menu.
 */
final class QuoteCard extends VBox {

    static final String PHRASE = "placement-phrase";
    static final String MATCH = "search-match";
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final Duration COPIED_SHOWN_FOR = Duration.seconds(1.5);

    QuoteCard(QuoteEntry quote, Consumer<String> openUrl, SidePanelViewModel featuring) {
        getStyleClass().add("quote");
        if (quote.restsOn().isPresent()) {
            getStyleClass().add("rests-on");
            Label restsOn = new Label("Placement rests on this quote");
            restsOn.getStyleClass().add("rests-on-label");
            getChildren().add(restsOn);
        }

        List<MarkedText.Mark> marks = new ArrayList<>(StanceMarks.of(quote.text()));
        quote.restsOn().ifPresent(span -> marks.add(new MarkedText.Mark(span.start(), span.end(), PHRASE)));
        quote.searchMatches().forEach(span -> marks.add(new MarkedText.Mark(span.start(), span.end(), MATCH)));
        TextFlow body = MarkedText.flow(quote.text(), marks, "quote-text");
        body.getStyleClass().add("quote-body");
        QuoteHighlights.install(body, quote);
        body.setFocusTraversable(true);
        body.setAccessibleRole(AccessibleRole.TEXT);
        body.setAccessibleText(quote.text());
        body.setAccessibleHelp("Quote. Ctrl+C copies it; the context menu also copies its citation.");
        MenuItem copyQuote = new MenuItem("Copy quote");
        copyQuote.setOnAction(e -> copy(quote.text()));
        MenuItem copyWithCitation = new MenuItem("Copy quote with citation");
        copyWithCitation.setOnAction(e -> copy(quote.textWithCitation()));
        MenuItem copyCitation = new MenuItem("Copy citation");
        copyCitation.setOnAction(e -> copy(quote.citationForClipboard()));
        CheckMenuItem feature = new CheckMenuItem("Feature on slide");
        feature.setOnAction(e -> featuring.toggleFeatured(quote));
        ContextMenu menu = new ContextMenu(copyQuote, copyWithCitation, copyCitation, new SeparatorMenuItem(), feature);
        // The featured set changes from other quotes' menus and the export dialog, so the item is read as it opens.
        menu.setOnShowing(e -> {
            feature.setSelected(featuring.isFeatured(quote));
            feature.setDisable(!featuring.canFeature(quote));
            feature.setText(feature.isDisable() ? "Feature on slide (" + SlideParts.MAX_FEATURED + " already are)"
                    : "Feature on slide");
        });
        body.setOnContextMenuRequested(e -> menu.show(body, e.getScreenX(), e.getScreenY()));
        body.setOnMouseClicked(e -> body.requestFocus());
        body.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copy(quote.text());
                e.consume();
            }
        });
        getChildren().add(body);

        quote.placement().ifPresent(placement -> {
            Label own = new Label("This quote: " + placement);
            own.getStyleClass().add("quote-placement");
            own.setWrapText(true);
            getChildren().add(own);
        });

        Label citation = new Label("— " + quote.citation());
        citation.getStyleClass().add("citation");
        citation.setWrapText(true);
        citation.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().add(citation);

        HBox actions = new HBox();
        actions.getStyleClass().add("citation-actions");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        quote.roundUpUrl().ifPresent(url -> {
            Hyperlink link = SidePanelView.roundUpLink(url, openUrl);
            HBox.setHgrow(link, Priority.SOMETIMES);
            actions.getChildren().add(link);
        });
        Button copyButton = new Button("Copy citation");
        copyButton.getStyleClass().add("copy-citation");
        copyButton.setMinWidth(Region.USE_PREF_SIZE);
        copyButton.setTooltip(new Tooltip(quote.citationForClipboard()));
        PauseTransition restoreLabel = new PauseTransition(COPIED_SHOWN_FOR);
        restoreLabel.setOnFinished(e -> copyButton.setText("Copy citation"));
        copyButton.setOnAction(e -> {
            copy(quote.citationForClipboard());
            copyButton.setText("Copied");
            restoreLabel.playFromStart();
        });
        actions.getChildren().addAll(gap, copyButton);
        getChildren().add(actions);
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
