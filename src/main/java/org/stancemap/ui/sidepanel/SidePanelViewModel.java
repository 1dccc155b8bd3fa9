package org.stancemap.ui.sidepanel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stancemap.edit.Command;
import org.stancemap.edit.EditNoteCommand;
import org.stancemap.model.Band;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;
import org.stancemap.render.CitationText;
import org.stancemap.render.FeaturedQuote;
import org.stancemap.render.SlideParts;
import org.stancemap.ui.map.SearchQuery;

/**
 * What the side panel shows: the selected voice's people, tags, placement and its history, every quote with its
 * citation, and the analyst's note; with nothing selected, the round-up and the spectrum's bands.
 *
 * <p>The voice is looked up by id in the current project whenever the project or the selection changes, so a
 * selection holding a stale record still shows the voice as it is now. The note is a draft the user types into;
 * {@link #commitNote()} turns the whole edit into one {@link EditNoteCommand}; the draft is committed for the old
 * voice when the selection moves to another voice, and dropped when the selection is cleared. Call
 * {@code commitNote()} before saving, closing or opening a project, so that a note still being typed is kept.
 */
public final class SidePanelViewModel {

    private final ReadOnlyObjectProperty<Project> project;
    private final ObjectProperty<Voice> selectedVoice;
    private final Consumer<Command> execute;
    private final Consumer<String> urlOpener;
    private final ZoneId zone;
    private final ObservableList<FeaturedQuote> featured;

    // Properties: the selected voice

    private final ReadOnlyBooleanWrapper voiceSelected = new ReadOnlyBooleanWrapper(this, "voiceSelected");
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<TagEntry> tags = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<PlacementEntry>> placement =
            new ReadOnlyObjectWrapper<>(this, "placement", Optional.empty());
    private final ObservableList<PlacementEntry> placementHistory = FXCollections.observableArrayList();
    private final ObservableList<QuoteEntry> quotes = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyBooleanWrapper noteEdited = new ReadOnlyBooleanWrapper(this, "noteEdited");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");

    // Properties: nothing selected

    private final ReadOnlyStringWrapper roundUpTitle = new ReadOnlyStringWrapper(this, "roundUpTitle", "");
    private final ReadOnlyStringWrapper roundUpByline = new ReadOnlyStringWrapper(this, "roundUpByline", "");
    private final ReadOnlyObjectWrapper<Optional<String>> roundUpUrl =
            new ReadOnlyObjectWrapper<>(this, "roundUpUrl", Optional.empty());
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final ReadOnlyStringWrapper axisEnds = new ReadOnlyStringWrapper(this, "axisEnds", "");
    private final ObservableList<BandEntry> bands = FXCollections.observableArrayList();

    // Unmodifiable views made once: a wrapper made per call would be collected with the listeners added to it.
    private final ObservableList<Person> peopleView = FXCollections.unmodifiableObservableList(people);
    private final ObservableList<TagEntry> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final ObservableList<PlacementEntry> placementHistoryView =
            FXCollections.unmodifiableObservableList(placementHistory);
    private final ObservableList<QuoteEntry> quotesView = FXCollections.unmodifiableObservableList(quotes);
    private final ObservableList<BandEntry> bandsView = FXCollections.unmodifiableObservableList(bands);

    /** The voice the note draft belongs to, and its note as last stored, to tell an edit from a stale draft. */
    private Optional<String> noteVoiceId = Optional.empty();
    private final StringProperty storedNote = new SimpleStringProperty(this, "storedNote", "");

    /**
     * A side panel whose round-up links open nowhere; for a window, pass a {@code urlOpener} (e.g. backed by
     * {@code HostServices::showDocument}) with the other constructor.
     */
    public SidePanelViewModel(ReadOnlyObjectProperty<Project> project, ObjectProperty<Voice> selectedVoice,
                              Consumer<Command> execute) {
        this(project, selectedVoice, execute, url -> { });
    }

