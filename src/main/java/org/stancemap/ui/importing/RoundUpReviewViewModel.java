package org.stancemap.ui.importing;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.roundup.DraftAssembly;
import org.stancemap.importer.roundup.DraftEntry;
import org.stancemap.importer.roundup.DraftQuote;
import org.stancemap.importer.roundup.EntryRole;
import org.stancemap.importer.roundup.RoundUpDraft;
import org.stancemap.importer.roundup.RoundUpFormat;
import org.stancemap.importer.roundup.RoundUpFormats;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.importer.roundup.SpectrumTemplate;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.Spectrum;

/**
 * The review of a round-up before it becomes a map: the entries as read and as the user fixes them, which
 * source lines the selected entry came from, and the question and spectrum the user confirms. Nothing is made
 * until {@link #create()}; every fix can be undone, one at a time or all at once by {@link #reset()}.
 *
 * <p>Entry and quote indices are positions in {@link #getEntries()} and in that entry's quotes.
 */
public final class RoundUpReviewViewModel {

    /** How many lines after an entry's first line can still be its header (a name, then a role on the next). */
    private static final int MAX_HEADER_LINES = 3;

    static final String NO_EXPERT_LEFT =
            "No entry is an expert's now: mark one as an expert, or read the text as another format.";

    /** A state Undo goes back to. */
    private record Snapshot(RoundUpDraft draft, List<DraftEntry> entries, int selected) {
    }

    private final RoundUpFormats formats;
    private final RoundUpDraft asRead;
    private final Optional<Spectrum> currentSpectrum;
    private final Clock clock;
    private final Deque<Snapshot> undo = new ArrayDeque<>();

