package org.stancemap.ui.card;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stancemap.cardcut.CardCutter;
import org.stancemap.cardcut.CardDocx;
import org.stancemap.cardcut.CardHtml;
import org.stancemap.cardcut.CutCard;
import org.stancemap.cardcut.QuotePick;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;

/**
 * Cut Card: the user picks quotes of one or several experts, types the tag and their initials, and sees the cite
 * and the body the card will have; the card can then be copied for Word or exported as {@code .docx}.
 */
public final class CutCardViewModel {
    private static final int LABEL_WORDS = 12;

    // Properties
    private final StringProperty tag = new SimpleStringProperty(this, "tag", "");
    private final StringProperty cutter = new SimpleStringProperty(this, "cutter", "");
    private final ObservableList<QuoteChoice> choices = FXCollections.observableArrayList(
            c -> new Observable[] {c.pickedProperty()});
    private final ReadOnlyStringWrapper cite = new ReadOnlyStringWrapper(this, "cite", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyBooleanWrapper canCut = new ReadOnlyBooleanWrapper(this, "canCut", false);

    private final Project project;

    /**
     * @param project the map the quotes come from
     * @param voiceId the expert whose quotes start picked (the one selected on the map), if any; its quotes are
     *                listed first
     */
    public CutCardViewModel(Project project, Optional<String> voiceId) {
        this.project = project;
        voiceId.flatMap(project::voice).ifPresent(v -> addChoices(v, true));
        project.voices().stream().filter(v -> voiceId.filter(v.id()::equals).isEmpty()).forEach(v -> addChoices(v, false));
        choices.addListener((Observable o) -> update());
        tag.addListener(o -> update());
        cutter.addListener(o -> update());
        update();
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty cutterProperty() {
        return cutter;
    }

    public ObservableList<QuoteChoice> getChoices() {
        return choices;
    }

    /** The cite line the card will carry; empty while no quote is picked. */
    public ReadOnlyStringProperty citeProperty() {
        return cite.getReadOnlyProperty();
    }

    /** The whole card as plain text; empty while no quote is picked. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCutProperty() {
        return canCut.getReadOnlyProperty();
    }

    // Commands

    /** The card as it stands: the picked quotes in list order. */
    public Optional<CutCard> card() {
        List<QuotePick> picks = choices.stream().filter(QuoteChoice::isPicked).map(QuoteChoice::pick).toList();
        return picks.isEmpty() ? Optional.empty()
                : Optional.of(CardCutter.cut(project, picks, tag.get().strip(), cutter.get().strip()));
    }

    /** The card as HTML for Word, when a quote is picked. */
    public Optional<String> html() {
        return card().map(CardHtml::of);
    }

    /**
     * Writes the card as {@code .docx}; the error, when there is one, as one sentence for the user.
     */
    public Optional<String> exportDocx(Path file) {
        Optional<CutCard> card = card();
        if (card.isEmpty()) {
            return Optional.of("Pick at least one quote to cut a card.");
        }
        try {
            CardDocx.writeTo(card.get(), file);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Could not write " + file.getFileName() + ": " + e.getMessage() + ".");
        }
    }

    private void addChoices(Voice voice, boolean picked) {
        for (int q = 0; q < voice.quotes().size(); q++) {
            Quote quote = voice.quotes().get(q);
            choices.add(new QuoteChoice(new QuotePick(voice.id(), q), voice.displayName() + " — " + opening(quote.text()), picked));
        }
    }

    private static String opening(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= LABEL_WORDS ? text.strip() : String.join(" ", List.of(words).subList(0, LABEL_WORDS)) + " …";
    }

    private void update() {
        Optional<CutCard> card = card();
        canCut.set(card.isPresent());
        cite.set(card.map(CutCard::citeLine).orElse(""));
        preview.set(card.map(CutCard::plainText).orElse(""));
    }
}