    /**
     * @param project       the open project; replaced on every change
     * @param selectedVoice the selected voice, null when none; only read, never written
     * @param execute       runs a command through the undo history
     * @param urlOpener     opens an address in the system browser
     */
    public SidePanelViewModel(ReadOnlyObjectProperty<Project> project, ObjectProperty<Voice> selectedVoice,
                              Consumer<Command> execute, Consumer<String> urlOpener) {
        this(project, selectedVoice, execute, urlOpener, ZoneId.systemDefault());
    }

    /**
     * @param featured the quotes featured on the briefing slide, shared with the export dialog; "Feature on slide"
     *                 adds to and removes from it
     */
    public SidePanelViewModel(ReadOnlyObjectProperty<Project> project, ObjectProperty<Voice> selectedVoice,
                              Consumer<Command> execute, Consumer<String> urlOpener,
                              ObservableList<FeaturedQuote> featured) {
        this(project, selectedVoice, execute, urlOpener, ZoneId.systemDefault(), featured);
    }

    SidePanelViewModel(ReadOnlyObjectProperty<Project> project, ObjectProperty<Voice> selectedVoice,
                       Consumer<Command> execute, Consumer<String> urlOpener, ZoneId zone) {
        this(project, selectedVoice, execute, urlOpener, zone, FXCollections.observableArrayList());
    }

    SidePanelViewModel(ReadOnlyObjectProperty<Project> project, ObjectProperty<Voice> selectedVoice,
                       Consumer<Command> execute, Consumer<String> urlOpener, ZoneId zone,
                       ObservableList<FeaturedQuote> featured) {
        this.featured = Objects.requireNonNull(featured, "featured");
        this.project = Objects.requireNonNull(project, "project");
        this.selectedVoice = Objects.requireNonNull(selectedVoice, "selectedVoice");
        this.execute = Objects.requireNonNull(execute, "execute");
        this.urlOpener = Objects.requireNonNull(urlOpener, "urlOpener");
        this.zone = Objects.requireNonNull(zone, "zone");
        noteEdited.bind(Bindings.createBooleanBinding(
                () -> noteVoiceId.isPresent() && !note.get().equals(storedNote.get()), note, storedNote));
        project.addListener((obs, old, now) -> refresh());
        searchText.addListener((obs, old, now) -> refresh());
        selectedVoice.addListener((obs, old, now) -> {
            // Only a move to another voice commits: a selection cleared may mean the project is being replaced,
            // and a command issued then would land in the new project's history.
            if (now != null && !idOf(old).equals(idOf(now))) {
                commitNote();
            }
            refresh();
        });
        refresh();
    }

    // Properties

    /** False when no voice is selected (or the selected one is not in the project): the panel shows its placeholder. */
    public ReadOnlyBooleanProperty voiceSelectedProperty() {
        return voiceSelected.getReadOnlyProperty();
    }

    public boolean isVoiceSelected() {
        return voiceSelected.get();
    }

    /** The voice's people in the round-up's order, all of them for a co-authored voice. */
    public ObservableList<Person> getPeople() {
        return peopleView;
    }

    /** The voice's tags, sorted by key. */
    public ObservableList<TagEntry> getTags() {
        return tagsView;
    }

    /** Where the voice sits now; empty when it is not placed. */
    public ReadOnlyObjectProperty<Optional<PlacementEntry>> placementProperty() {
        return placement.getReadOnlyProperty();
    }

    public Optional<PlacementEntry> getPlacement() {
        return placement.get();
    }

    /** Every placement of the voice's own, newest first; the first is the current one. */
    public ObservableList<PlacementEntry> getPlacementHistory() {
        return placementHistoryView;
    }

    /** Every quote in full with its citation, in article order. */
    public ObservableList<QuoteEntry> getQuotes() {
        return quotesView;
    }

    /** The note as the user is typing it; becomes part of the project only through {@link #commitNote()}. */
    public StringProperty noteProperty() {
        return note;
    }

    public String getNote() {
        return note.get();
    }

    public void setNote(String value) {
        note.set(value);
    }

    /** The map's search; its words are marked in the quotes. Bind it to the map's search field. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** True while the note differs from the one stored in the project. */
    public ReadOnlyBooleanProperty noteEditedProperty() {
        return noteEdited.getReadOnlyProperty();
    }

