package org.stancemap.ui.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.stancemap.model.Band;
import org.stancemap.model.Person;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;
import org.stancemap.ui.control.MarkedText;
import org.stancemap.ui.control.StanceMarks;
import org.stancemap.wording.WordKind;

/**
 * The triage of unplaced experts: the current expert's people, roles and every quote in full with its stance
 * words marked, the bands with their number keys and definitions, and the keys. It binds to a
 * {@link TriageViewModel} and turns keys and mouse selections into its commands; it holds no state of its own.
 */
public final class TriageView extends BorderPane {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final PseudoClass FOCUSED_QUOTE = PseudoClass.getPseudoClass("focused-quote");
    private static final PseudoClass FINISHED = PseudoClass.getPseudoClass("finished");

    private final TriageViewModel model;
    private final Label name = new Label();
    private final VBox people = new VBox();
    private final VBox quotes = new VBox();
    private final ScrollPane quoteScroll = new ScrollPane(quotes);
    private final List<HBox> bandRows = new ArrayList<>();
    private final List<QuoteBox> quoteBoxes = new ArrayList<>();

    public TriageView(TriageViewModel model, Runnable onLeave) {
        this.model = model;
        getStyleClass().add("triage");
        getStylesheets().addAll(TriageView.class.getResource("triage.css").toExternalForm(), StanceMarks.STYLESHEET);
        setFocusTraversable(true);

        Label progress = new Label();
        progress.getStyleClass().add("progress");
        progress.textProperty().bind(model.progressProperty());
        name.getStyleClass().add("expert-name");
        name.setWrapText(true);
        people.getStyleClass().add("people");
        VBox header = new VBox(progress, name, people);
        header.getStyleClass().add("header");
        setTop(header);

        quotes.getStyleClass().add("quotes");
        quoteScroll.setFitToWidth(true);
        quoteScroll.getStyleClass().add("quote-scroll");
        quoteScroll.setFocusTraversable(false);
        setCenter(quoteScroll);

        setBottom(new VBox(bands(), placementLines(), keys(onLeave), stanceKey()));
        ((Region) getBottom()).getStyleClass().add("footer");

        model.currentProperty().addListener((obs, old, now) -> showVoice(now));
        model.focusedQuoteProperty().addListener((obs, old, now) -> showFocus());
        model.selectionProperty().addListener((obs, old, now) -> showSpans());
        model.cursorProperty().addListener((obs, old, now) -> showSpans());
        model.bandIndexProperty().addListener((obs, old, now) -> showBand());
        pseudoClassStateChanged(FINISHED, model.finishedProperty().get());
        model.finishedProperty().addListener((obs, old, now) -> pseudoClassStateChanged(FINISHED, now));
        showVoice(model.currentProperty().get());

        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (handle(event, onLeave)) {
                event.consume();
            }
        });
        setOnMouseReleased(e -> requestFocus());
    }

    private boolean handle(KeyEvent event, Runnable onLeave) {
        KeyCode code = event.getCode();
        if (event.isAltDown() || event.isMetaDown()) {
            return false;
        }
        int band = bandKey(code);
        if (band >= 0 && !event.isShortcutDown()) {
            model.chooseBand(band);
            return true;
        }
        int direction = code == KeyCode.RIGHT ? 1 : code == KeyCode.LEFT ? -1 : 0;
        if (direction != 0) {
            if (event.isShiftDown()) {
                model.extendSelection(direction);
            } else if (event.isShortcutDown()) {
                model.moveCursor(direction);
            } else {
                model.nudge(direction);
            }
            return true;
        }
        if (event.isShortcutDown()) {
            return false;
        }
        switch (code) {
            case UP -> model.focusQuote(-1);
            case DOWN -> model.focusQuote(1);
            case ENTER -> model.place();
            case S -> model.skip();
            case ESCAPE -> onLeave.run();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static int bandKey(KeyCode code) {
        if (code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            String name = code.getName();
            return name.charAt(name.length() - 1) - '1';
        }
        return -1;
    }

    private VBox bands() {
        VBox box = new VBox();
        box.getStyleClass().add("bands");
        Label question = new Label(model.question());
        question.getStyleClass().add("question");
        question.setWrapText(true);
        box.getChildren().add(question);
        List<Band> bands = model.bands();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            Label key = new Label(i < 9 ? String.valueOf(i + 1) : "");
            key.getStyleClass().add("key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label label = new Label(band.label());
            label.getStyleClass().add("band-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label definition = new Label(band.definition());
            definition.getStyleClass().add("band-definition");
            definition.setWrapText(true);
            definition.setMinHeight(Region.USE_PREF_SIZE);
            VBox words = new VBox(label, definition);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox row = new HBox(key, words);
            row.getStyleClass().add("band");
            int index = i;
            row.setOnMouseClicked(e -> model.chooseBand(index));
            bandRows.add(row);
            box.getChildren().add(row);
        }
        return box;
    }

    private VBox placementLines() {
        Label position = new Label();
        position.getStyleClass().add("position");
        position.textProperty().bind(model.positionTextProperty());
        Label step = new Label(String.format("← → move by %.2f", TriageViewModel.STEP));
        step.getStyleClass().add("hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox where = new HBox(new Label("Position"), position, gap, step);
        where.getStyleClass().add("line");

        Label rationale = new Label();
        rationale.getStyleClass().add("rationale");
        rationale.setWrapText(true);
        rationale.textProperty().bind(model.rationaleProperty().map(r -> r.isEmpty()
                ? "none yet: Shift+← → selects words in the focused quote, or drag over them"
                : "“" + r + "”"));
        Label rationaleTitle = new Label("Rationale");
        rationaleTitle.setMinWidth(Region.USE_PREF_SIZE);
        HBox why = new HBox(rationaleTitle, rationale);
        why.getStyleClass().add("line");

        Label message = new Label();
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox box = new VBox(where, why, message);
        box.getStyleClass().add("placement");
        return box;
    }

    private HBox keys(Runnable onLeave) {
        Label keys = new Label("1–" + model.bands().size() + " band · ↑ ↓ quote · Ctrl+← → stance word · "
                + "Shift+← → select words · Enter place · S skip · Esc leave");
        keys.getStyleClass().add("hint");
        keys.setWrapText(true);
        HBox.setHgrow(keys, Priority.ALWAYS);
        Button place = button("Place", model::place);
        place.disableProperty().bind(model.positionProperty().map(p -> p.isEmpty()));
        place.getStyleClass().add("default-action");
        HBox box = new HBox(keys, place, button("Skip", model::skip), button("Leave", onLeave));
        box.getStyleClass().add("keys");
        return box;
    }

    private static Button button(String text, Runnable action) {
        Button button = new Button(text);
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** What each look means, drawn with the same classes the quotes use. */
    private static HBox stanceKey() {
        HBox key = new HBox();
        key.getStyleClass().add("stance-key");
        for (WordKind kind : List.of(WordKind.ESTIMATIVE, WordKind.NEGATION, WordKind.HEDGE, WordKind.MODAL)) {
            Text sample = new Text(kind.label());
            sample.getStyleClass().addAll("quote-text", StanceMarks.styleClass(kind));
            key.getChildren().add(new TextFlow(sample));
        }
        Label rationale = new Label("rationale");
        rationale.getStyleClass().add("selection-sample");
        Label cursor = new Label("word cursor");
        cursor.getStyleClass().add("cursor-sample");
        key.getChildren().addAll(rationale, cursor);
        return key;
    }

    private void showVoice(Optional<Voice> voice) {
        quoteBoxes.clear();
        quotes.getChildren().clear();
        people.getChildren().clear();
        name.setText(voice.map(Voice::displayName).orElse("Every expert has been placed or skipped."));
        voice.ifPresent(v -> {
            for (Person person : v.people()) {
                Label line = new Label(v.people().size() > 1 ? person.name() + " — " + person.role() : person.role());
                line.getStyleClass().add("role");
                line.setWrapText(true);
                people.getChildren().add(line);
            }
            for (int i = 0; i < v.quotes().size(); i++) {
                QuoteBox box = new QuoteBox(i, v.quotes().get(i));
                quoteBoxes.add(box);
                quotes.getChildren().add(box);
            }
        });
        quoteScroll.setVvalue(0);
        showFocus();
        showBand();
    }

    private void showFocus() {
        int focused = model.focusedQuoteProperty().get();
        for (QuoteBox box : quoteBoxes) {
            box.pseudoClassStateChanged(FOCUSED_QUOTE, box.index == focused);
        }
        showSpans();
        if (focused < quoteBoxes.size()) {
            scrollTo(quoteBoxes.get(focused));
        }
    }

    private void showSpans() {
        for (QuoteBox box : quoteBoxes) {
            box.showSpans();
        }
    }

    private void showBand() {
        int chosen = model.bandIndexProperty().get();
        for (int i = 0; i < bandRows.size(); i++) {
            bandRows.get(i).pseudoClassStateChanged(CHOSEN, i == chosen);
        }
    }

    private void scrollTo(Node node) {
        quotes.applyCss();
        quotes.layout();
        double content = quotes.getHeight();
        double viewport = quoteScroll.getViewportBounds().getHeight();
        if (content > viewport && viewport > 0) {
            Bounds bounds = node.getBoundsInParent();
            double top = quoteScroll.getVvalue() * (content - viewport);
            if (bounds.getMinY() < top || bounds.getMaxY() > top + viewport) {
                quoteScroll.setVvalue(Math.min(1, bounds.getMinY() / (content - viewport)));
            }
        }
    }

    /** One quote: its text with stance marks, the rationale and cursor drawn behind it, and its citation. */
    private final class QuoteBox extends VBox {
        private final int index;
        private final TextFlow flow;
        private final Path selection = new Path();
        private final Path cursor = new Path();
        private int pressedAt = -1;

        QuoteBox(int index, Quote quote) {
            this.index = index;
            getStyleClass().add("quote");
            flow = MarkedText.flow(quote.text(), StanceMarks.of(quote.text()), "quote-text");
            flow.getStyleClass().add("quote-body");
            selection.getStyleClass().add("selection");
            cursor.getStyleClass().add("cursor");
            for (Path path : List.of(cursor, selection)) {
                path.setManaged(false);
                path.setMouseTransparent(true);
                flow.getChildren().add(0, path);
            }
            flow.layoutBoundsProperty().addListener((obs, old, now) -> showSpans());
            flow.setOnMousePressed(e -> pressedAt = charAt(e.getX(), e.getY()));
            flow.setOnMouseDragged(e -> selectTo(e.getX(), e.getY()));
            flow.setOnMouseReleased(e -> selectTo(e.getX(), e.getY()));
            Label citation = new Label("— " + quote.citation().raw());
            citation.getStyleClass().add("citation");
            citation.setWrapText(true);
            getChildren().addAll(flow, citation);
        }

        private int charAt(double x, double y) {
            return flow.hitTest(new Point2D(x, y)).getCharIndex();
        }

        private void selectTo(double x, double y) {
            if (pressedAt >= 0) {
                int at = charAt(x, y);
                model.selectText(index, Math.min(pressedAt, at), Math.max(pressedAt, at) + 1);
            }
        }

        void showSpans() {
            show(selection, model.selectionProperty().get());
            show(cursor, model.cursorProperty().get().filter(s -> model.selectionProperty().get().isEmpty()));
        }

        private void show(Path path, Optional<QuoteSpan> span) {
            if (span.isPresent() && span.get().quote() == index) {
                path.getElements().setAll(flow.rangeShape(span.get().start(), span.get().end()));
            } else {
                path.getElements().clear();
            }
        }
    }
}
