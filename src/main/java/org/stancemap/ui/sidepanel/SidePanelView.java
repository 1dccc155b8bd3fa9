package org.stancemap.ui.sidepanel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.stancemap.model.Person;
import org.stancemap.ui.control.StanceMarks;

/**
 * The side panel of the StanceMap window: the selected voice's people, tags, placement, note and quotes with
 * their citations, or, with nothing selected, the round-up and the spectrum's bands. Scrolls vertically only;
 * everything wraps to the panel's width. Styled by {@code side-panel.css}.
 */
public final class SidePanelView extends ScrollPane {

    private static final KeyCombination COMMIT_NOTE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    /** Long enough not to cut a sentence into several undo steps, short enough that a save soon after keeps it. */
    private static final Duration NOTE_IDLE = Duration.seconds(2);

    /** Room left above a revealed quote so that its "rests on" label and the gap before it show. */
    private static final double REVEAL_MARGIN = 12;

    private final SidePanelViewModel viewModel;
    private final VBox quotes = new VBox();
    private List<String> shownQuotes = List.of();

    public SidePanelView(SidePanelViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        getStyleClass().add("side-panel");
        getStylesheets().addAll(Objects.requireNonNull(SidePanelView.class.getResource("side-panel.css")).toExternalForm(),
                StanceMarks.STYLESHEET);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);

