package org.stancemap.ui.importing;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.roundup.DraftAssembly;
import org.stancemap.importer.roundup.DraftEntry;
import org.stancemap.importer.roundup.EntryRole;
import org.stancemap.importer.roundup.RoundUpDraft;
import org.stancemap.importer.roundup.RoundUpFormat;
import org.stancemap.importer.roundup.RoundUpFormats;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.render.SlideRows;
import org.stancemap.model.Spectrum;

/**
 * The review of a round-up before it becomes a map: the entries as read and as the user fixes them, which
 * source lines the selected entry came from, and the question and spectrum the user confirms. Nothing is made
 * until {@link #create()}; every fix can be undone, one at a time or all at once by {@link #reset()}.
 *
 * <p>Entry and quote indices are positions in {@link #getEntries()} and in that entry's quotes.
 */
public final class RoundUpReviewViewModel {

    static final String NO_EXPERT_LEFT =
            "No entry is an expert's now: mark one as an expert, or read the text as another format.";

    /** A state Undo goes back to. */
    private record Snapshot(RoundUpDraft draft, List<DraftEntry> entries, int selected) {
    }

    private final RoundUpFormats formats;
    private final RoundUpDraft asRead;
    private final Clock clock;
    private final Deque<Snapshot> undo = new ArrayDeque<>();

    // Properties
    private final ReadOnlyObjectWrapper<RoundUpDraft> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ObservableList<DraftEntry> entries = FXCollections.observableArrayList();
    /** Kept, not made per call: a read-only view listens to {@link #entries} only weakly and must stay reachable. */
    private final ObservableList<DraftEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
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
    private final NewMapSettings newMap;
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
        this.clock = Objects.requireNonNull(clock, "clock");
        this.newMap = new NewMapSettings(draft, currentSpectrum, () -> this.draft.get().proposedQuestion());
        show(draft, draft.entries(), -1);
        entries.addListener((Observable changed) -> recount());
        for (Observable input : newMap.inputs()) {
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
        return readOnlyEntries;
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

    /** The question and spectrum of the map to create. */
    public NewMapSettings newMap() {
        return newMap;
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
        entryLines.set(index < 0 ? Collections.emptyNavigableSet() : EntryLines.of(entries.get(index), source()));
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
        quoteLines.set(EntryLines.of(entries.get(entry).quotes().get(quote)));
    }

    /** Selects the entry source line {@code line} belongs to, if any; true when there was one. */
    public boolean selectEntryAt(int line) {
        for (int i = 0; i < entries.size(); i++) {
            if (EntryLines.of(entries.get(i), source()).contains(line)) {
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
        newMap.followProposal(before, reread);
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
        edit(list -> DraftEdits.editPerson(list, entry, person, name, role), entry);
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
        Project made = DraftAssembly.project(draft.get().withEntries(entries), newMap.spectrum(), clock.instant());
        // A new map keeps its rows from the start, with a spare one, so that its first moves move nothing else.
        return Optional.of(made.withChipRows(SlideRows.tidy(made)));
    }

    private void edit(UnaryOperator<List<DraftEntry>> change, int select) {
        List<DraftEntry> changed = change.apply(List.copyOf(entries));
        if (changed.equals(entries)) {
            return; // nothing to undo
        }
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
        return experts == 0 ? NO_EXPERT_LEFT : newMap.problem();
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
}
