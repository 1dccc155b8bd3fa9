package org.stancemap.ui.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.stancemap.model.Band;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;

/**
 * Places the experts a new map leaves unplaced, one at a time, from the keyboard: a band's number puts the
 * expert at its centre, a step refines it, words selected in a quote become the rationale, and each placement
 * goes through the same move as the window's Move to… (one undoable command, with who and when).
 *
 * <p>The experts are those unplaced when triage starts, in article order; a skipped one is left in the tray.
 */
public final class TriageViewModel {

    /** How far one arrow key moves the position. */
    public static final double STEP = 0.01;

    /** Where a placement goes: the window's move, which records the analyst and the time. */
    @FunctionalInterface
    public interface Placer {
        void place(Voice voice, double position, String rationale);
    }

    // Properties
    private final ReadOnlyObjectWrapper<Optional<Voice>> current =
            new ReadOnlyObjectWrapper<>(this, "current", Optional.empty());
    private final ReadOnlyObjectWrapper<OptionalDouble> position =
            new ReadOnlyObjectWrapper<>(this, "position", OptionalDouble.empty());
    private final ReadOnlyIntegerWrapper bandIndex = new ReadOnlyIntegerWrapper(this, "bandIndex", -1);
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper(this, "positionText", "");
    private final ReadOnlyIntegerWrapper focusedQuote = new ReadOnlyIntegerWrapper(this, "focusedQuote", 0);
    private final ReadOnlyObjectWrapper<Optional<QuoteSpan>> cursor =
            new ReadOnlyObjectWrapper<>(this, "cursor", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<QuoteSpan>> selection =
            new ReadOnlyObjectWrapper<>(this, "selection", Optional.empty());
    private final ReadOnlyStringWrapper rationale = new ReadOnlyStringWrapper(this, "rationale", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");

    private final ObservableValue<Project> project;
    private final Placer placer;
    private final boolean rationaleRequired;
    private final List<String> queue;
    private int next;
    private int placed;
    private int skipped;
    private List<QuoteWords> quoteWords = List.of();
    /** The word the cursor is on, and the other end of the selection while one is being made. */
    private int cursorWord;
    private int anchorWord;
    private boolean selecting;

    /**
     * @param rationaleRequired true when the preferences require a reason for every move: Enter then waits for
     *                          a selection
     */
    public TriageViewModel(ObservableValue<Project> project, Placer placer, boolean rationaleRequired) {
        this.project = Objects.requireNonNull(project, "project");
        this.placer = Objects.requireNonNull(placer, "placer");
        this.rationaleRequired = rationaleRequired;
        this.queue = project.getValue().voices().stream()
                .filter(v -> v.placement().isEmpty())
                .map(Voice::id)
                .toList();
        project.addListener((obs, old, now) -> current.get().ifPresent(shown -> follow(shown, now)));
        show(0);
    }

    public ReadOnlyObjectProperty<Optional<Voice>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The bands, left to right; band {@code i} is chosen with the number key {@code i + 1}. */
    public List<Band> bands() {
        return spectrum().bands();
    }

    public String question() {
        return spectrum().question();
    }

    /** Where Enter will place the current expert; empty until a band is chosen. */
    public ReadOnlyObjectProperty<OptionalDouble> positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The index of the band the position falls in, or -1. */
    public ReadOnlyIntegerProperty bandIndexProperty() {
        return bandIndex.getReadOnlyProperty();
    }

    /** E.g. "0.31 · Partnership with limits". */
    public ReadOnlyStringProperty positionTextProperty() {
        return positionText.getReadOnlyProperty();
    }

    /** The quote the keyboard selects words in. */
    public ReadOnlyIntegerProperty focusedQuoteProperty() {
        return focusedQuote.getReadOnlyProperty();
    }

    /** The word the keyboard cursor is on, in the focused quote. */
    public ReadOnlyObjectProperty<Optional<QuoteSpan>> cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    /** The words selected as the rationale. */
    public ReadOnlyObjectProperty<Optional<QuoteSpan>> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rationaleProperty() {
        return rationale.getReadOnlyProperty();
    }

    /** E.g. "Expert 3 of 51 · 2 placed · 0 skipped". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the last key could not do, in one sentence; "" when it did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True once every expert is placed or skipped. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    // Commands

    /** Puts the expert at the centre of band {@code index} (0 is the leftmost). */
    public void chooseBand(int index) {
        if (current.get().isEmpty() || index < 0 || index >= bands().size()) {
            return;
        }
        setPosition(bands().get(index).centre());
    }

    /** Moves the position {@code steps} × {@link #STEP}, within 0–1; from the middle of the axis if none yet. */
    public void nudge(int steps) {
        if (current.get().isEmpty()) {
            return;
        }
        double from = position.get().orElse(0.5);
        setPosition(Math.max(0, Math.min(1, Math.round((from + steps * STEP) * 100) / 100.0)));
    }

    /** Focuses the next ({@code delta} 1) or previous (-1) quote, its cursor on its first stance word. */
    public void focusQuote(int delta) {
        int target = focusedQuote.get() + delta;
        if (target >= 0 && target < quoteWords.size()) {
            focus(target);
        }
    }

    /** Moves the cursor to the next or previous stance word of the focused quote, ending any selection. */
    public void moveCursor(int delta) {
        if (quoteWords.isEmpty()) {
            return;
        }
        selecting = false;
        cursorWord = words().stopFrom(cursorWord, delta);
        showCursor();
    }

    /**
     * Grows or shrinks the selection a word at a time: the first press selects the word under the cursor, the
     * next ones move the selection's far end right ({@code delta} 1) or left (-1), past its start if need be.
     */
    public void extendSelection(int delta) {
        if (quoteWords.isEmpty() || words().size() == 0) {
            return;
        }
        if (!selecting) {
            selecting = true;
            anchorWord = cursorWord;
        } else {
            cursorWord = Math.max(0, Math.min(words().size() - 1, cursorWord + delta));
        }
        select(focusedQuote.get(), Math.min(anchorWord, cursorWord), Math.max(anchorWord, cursorWord));
        showCursor();
    }

    /** Selects the whole words from character {@code start} to {@code end} of quote {@code quote}, e.g. by mouse. */
    public void selectText(int quote, int start, int end) {
        if (quote < 0 || quote >= quoteWords.size()) {
            return;
        }
        if (quote != focusedQuote.get()) {
            focus(quote);
        }
        QuoteWords words = words();
        int first = words.wordAt(Math.min(start, end));
        int last = words.wordBefore(Math.max(start, end));
        if (first < 0 || last < first) {
            return;
        }
        selecting = true;
        anchorWord = first;
        cursorWord = last;
        select(quote, first, last);
        showCursor();
    }

    /** Places the current expert where chosen, with the selection as rationale, and shows the next. */
    public void place() {
        Optional<Voice> voice = current.get();
        if (voice.isEmpty()) {
            return;
        }
        if (position.get().isEmpty()) {
            message.set("Choose a band first: press 1–" + bands().size() + ".");
            return;
        }
        if (rationaleRequired && rationale.get().isBlank()) {
            message.set("Select the words this placement rests on first (Shift+→), as the preferences require a reason.");
            return;
        }
        placer.place(voice.get(), position.get().getAsDouble(), rationale.get());
        placed++;
        show(next + 1);
    }

    /** Leaves the current expert unplaced and shows the next. */
    public void skip() {
        if (current.get().isEmpty()) {
            return;
        }
        skipped++;
        show(next + 1);
    }

    /**
     * Keeps the shown expert in step with the project: a placement (this one's own, or a drag on the map) leaves
     * what triage shows unchanged, edited quotes are shown, and a project with no such expert ends triage.
     */
    private void follow(Voice shown, Project now) {
        Optional<Voice> same = now.voice(shown.id());
        if (same.isEmpty()) {
            show(queue.size());
        } else if (!same.get().quotes().equals(shown.quotes()) || !same.get().people().equals(shown.people())) {
            show(next);
        }
    }

    private void show(int index) {
        next = index;
        Optional<Voice> voice = index < queue.size() ? project.getValue().voice(queue.get(index)) : Optional.empty();
        current.set(voice);
        List<QuoteWords> words = new ArrayList<>();
        voice.ifPresent(v -> v.quotes().stream().map(Quote::text).map(QuoteWords::new).forEach(words::add));
        quoteWords = List.copyOf(words);
        position.set(OptionalDouble.empty());
        bandIndex.set(-1);
        positionText.set("No position yet: press 1–" + bands().size() + " for a band.");
        message.set("");
        rationale.set("");
        selection.set(Optional.empty());
        finished.set(voice.isEmpty());
        progress.set(voice.isPresent()
                ? String.format(Locale.ROOT, "Expert %d of %d · %d placed · %d skipped",
                        index + 1, queue.size(), placed, skipped)
                : String.format(Locale.ROOT, "Done: %d placed, %d skipped (still in the Unplaced tray).",
                        placed, skipped));
        focus(0);
    }

    private void focus(int quote) {
        focusedQuote.set(quote);
        selecting = false;
        if (quote < quoteWords.size()) {
            cursorWord = words().firstStop();
        }
        showCursor();
    }

    private void showCursor() {
        if (quoteWords.isEmpty() || words().size() == 0) {
            cursor.set(Optional.empty());
            return;
        }
        QuoteWords.Word word = words().word(cursorWord);
        cursor.set(Optional.of(new QuoteSpan(focusedQuote.get(), word.start(), word.end())));
    }

    private void select(int quote, int firstWord, int lastWord) {
        QuoteWords words = quoteWords.get(quote);
        int start = words.word(firstWord).start();
        int end = words.word(lastWord).end();
        selection.set(Optional.of(new QuoteSpan(quote, start, end)));
        rationale.set(words.text().substring(start, end));
        message.set("");
    }

    private void setPosition(double at) {
        position.set(OptionalDouble.of(at));
        List<Band> bands = bands();
        int index = -1;
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).contains(at)) {
                index = i;
            }
        }
        bandIndex.set(index);
        positionText.set(String.format(Locale.ROOT, "%.2f", at)
                + (index >= 0 ? " · " + bands.get(index).label() : ""));
        message.set("");
    }

    private QuoteWords words() {
        return quoteWords.get(focusedQuote.get());
    }

    private Spectrum spectrum() {
        return project.getValue().spectrum();
    }
}