    public boolean isNoteEdited() {
        return noteEdited.get();
    }

    public ReadOnlyStringProperty roundUpTitleProperty() {
        return roundUpTitle.getReadOnlyProperty();
    }

    /** "By Simon Saradzhyan and Angelina Flood · Russia Matters · 14 June 2019", leaving out what is unknown. */
    public ReadOnlyStringProperty roundUpBylineProperty() {
        return roundUpByline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<String>> roundUpUrlProperty() {
        return roundUpUrl.getReadOnlyProperty();
    }

    /** The spectrum's question, e.g. "How likely is a China-Russia military alliance?". */
    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** "0 = No alliance · 1 = De facto alliance". */
    public ReadOnlyStringProperty axisEndsProperty() {
        return axisEnds.getReadOnlyProperty();
    }

    /** The spectrum's bands, left to right, with their definitions. */
    public ObservableList<BandEntry> getBands() {
        return bandsView;
    }

    // Commands

    /** Stores the note draft as one {@link EditNoteCommand}; does nothing when the draft is unchanged. */
    /** Whether the selected voice's quote is featured on the briefing slide. */
    public boolean isFeatured(QuoteEntry quote) {
        return featuredQuote(quote).map(featured::contains).orElse(false);
    }

    /** False when the slide already features as many quotes as it has room for, and this is not one of them. */
    public boolean canFeature(QuoteEntry quote) {
        return isFeatured(quote) || featured.size() < SlideParts.MAX_FEATURED;
    }

    /** Features the selected voice's quote on the slide, or stops featuring it. */
    public void toggleFeatured(QuoteEntry quote) {
        featuredQuote(quote).ifPresent(f -> {
            if (featured.contains(f)) {
                featured.remove(f);
            } else if (featured.size() < SlideParts.MAX_FEATURED) {
                featured.add(f);
            }
        });
    }

    private Optional<FeaturedQuote> featuredQuote(QuoteEntry quote) {
        return Optional.ofNullable(selectedVoice.get()).map(v -> new FeaturedQuote(v.id(), quote.index()));
    }

    public void commitNote() {
        if (!isNoteEdited()) {
            return;
        }
        String voiceId = noteVoiceId.orElseThrow();
        Optional<Voice> voice = currentProject().flatMap(p -> p.voice(voiceId));
        if (voice.isEmpty()) {
            return;
        }
        String after = note.get();
        // In step from here on, so a second commit before the new project arrives issues nothing.
        storedNote.set(after);
        execute.accept(new EditNoteCommand(voiceId, voice.get().note(), after));
    }

    /** Throws the draft away and shows the note as stored. */
    public void discardNoteEdit() {
        note.set(storedNote.get());
    }

    public void openUrl(String url) {
        urlOpener.accept(url);
    }

    // Keeping the properties in step with the project and the selection

    private Optional<Project> currentProject() {
        return Optional.ofNullable(project.get());
    }

    private static Optional<String> idOf(Voice voice) {
        return Optional.ofNullable(voice).map(Voice::id);
    }

    private void refresh() {
        Optional<Project> current = currentProject();
        Optional<Voice> voice = idOf(selectedVoice.get()).flatMap(id -> current.flatMap(p -> p.voice(id)));
        Spectrum spectrum = current.map(Project::spectrum).orElse(Spectrum.unbanded("", "", ""));
        Optional<RoundUp> roundUp = current.map(Project::roundUp);

        voiceSelected.set(voice.isPresent());
        update(people, voice.map(Voice::people).orElse(List.of()));
        update(tags, voice.map(v -> v.tags().entrySet().stream()
                .map(tag -> new TagEntry(tag.getKey(), tag.getValue())).toList()).orElse(List.of()));
        List<Quote> voiceQuotes = voice.map(Voice::quotes).orElse(List.of());
        Optional<Placement> now = voice.flatMap(Voice::placement);
        placement.set(now.map(p -> entry(p, spectrum, voiceQuotes)));
        List<PlacementEntry> history = new ArrayList<>(voice.map(Voice::placements).orElse(List.of()).stream()
                .map(p -> entry(p, spectrum, voiceQuotes)).toList());
        Collections.reverse(history);
        update(placementHistory, history);
        String rationale = now.map(Placement::rationale).orElse("");
        OptionalInt restsOn = restingQuote(voiceQuotes, rationale);
        List<QuoteEntry> quoteEntries = new ArrayList<>();
        for (int i = 0; i < voiceQuotes.size(); i++) {
            Quote q = voiceQuotes.get(i);
            Optional<SearchQuery.Span> phrase = restsOn.isPresent() && restsOn.getAsInt() == i + 1
                    ? SearchQuery.find(q.text(), rationale) : Optional.empty();
            quoteEntries.add(entry(q, i, roundUp.orElseThrow(), spectrum, phrase));
        }
        update(quotes, quoteEntries);
        followNote(voice);

        roundUpTitle.set(roundUp.map(RoundUp::title).orElse(""));
        roundUpByline.set(roundUp.map(SidePanelViewModel::byline).orElse(""));
        roundUpUrl.set(roundUp.flatMap(RoundUp::url));
        question.set(spectrum.question());
        axisEnds.set(spectrum.leftLabel().isBlank() && spectrum.rightLabel().isBlank() ? ""
                : "0 = " + spectrum.leftLabel() + " · 1 = " + spectrum.rightLabel());
        update(bands, spectrum.bands().stream()
                .map(b -> new BandEntry(b.label(), number(b.from()) + "–" + number(b.to()), b.definition())).toList());
    }

    /** Keeps an unfinished edit of the same voice; otherwise shows the note as stored. */
    private void followNote(Optional<Voice> voice) {
        Optional<String> id = voice.map(Voice::id);
        String stored = voice.map(Voice::note).orElse("");
        boolean keepDraft = id.equals(noteVoiceId) && isNoteEdited();
        noteVoiceId = id;
        storedNote.set(stored);
        if (!keepDraft && !note.get().equals(stored)) {
            note.set(stored);
        }
    }

    /** Replaces the list's content only when it changed, so views keep their nodes (and a reader's selection). */
    private static <T> void update(ObservableList<T> list, List<T> content) {
        if (!list.equals(content)) {
            list.setAll(content);
        }
    }

    private PlacementEntry entry(Placement p, Spectrum spectrum, List<Quote> voiceQuotes) {
        return new PlacementEntry(number(p.position()), spectrum.bandAt(p.position()).map(Band::label).orElse(""),
                p.rationale().strip(), p.placedBy().strip(), CitationText.day(LocalDate.ofInstant(p.placedAt(), zone)),
                p.confidence().isPresent()
                        ? Optional.of(Math.round(p.confidence().getAsDouble() * 100) + "%") : Optional.empty(),
                restingQuote(voiceQuotes, p.rationale()));
    }

    /** The number (from 1) of the first quote that holds {@code rationale} word for word, read as search reads. */
    private static OptionalInt restingQuote(List<Quote> voiceQuotes, String rationale) {
        for (int i = 0; i < voiceQuotes.size(); i++) {
            if (SearchQuery.find(voiceQuotes.get(i).text(), rationale).isPresent()) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    private QuoteEntry entry(Quote q, int index, RoundUp roundUp, Spectrum spectrum, Optional<SearchQuery.Span> restsOn) {
        return new QuoteEntry(q.text(), CitationText.citation(q, roundUp), CitationText.citationWithUrl(q, roundUp),
                roundUp.url(), q.placement().map(p -> entry(p, spectrum, List.of()).summary()), index, restsOn,
                SearchQuery.matches(q.text(), searchText.get()));
    }

    private static String byline(RoundUp roundUp) {
        String authors = CitationText.authors(roundUp);
        List<String> parts = new ArrayList<>();
        if (!authors.isEmpty()) {
            parts.add("By " + authors);
        }
        roundUp.publisher().filter(s -> !s.isBlank()).ifPresent(parts::add);
        roundUp.date().map(CitationText::day).ifPresent(parts::add);
        return String.join(" · ", parts);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