        VBox voice = voiceDetails();
        VBox placeholder = new SpectrumPrimer(viewModel);
        showWhen(voice, true);
        showWhen(placeholder, false);
        VBox content = new VBox(voice, placeholder);
        content.getStyleClass().add("side-panel-content");
        setContent(content);
        viewModel.voiceSelectedProperty().addListener((obs, was, now) -> Platform.runLater(this::revealRestingQuote));
        viewModel.getQuotes().addListener((ListChangeListener<QuoteEntry>) c -> {
            List<String> texts = viewModel.getQuotes().stream().map(QuoteEntry::text).toList();
            // Only the marks changed (the search was typed): keep the reader's place.
            if (!texts.equals(shownQuotes)) {
                shownQuotes = texts;
                Platform.runLater(this::revealRestingQuote);
            }
        });
    }

    /**
     * Shows the quote the placement rests on: the panel starts at the top when that quote is in view there, and
     * otherwise scrolls to it, since a placement's evidence may be a voice's fourth quote, far below the fold.
     */
    private void revealRestingQuote() {
        Optional<Node> card = quotes.getChildren().stream()
                .filter(node -> node.getStyleClass().contains("rests-on")).findFirst();
        setVvalue(0);
        if (card.isEmpty()) {
            return;
        }
        Node content = getContent();
        content.applyCss();
        layout();
        Bounds bounds = content.sceneToLocal(card.get().localToScene(card.get().getBoundsInLocal()));
        double viewport = getViewportBounds().getHeight();
        double hidden = content.getLayoutBounds().getHeight() - viewport;
        if (hidden > 0 && bounds.getMaxY() > viewport) {
            setVvalue(Math.min(1, (bounds.getMinY() - REVEAL_MARGIN) / hidden));
        }
    }

    private void showWhen(Node node, boolean voiceSelected) {
        node.visibleProperty().bind(voiceSelected
                ? viewModel.voiceSelectedProperty() : viewModel.voiceSelectedProperty().not());
        node.managedProperty().bind(node.visibleProperty());
    }

    private VBox voiceDetails() {
        VBox people = new VBox();
        people.getStyleClass().add("people");
        fill(people, viewModel.getPeople(), SidePanelView::person);

        FlowPane tags = new FlowPane();
        tags.getStyleClass().add("tags");
        fill(tags, viewModel.getTags(), SidePanelView::tag);
        tags.visibleProperty().bind(Bindings.isNotEmpty(viewModel.getTags()));
        tags.managedProperty().bind(tags.visibleProperty());

        VBox history = new VBox();
        history.getStyleClass().add("placement-history");
        fill(history, viewModel.getPlacementHistory(), SidePanelView::historyRow);
        // The newest entry is the placement shown above; a history of one would only repeat it.
        VBox historySection = section("Placement history", history);
        historySection.visibleProperty().bind(Bindings.size(viewModel.getPlacementHistory()).greaterThan(1));
        historySection.managedProperty().bind(historySection.visibleProperty());

        quotes.getStyleClass().add("quotes");
        fill(quotes, viewModel.getQuotes(), q -> new QuoteCard(q, viewModel::openUrl, viewModel));
        Label quotesTitle = sectionTitle("");
        quotesTitle.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.getQuotes().size() == 1 ? "Expert's words: quote" : "Expert's words: quotes ("
                        + viewModel.getQuotes().size() + ")",
                viewModel.getQuotes()));
        VBox quotesSection = new VBox(quotesTitle, QuoteKey.create(), quotes);
        quotesSection.getStyleClass().add("section");

        VBox details = new VBox(new VBox(people, tags), section("Placement", placement()), historySection,
                section("Analyst's note", note()), quotesSection);
        details.getStyleClass().add("voice-details");
        return details;
    }

    private VBox placement() {
        Label summary = wrapping("placement-summary");
        Label provenance = wrapping("provenance");
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.getPlacement().map(PlacementEntry::summary).orElse("Not placed yet"),
                viewModel.placementProperty()));
        provenance.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.getPlacement().map(PlacementEntry::provenance)
                        .orElse("Drag its chip onto the spectrum to place it."),
                viewModel.placementProperty()));
        VBox rationale = new VBox();
        Runnable showRationale = () -> rationale.getChildren().setAll(
                viewModel.getPlacement().flatMap(SidePanelView::rationale).stream().toList());
        viewModel.placementProperty().addListener((obs, was, now) -> showRationale.run());
        showRationale.run();
        VBox box = new VBox(summary, rationale, provenance);
        box.getStyleClass().add("placement");
        return box;
    }

    /**
     * Why a placement is where it is, looking like whose words they are: a phrase of the expert's in the quote
     * look, labelled with the quote it comes from; a reason of the analyst's in a box of its own, labelled with
     * who gave it and when, never in quotation marks.
     */
    private static Optional<Node> rationale(PlacementEntry entry) {
        if (entry.rationale().isEmpty()) {
            return Optional.empty();
        }
        Label heading = wrapping("rationale-heading");
        Label words = wrapping("rationale-text");
        words.setText(entry.rationale());
        VBox box = new VBox(heading, words);
        if (entry.restsOnExpertsWords()) {
            heading.setText(entry.evidenceHeading());
            box.getStyleClass().add("expert-phrase");
        } else {
            heading.setText(entry.reasonHeading());
            box.getStyleClass().add("analyst-reason");
        }
        box.setAccessibleText(heading.getText() + ": " + entry.rationale());
        return Optional.of(box);
    }

    private VBox note() {
        TextArea note = new TextArea();
        note.getStyleClass().add("note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPromptText("Your note on this voice");
        note.setAccessibleText("Note");
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        PauseTransition idle = new PauseTransition(NOTE_IDLE);
        idle.setOnFinished(e -> viewModel.commitNote());
        note.textProperty().addListener((obs, was, now) -> {
            if (note.isFocused()) {
                idle.playFromStart();
            }
        });
        note.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                idle.stop();
                viewModel.commitNote();
            }
        });
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COMMIT_NOTE.match(e)) {
                idle.stop();
                viewModel.commitNote();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && viewModel.isNoteEdited()) {
                idle.stop();
                viewModel.discardNoteEdit();
                e.consume();
            }
        });
        Label hint = wrapping("note-hint");
        hint.textProperty().bind(Bindings.when(viewModel.noteEditedProperty())
                .then("Saved when you leave the field or press Ctrl+Enter · Esc discards")
                .otherwise("Notes are saved with the map and can be undone."));
        VBox box = new VBox(note, hint);
        box.getStyleClass().add("note-box");
        return box;
    }

    private static Node person(Person person) {
        Label name = wrapping("person-name");
        name.setText(person.name());
        VBox box = new VBox(name);
        box.getStyleClass().add("person");
        if (!person.role().isBlank()) {
            Label role = wrapping("person-role");
            role.setText(person.role());
            box.getChildren().add(role);
        }
        return box;
    }

    private static Node tag(TagEntry tag) {
        Label label = new Label(tag.value());
        label.getStyleClass().addAll("tag", "tag-" + tag.key().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        label.setTooltip(new Tooltip(tag.key()));
        label.setAccessibleText(tag.key() + ": " + tag.value());
        return label;
    }

    private static Node historyRow(PlacementEntry entry) {
        Label summary = wrapping("history-summary");
        summary.setText(entry.summary());
        Label provenance = wrapping("history-provenance");
        provenance.setText(entry.provenance());
        VBox row = new VBox(summary, provenance);
        row.getStyleClass().add("history-entry");
        rationale(entry).ifPresent(row.getChildren()::add);
        return row;
    }

    /**
     * A link to the round-up that names its site ("russiamatters.org"): a full address would be cut to an
     * unreadable middle ellipsis in a narrow panel. The address itself is in the tooltip and in copied citations.
     */
    static Hyperlink roundUpLink(String url, Consumer<String> openUrl) {
        Hyperlink link = new Hyperlink(site(url));
        link.getStyleClass().add("round-up-link");
        link.setTextOverrun(OverrunStyle.ELLIPSIS);
        link.setMinWidth(0);
        link.setTooltip(new Tooltip("Open the round-up in your browser: " + url));
        link.setAccessibleText("Open the round-up: " + url);
        link.setOnAction(e -> openUrl.accept(url));
        return link;
    }

    private static String site(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? url : host.replaceFirst("^www\\.", "");
        } catch (URISyntaxException e) {
            return url;
        }
    }

    static VBox section(String title, Node body) {
        VBox box = new VBox(sectionTitle(title), body);
        box.getStyleClass().add("section");
        return box;
    }

    static Label sectionTitle(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        return label;
    }

    /** A label that wraps to the panel's width and is never cut to an ellipsis. */
    static Label wrapping(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Keeps a pane's children one per item, rebuilt when the items change. */
    static <T> void fill(Pane pane, ObservableList<T> items, Function<T, Node> nodeFor) {
        Runnable rebuild = () -> pane.getChildren().setAll(items.stream().map(nodeFor).toList());
        items.addListener((ListChangeListener<T>) change -> rebuild.run());
        rebuild.run();
    }
}
