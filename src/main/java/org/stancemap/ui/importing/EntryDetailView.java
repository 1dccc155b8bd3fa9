package org.stancemap.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.stancemap.importer.roundup.DraftEntry;
import org.stancemap.importer.roundup.DraftQuote;
import org.stancemap.importer.roundup.EntryRole;
import org.stancemap.model.Person;

/**
 * The selected entry, to fix: merge it with another, mark it not an expert or the moderator, accept the format's
 * doubt, edit its people, and split it at a quote or move a quote to another entry. Every change goes to the view
 * model; this pane only shows the entry the model has selected.
 */
final class EntryDetailView extends VBox {

    private final RoundUpReviewViewModel model;
    private final ObjectBinding<DraftEntry> selected;
    private final Label heading = new Label();
    private final GridPane people = new GridPane();
    private final ListView<DraftQuote> quotes = new ListView<>();
    private final Label doubt = new Label();
    private final VBox doubtBox;
    private final ToggleButton notExpert;
    private final ToggleButton moderator;
    private final Runnable focusEntries;
    private boolean showingModel;

    /**
     * @param focusEntries gives the keyboard back to the entries after a fix made in a dialog, whose closing
     *                     would otherwise leave the focus on whatever the fix removed
     */
    EntryDetailView(RoundUpReviewViewModel model, Runnable focusEntries) {
        this.model = model;
        this.focusEntries = focusEntries;
        getStyleClass().add("entry-detail");
        setSpacing(8);
        selected = Bindings.createObjectBinding(() -> {
            int index = model.selectedEntryProperty().get();
            return index >= 0 && index < model.getEntries().size() ? model.getEntries().get(index) : null;
        }, model.selectedEntryProperty(), model.getEntries());
        BooleanBinding none = selected.isNull();

        heading.getStyleClass().add("detail-heading");
        heading.setWrapText(true);

        Button merge = button("Mer_ge With…", "Make this entry and another one entry", this::mergeWith);
        merge.disableProperty().bind(none.or(Bindings.size(model.getEntries()).lessThan(2)));
        ToggleButton notExpert = toggle("Not an E_xpert", "Keep this entry off the map (press again to put it back)");
        // From the entry, not the button: a mnemonic sends the action without toggling the button.
        notExpert.setOnAction(event -> model.setNotAnExpert(index(), selected.get().role() != EntryRole.NOT_AN_EXPERT));
        ToggleButton moderator = toggle("M_oderator",
                "Whoever speaks here asks the questions: keep every entry of theirs off the map");
        moderator.setOnAction(event -> model.setModerator(index(), selected.get().role() != EntryRole.MODERATOR));
        this.notExpert = notExpert;
        this.moderator = moderator;
        FlowPane actions = new FlowPane(6, 6, merge, notExpert, moderator);

        doubt.getStyleClass().add("detail-doubt");
        doubt.setWrapText(true);
        doubt.setGraphic(EntryCell.warningSign());
        doubt.setMaxWidth(Double.MAX_VALUE);
        Button accept = button("Accept Dou_bt", "You have checked this entry: it is right as read",
                () -> model.acceptDoubt(index()));
        doubtBox = new VBox(6, doubt, accept);
        doubtBox.getStyleClass().add("doubt-box");

        Label peopleLabel = sectionLabel("_People — clear a name to remove that person");
        peopleLabel.setLabelFor(people);
        people.getStyleClass().add("people");
        people.setHgap(6);
        people.setVgap(6);
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setPercentWidth(42);
        ColumnConstraints roleColumn = new ColumnConstraints();
        roleColumn.setPercentWidth(58);
        people.getColumnConstraints().setAll(nameColumn, roleColumn);

        Label quotesLabel = sectionLabel("Quotes — select one to see it in the source");
        quotes.getStyleClass().add("entry-quotes");
        quotes.setCellFactory(list -> new QuoteCell(list));
        quotes.setPlaceholder(new Label("No quotes: this entry is not on the map."));
        quotes.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!showingModel) {
                model.selectQuote(now.intValue());
            }
        });
        quotes.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
            }
        });
        VBox.setVgrow(quotes, Priority.ALWAYS);
        BooleanBinding noQuote = model.selectedQuoteProperty().lessThan(0);
        Button split = button("_Split Here…", "This quote and the ones after it are someone else's: name them",
                this::splitHere);
        split.disableProperty().bind(noQuote.or(model.selectedQuoteProperty().lessThan(1)));
        Button move = button("Mo_ve To…", "This quote belongs to another entry", this::moveTo);
        move.disableProperty().bind(noQuote.or(Bindings.size(model.getEntries()).lessThan(2)));
        HBox quoteActions = new HBox(6, split, move);
        quoteActions.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(8, heading, actions, doubtBox, peopleLabel, people, quotesLabel, quotes, quoteActions);
        VBox.setVgrow(content, Priority.ALWAYS);
        content.visibleProperty().bind(none.not());
        Label nothing = new Label("Select an entry to check and fix it.");
        nothing.getStyleClass().add("detail-empty");
        nothing.visibleProperty().bind(none);
        nothing.managedProperty().bind(none);
        getChildren().setAll(nothing, content);

        selected.addListener((obs, old, now) -> show(now));
        model.getEntries().addListener((ListChangeListener<DraftEntry>) change -> show(selected.get()));
        model.selectedQuoteProperty().addListener((obs, old, now) -> selectQuote(now.intValue()));
        show(selected.get());
    }

    private int index() {
        return model.selectedEntryProperty().get();
    }

    private void show(DraftEntry entry) {
        if (entry == null) {
            return;
        }
        heading.setText("Entry " + (index() + 1) + " of " + model.getEntries().size() + " · " + EntryText.where(entry));
        notExpert.setSelected(entry.role() == EntryRole.NOT_AN_EXPERT);
        moderator.setSelected(entry.role() == EntryRole.MODERATOR);
        doubt.setText(entry.doubt().orElse(""));
        doubtBox.setVisible(entry.doubt().isPresent());
        doubtBox.setManaged(entry.doubt().isPresent());
        showPeople(entry);
        showingModel = true;
        quotes.getItems().setAll(entry.quotes());
        quotes.scrollTo(Math.max(0, model.selectedQuoteProperty().get()));
        showingModel = false;
        selectQuote(model.selectedQuoteProperty().get());
    }

    private void selectQuote(int quote) {
        showingModel = true;
        if (quote < 0) {
            quotes.getSelectionModel().clearSelection();
        } else {
            quotes.getSelectionModel().select(quote);
        }
        showingModel = false;
    }

    /** One row of fields per person and an empty row to add one; a field's edit is kept on Enter or on leaving it. */
    private void showPeople(DraftEntry entry) {
        people.getChildren().clear();
        int entryIndex = index();
        List<Person> list = entry.people();
        for (int row = 0; row <= list.size(); row++) {
            Optional<Person> person = row < list.size() ? Optional.of(list.get(row)) : Optional.empty();
            TextField name = new TextField(person.map(Person::name).orElse(""));
            name.setPromptText(row < list.size() ? "Name" : "Add a person: name");
            TextField role = new TextField(person.map(Person::role).orElse(""));
            role.setPromptText("Role or affiliation");
            int personIndex = row;
            Runnable commit = () -> model.editPerson(entryIndex, personIndex, name.getText(), role.getText());
            for (TextField field : List.of(name, role)) {
                field.setOnAction(event -> {
                    commit.run();
                    event.consume(); // Enter keeps the edit; it must not press Create Map
                });
                field.focusedProperty().addListener((obs, was, is) -> {
                    if (was && !is && field.getScene() != null) {
                        commit.run();
                    }
                });
            }
            name.setAccessibleText("Name of person " + (row + 1));
            role.setAccessibleText("Role of person " + (row + 1));
            people.addRow(row, name, role);
        }
    }

    private void mergeWith() {
        int from = index();
        List<String> choices = others(from);
        int preferred = from + 1 < model.getEntries().size() ? from + 1 : from - 1;
        ChoiceDialog<String> dialog = new ChoiceDialog<>(EntryText.choice(preferred, model.getEntries().get(preferred)),
                choices);
        prepare(dialog, "Merge entries", "Merge “" + EntryText.names(model.getEntries().get(from)) + "” with:");
        dialog.showAndWait().ifPresent(choice -> model.merge(from, indexOf(choice)));
        focusEntries.run();
    }

    private void moveTo() {
        int from = index();
        int quote = model.selectedQuoteProperty().get();
        int preferred = from > 0 ? from - 1 : from + 1;
        ChoiceDialog<String> dialog = new ChoiceDialog<>(EntryText.choice(preferred, model.getEntries().get(preferred)),
                others(from));
        prepare(dialog, "Move a quote", "Give the quote from "
                + EntryText.quoteSource(model.getEntries().get(from).quotes().get(quote)) + " to:");
        dialog.showAndWait().ifPresent(choice -> model.moveQuote(from, quote, indexOf(choice)));
        focusEntries.run();
    }

    private void splitHere() {
        int entry = index();
        int quote = model.selectedQuoteProperty().get();
        TextInputDialog dialog = new TextInputDialog();
        int after = model.getEntries().get(entry).quotes().size() - quote - 1;
        prepare(dialog, "Split the entry", after == 0 ? "This quote becomes a new entry. Who says it?"
                : "This quote and the " + (after == 1 ? "one" : after) + " after it become a new entry. Who says them?");
        dialog.setContentText("Name, Role:");
        dialog.getEditor().setPromptText("e.g. Jane Roe, Fellow, Example Institute");
        dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        dialog.showAndWait().ifPresent(typed -> model.split(entry, quote, typed));
        focusEntries.run();
    }

    private List<String> others(int except) {
        List<String> choices = new ArrayList<>();
        IntStream.range(0, model.getEntries().size()).filter(i -> i != except)
                .forEach(i -> choices.add(EntryText.choice(i, model.getEntries().get(i))));
        return choices;
    }

    /** The entry a choice names; choices start with the entry's number, which is unique. */
    private static int indexOf(String choice) {
        return Integer.parseInt(choice.substring(0, choice.indexOf('.'))) - 1;
    }

    private void prepare(javafx.scene.control.Dialog<?> dialog, String title, String header) {
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setMnemonicParsing(true);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        return button;
    }

    private static ToggleButton toggle(String text, String tip) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setMnemonicParsing(true);
        toggle.setTooltip(new Tooltip(tip));
        return toggle;
    }

    private static Label sectionLabel(String text) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.getStyleClass().add("section-label");
        return label;
    }

    /**
     * A quote: where it came from and its start, wrapped at the list's width (the source beside shows it whole).
     * A {@link Text}, since a wrapped label in a list cell is measured as one line and cut short.
     */
    private static final class QuoteCell extends ListCell<DraftQuote> {
        private static final int SHOWN_CHARACTERS = 260;
        private static final double CELL_PADDING = 32;

        private final Label source = new Label();
        private final Text text = new Text();
        private final VBox box = new VBox(2, source, text);

        QuoteCell(ListView<DraftQuote> list) {
            getStyleClass().add("quote-cell");
            source.getStyleClass().add("quote-source");
            text.getStyleClass().add("quote-text");
            text.wrappingWidthProperty().bind(list.widthProperty().subtract(CELL_PADDING));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(DraftQuote quote, boolean empty) {
            super.updateItem(quote, empty);
            setText(null);
            if (empty || quote == null) {
                setGraphic(null);
                return;
            }
            source.setText(EntryText.quoteSource(quote));
            text.setText(quote.text().length() <= SHOWN_CHARACTERS ? quote.text()
                    : quote.text().substring(0, SHOWN_CHARACTERS).stripTrailing() + " …");
            setAccessibleText(source.getText() + ". " + quote.text());
            setGraphic(box);
        }
    }
}