    // Properties
    private final ReadOnlyObjectWrapper<RoundUpDraft> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ObservableList<DraftEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selectedEntry = new ReadOnlyIntegerWrapper(this, "selectedEntry", -1);
    private final ReadOnlyIntegerWrapper selectedQuote = new ReadOnlyIntegerWrapper(this, "selectedQuote", -1);
    private final ReadOnlyObjectWrapper<NavigableSet<Integer>> entryLines =
            new ReadOnlyObjectWrapper<>(this, "entryLines", Collections.emptyNavigableSet());
    private final ReadOnlyObjectWrapper<NavigableSet<Integer>> quoteLines =
            new ReadOnlyObjectWrapper<>(this, "quoteLines", Collections.emptyNavigableSet());
    private final ReadOnlyObjectWrapper<Map<Integer, List<String>>> lineWarnings =
            new ReadOnlyObjectWrapper<>(this, "lineWarnings", Map.of());
    private final ReadOnlyIntegerWrapper expertCount = new ReadOnlyIntegerWrapper(this, "expertCount");
    private final ReadOnlyIntegerWrapper quoteCount = new ReadOnlyIntegerWrapper(this, "quoteCount");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final StringProperty question = new SimpleStringProperty(this, "question", "");
    private final ObjectProperty<SpectrumChoice> spectrumChoice = new SimpleObjectProperty<>(this, "spectrumChoice");
    private final StringProperty leftLabel = new SimpleStringProperty(this, "leftLabel", "");
    private final StringProperty rightLabel = new SimpleStringProperty(this, "rightLabel", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper canCreate = new ReadOnlyBooleanWrapper(this, "canCreate");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");

    /**
     * @param draft           the round-up as the registry read it
     * @param formats         the registry it was read with, to read it again as another format
     * @param currentSpectrum the open map's spectrum, offered for reuse; empty when there is none
     * @param clock           when stated stances are recorded as placed
     */
    public RoundUpReviewViewModel(RoundUpDraft draft, RoundUpFormats formats, Optional<Spectrum> currentSpectrum,
                                  Clock clock) {
        this.asRead = Objects.requireNonNull(draft, "draft");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.currentSpectrum = Objects.requireNonNull(currentSpectrum, "currentSpectrum");
        this.clock = Objects.requireNonNull(clock, "clock");
        show(draft, draft.entries(), -1);
        question.set(draft.proposedQuestion());
        spectrumChoice.set(SpectrumChoice.of(draft.proposedTemplate()));
        spectrumChoice.addListener((obs, old, now) -> spectrumChosen(old, now));
        Observable[] inputs = {entries, question, spectrumChoice, leftLabel, rightLabel};
        for (Observable input : inputs) {
            input.addListener(changed -> recount());
        }
        recount();
    }

    /** The reading under review: its source, the format that read it and how sure it was, the other formats. */
    public ReadOnlyObjectProperty<RoundUpDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public SourceDocument source() {
        return asRead.source();
    }

    /** The entries as they stand after the user's fixes, in source order. */
    public ObservableList<DraftEntry> getEntries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** The selected entry's index, or -1. */
    public ReadOnlyIntegerProperty selectedEntryProperty() {
        return selectedEntry.getReadOnlyProperty();
    }

    /** The selected quote's index within the selected entry, or -1. */
    public ReadOnlyIntegerProperty selectedQuoteProperty() {
        return selectedQuote.getReadOnlyProperty();
    }

    /** The source lines the selected entry was read from: its header and its quotes. */
    public ReadOnlyObjectProperty<NavigableSet<Integer>> entryLinesProperty() {
        return entryLines.getReadOnlyProperty();
    }

    /** The source lines of the selected quote. */
    public ReadOnlyObjectProperty<NavigableSet<Integer>> quoteLinesProperty() {
        return quoteLines.getReadOnlyProperty();
    }

    /** What the format could not read, by source line; line 0 holds what concerns the whole text. */
    public ReadOnlyObjectProperty<Map<Integer, List<String>>> lineWarningsProperty() {
        return lineWarnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty expertCountProperty() {
        return expertCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty quoteCountProperty() {
        return quoteCount.getReadOnlyProperty();
    }

    /** "51 experts, 112 quotes": what the map will hold. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The question the map asks; proposed from the round-up, required. */
    public StringProperty questionProperty() {
        return question;
    }

    public ObjectProperty<SpectrumChoice> spectrumChoiceProperty() {
        return spectrumChoice;
    }

    /** The custom axis's left end. */
    public StringProperty leftLabelProperty() {
        return leftLabel;
    }

    public StringProperty rightLabelProperty() {
        return rightLabel;
    }

    /** The open map's spectrum, when there is one to reuse. */
    public Optional<Spectrum> currentSpectrum() {
        return currentSpectrum;
    }

    /** Why the map cannot be created yet, one sentence; "" when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCreateProperty() {
        return canCreate.getReadOnlyProperty();
    }

    /** True once the user has fixed anything, until it is all undone. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    // Commands

    public void select(int entry) {
        int index = entry >= 0 && entry < entries.size() ? entry : -1;
        selectedEntry.set(index);
        selectedQuote.set(-1);
        entryLines.set(index < 0 ? Collections.emptyNavigableSet() : linesOf(entries.get(index)));
        quoteLines.set(Collections.emptyNavigableSet());
    }

    /** Selects quote {@code quote} of the selected entry, or none with -1. */
    public void selectQuote(int quote) {
        int entry = selectedEntry.get();
        if (entry < 0 || quote < 0 || quote >= entries.get(entry).quotes().size()) {
            selectedQuote.set(-1);
            quoteLines.set(Collections.emptyNavigableSet());
            return;
        }
        selectedQuote.set(quote);
        DraftQuote selected = entries.get(entry).quotes().get(quote);
        quoteLines.set(range(selected.firstLine(), selected.lastLine()));
    }

    /** Selects the entry source line {@code line} belongs to, if any; true when there was one. */
    public boolean selectEntryAt(int line) {
        for (int i = 0; i < entries.size(); i++) {
            if (linesOf(entries.get(i)).contains(line)) {
                select(i);
                return true;
            }
        }
        return false;
    }

    /** Reads the source again as {@code format}, whatever the formats thought of it; Undo goes back. */
    public void readAs(RoundUpFormat format) {
        if (format == draft.get().chosen().format()) {
            return;
        }
        RoundUpDraft before = draft.get();
        remember();
        RoundUpDraft reread = formats.read(before.source(), format);
        show(reread, reread.entries(), -1);
        if (question.get().equals(before.proposedQuestion())) {
            question.set(reread.proposedQuestion());
        }
        if (spectrumChoice.get() == SpectrumChoice.of(before.proposedTemplate())) {
            spectrumChoice.set(SpectrumChoice.of(reread.proposedTemplate()));
        }
    }

    /** Entries {@code one} and {@code other} become one, at the earlier one's place, and it is selected. */
    public void merge(int one, int other) {
        edit(list -> DraftEdits.merge(list, one, other), Math.min(one, other));
    }

    /**
     * Cuts the entry before its quote {@code quote}: that quote and the ones after become a new entry of the
     * people {@code typedPeople} names ("Name, Role"), which is selected.
     *
     * @return false, changing nothing, when no one is named or the entry cannot be cut there
     */
    public boolean split(int entry, int quote, String typedPeople) {
        Optional<List<Person>> people = DraftEdits.typedPeople(typedPeople);
        if (people.isEmpty() || quote < 1 || quote >= entries.get(entry).quotes().size()) {
            return false;
        }
        edit(list -> DraftEdits.split(list, entry, quote, people.get()), entry + 1);
        return true;
    }

    /** Gives quote {@code quote} of entry {@code from} to entry {@code to}; {@code from} stays selected. */
    public void moveQuote(int from, int quote, int to) {
        if (from != to) {
            edit(list -> DraftEdits.moveQuote(list, from, quote, to), from);
        }
    }

    /** Marks the entry as not an expert's, so it stays off the map, or, with false, as an expert's again. */
    public void setNotAnExpert(int entry, boolean notAnExpert) {
        edit(list -> DraftEdits.withRole(list, entry, notAnExpert ? EntryRole.NOT_AN_EXPERT : EntryRole.EXPERT), entry);
    }

    /**
     * Makes whoever speaks in the entry the moderator (see {@link DraftEdits#chooseModerator}), or, with false,
     * makes every entry of theirs an expert's again.
     */
    public void setModerator(int entry, boolean moderator) {
        if (moderator) {
            edit(list -> DraftEdits.chooseModerator(list, entry), entry);
            return;
        }
        List<Person> people = entries.get(entry).people();
        edit(list -> {
            List<DraftEntry> changed = list;
            for (int i = 0; i < list.size(); i++) {
                boolean same = i == entry || (!people.isEmpty() && list.get(i).people().equals(people));
                if (same && list.get(i).role() == EntryRole.MODERATOR) {
                    changed = DraftEdits.withRole(changed, i, EntryRole.EXPERT);
                }
            }
            return changed;
        }, entry);
    }

    /**
     * Renames person {@code person} of the entry or changes their role; a blank name removes them, and
     * {@code person} equal to the number of people adds one. Nothing changes when the text is as it was.
     */
    public void editPerson(int entry, int person, String name, String role) {
        List<DraftEntry> changed = DraftEdits.editPerson(entries, entry, person, name, role);
        if (!changed.equals(entries)) {
            edit(list -> changed, entry);
        }
    }

    /** The user has looked at the entry the format was unsure of and accepts it as read. */
    public void acceptDoubt(int entry) {
        if (entries.get(entry).doubt().isPresent()) {
            edit(list -> DraftEdits.acceptDoubt(list, entry), entry);
        }
    }

    /** Takes back the latest fix or re-reading. */
    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Snapshot back = undo.pop();
        show(back.draft(), back.entries(), back.selected());
        canUndo.set(!undo.isEmpty());
    }

    /** Back to the entries as first read, by the format first chosen; Undo takes the reset back too. */
    public void reset() {
        if (draft.get() != asRead || !entries.equals(asRead.entries())) {
            remember();
            show(asRead, asRead.entries(), -1);
        }
    }

    /** The map the reviewed round-up makes, on the chosen question and spectrum; empty while there is a problem. */
    public Optional<Project> create() {
        if (!canCreate.get()) {
            return Optional.empty();
        }
        return Optional.of(DraftAssembly.project(draft.get().withEntries(entries), spectrum(), clock.instant()));
    }

    /** The spectrum the chosen option gives the question as typed. */
    Spectrum spectrum() {
        String asked = question.get().strip();
        return switch (spectrumChoice.get()) {
            case LIKELIHOOD -> SpectrumTemplate.LIKELIHOOD.spectrum(asked);
            case AGREEMENT -> SpectrumTemplate.AGREEMENT.spectrum(asked);
            case CUSTOM -> SpectrumTemplate.custom(asked, leftLabel.get().strip(), rightLabel.get().strip());
            case CURRENT_MAP -> {
                Spectrum current = currentSpectrum.orElseThrow();
                yield new Spectrum(asked, current.leftLabel(), current.rightLabel(), current.bands());
            }
        };
    }

    private void edit(UnaryOperator<List<DraftEntry>> change, int select) {
        List<DraftEntry> changed = change.apply(List.copyOf(entries));
        remember();
        show(draft.get(), changed, select);
    }

    private void remember() {
        undo.push(new Snapshot(draft.get(), List.copyOf(entries), selectedEntry.get()));
        canUndo.set(true);
    }

    private void show(RoundUpDraft reading, List<DraftEntry> shown, int select) {
        draft.set(reading);
        entries.setAll(shown);
        lineWarnings.set(warningsByLine(reading));
        select(select);
    }

    /**
     * Choosing the open map's spectrum puts its question in the field, where the user sees and can change it;
     * choosing another again brings back the round-up's own question if that one was not edited.
     */
    private void spectrumChosen(SpectrumChoice old, SpectrumChoice now) {
        if (currentSpectrum.isEmpty()) {
            return;
        }
        String proposed = draft.get().proposedQuestion();
        String current = currentSpectrum.map(Spectrum::question).orElse("");
        if (now == SpectrumChoice.CURRENT_MAP && (question.get().isBlank() || question.get().equals(proposed))) {
            question.set(current);
        } else if (old == SpectrumChoice.CURRENT_MAP && question.get().equals(current)) {
            question.set(proposed);
        }
    }

    private void recount() {
        int experts = 0;
        int quotes = 0;
        for (DraftEntry entry : entries) {
            if (entry.becomesVoice()) {
                experts++;
                quotes += entry.quotes().size();
            }
        }
        expertCount.set(experts);
        quoteCount.set(quotes);
        counts.set(plural(experts, "expert") + ", " + plural(quotes, "quote"));
        problem.set(problem(experts));
        canCreate.set(problem.get().isEmpty());
    }

    private String problem(int experts) {
        if (experts == 0 && asRead.voices().isEmpty()) {
            // The registry reads with the first format that finds a voice, so none found one.
            return new RoundUpImporter(formats, clock).nothingFound();
        }
        if (experts == 0) {
            return NO_EXPERT_LEFT;
        }
        if (question.get().isBlank()) {
            return "Type the question the map asks.";
        }
        if (spectrumChoice.get() == SpectrumChoice.CUSTOM && (leftLabel.get().isBlank() || rightLabel.get().isBlank())) {
            return "Name both ends of the custom axis.";
        }
        if (spectrumChoice.get() == SpectrumChoice.CURRENT_MAP && currentSpectrum.isEmpty()) {
            return "No map is open whose spectrum could be reused.";
        }
        return "";
    }

    /**
     * The lines an entry was read from: its header (with a role on the lines right after it), each quote, and
     * the blank lines between them, so the highlight reads as one block where the entry is one.
     */
    NavigableSet<Integer> linesOf(DraftEntry entry) {
        int lastLine = source().lines().size();
        TreeSet<Integer> lines = new TreeSet<>();
        int firstQuote = entry.quotes().isEmpty() ? entry.firstLine() + 1 : entry.quotes().get(0).firstLine();
        lines.add(entry.firstLine());
        for (int line = entry.firstLine() + 1; line < firstQuote && line <= entry.firstLine() + MAX_HEADER_LINES
                && line <= lastLine && !isBlank(line); line++) {
            lines.add(line);
        }
        for (DraftQuote quote : entry.quotes()) {
            for (int line = quote.firstLine(); line <= quote.lastLine(); line++) {
                lines.add(line);
            }
        }
        List<Integer> gaps = new ArrayList<>();
        Integer previous = null;
        for (int line : lines) {
            if (previous != null && line > previous + 1 && onlyBlankBetween(previous, line)) {
                for (int gap = previous + 1; gap < line; gap++) {
                    gaps.add(gap);
                }
            }
            previous = line;
        }
        lines.addAll(gaps);
        lines.removeIf(line -> line < 1 || line > lastLine);
        return Collections.unmodifiableNavigableSet(lines);
    }

    private boolean onlyBlankBetween(int from, int to) {
        for (int line = from + 1; line < to; line++) {
            if (!isBlank(line)) {
                return false;
            }
        }
        return true;
    }

    private boolean isBlank(int line) {
        return line >= 1 && line <= source().lines().size() && source().line(line).shown().isBlank();
    }

    private static NavigableSet<Integer> range(int from, int to) {
        TreeSet<Integer> lines = new TreeSet<>();
        for (int line = from; line <= to; line++) {
            lines.add(line);
        }
        return Collections.unmodifiableNavigableSet(lines);
    }

    private static Map<Integer, List<String>> warningsByLine(RoundUpDraft reading) {
        Map<Integer, List<String>> byLine = new TreeMap<>();
        for (ImportWarning warning : reading.reading().warnings()) {
            byLine.computeIfAbsent(warning.line(), line -> new ArrayList<>()).add(warning.message());
        }
        byLine.replaceAll((line, messages) -> List.copyOf(messages));
        return Collections.unmodifiableMap(byLine);
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** How the header names the reading: "Read as cited blocks, 100 % sure". */
    static String readingText(RoundUpDraft reading) {
        return String.format(Locale.ROOT, "Read as %s", reading.chosen());
    }
}
