package org.stancemap.ui.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.roundup.DraftEntry;
import org.stancemap.importer.roundup.DraftQuote;
import org.stancemap.importer.roundup.EntryRole;
import org.stancemap.importer.roundup.FormatReading;
import org.stancemap.importer.roundup.FormatScore;
import org.stancemap.importer.roundup.FrontMatter;
import org.stancemap.importer.roundup.RoundUpDraft;
import org.stancemap.importer.roundup.RoundUpFormat;
import org.stancemap.importer.roundup.RoundUpFormats;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.importer.roundup.SpectrumTemplate;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.model.Citation;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The review of a round-up before it becomes a map: every fix, Undo and Reset, and Create, without a window. */
class RoundUpReviewViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SEED_QUESTION = "How likely is a China-Russia military alliance?";
    private static final Spectrum BUNDLED = BundledMap.load().spectrum();

    private static RoundUpReviewViewModel seedReview() {
        RoundUpImporter importer = new RoundUpImporter();
        return new RoundUpReviewViewModel(importer.draft(SeedText.roundUp(), "seed.txt"), importer.formats(),
                Optional.of(BUNDLED), CLOCK);
    }

    private static List<String> names(DraftEntry entry) {
        return entry.people().stream().map(Person::name).toList();
    }

    private static List<Integer> lines(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void theSeedIsProposedAsItsOwnQuestionOnTheLikelihoodScale() {
        RoundUpReviewViewModel review = seedReview();

        assertThat(review.countsProperty().get()).isEqualTo("51 experts, 112 quotes");
        assertThat(review.getEntries()).hasSize(51);
        assertThat(review.newMap().questionProperty().get()).isEqualTo(SEED_QUESTION);
        assertThat(review.newMap().spectrumChoiceProperty().get()).isEqualTo(SpectrumChoice.LIKELIHOOD);
        assertThat(review.problemProperty().get()).isEmpty();
        assertThat(review.canCreateProperty().get()).isTrue();
        assertThat(review.canUndoProperty().get()).isFalse();
        assertThat(review.draftProperty().get().chosen().format().name()).isEqualTo("cited blocks");
    }

    @Test
    void selectingAnEntryHighlightsItsHeaderQuotesAndTheBlankLinesBetween() {
        RoundUpReviewViewModel review = seedReview();

        review.select(0);
        assertThat(names(review.getEntries().get(0))).containsExactly("Graham T. Allison");
        assertThat(review.entryLinesProperty().get()).containsExactlyElementsOf(lines(28, 36));

        review.selectQuote(1);
        assertThat(review.quoteLinesProperty().get()).containsExactly(32);

        review.select(1);
        assertThat(review.entryLinesProperty().get()).containsExactlyElementsOf(lines(38, 42));
        assertThat(review.quoteLinesProperty().get()).isEmpty();
        assertThat(review.selectedQuoteProperty().get()).isEqualTo(-1);
    }

    @Test
    void clickingASourceLineSelectsTheEntryItBelongsTo() {
        RoundUpReviewViewModel review = seedReview();

        assertThat(review.selectEntryAt(47)).isTrue();
        assertThat(names(review.getEntries().get(review.selectedEntryProperty().get()))).containsExactly("Leon Aron");
        assertThat(review.selectEntryAt(3)).isFalse();
    }

    @Test
    void mergingTwoEntriesMakesOneVoiceWithBothPeopleAndEveryQuoteInSourceOrder() {
        RoundUpReviewViewModel review = seedReview();

        review.merge(1, 0);

        DraftEntry merged = review.getEntries().get(0);
        assertThat(names(merged)).containsExactly("Graham T. Allison", "Jamil Anderlini");
        assertThat(merged.quotes()).extracting(DraftQuote::firstLine).containsExactly(30, 32, 34, 36, 40, 42);
        assertThat(merged.firstLine()).isEqualTo(28);
        assertThat(review.getEntries()).hasSize(50);
        assertThat(names(review.getEntries().get(1))).containsExactly("Leon Aron");
        assertThat(review.selectedEntryProperty().get()).isZero();
        // Anderlini's header line (38) now opens no entry, so it is left out.
        assertThat(review.entryLinesProperty().get()).containsExactly(28, 29, 30, 31, 32, 33, 34, 35, 36, 40, 41, 42);
        assertThat(review.countsProperty().get()).isEqualTo("50 experts, 112 quotes");
    }

    @Test
    void splittingAtAQuoteGivesThatQuoteAndTheRestToTheNewlyTypedPeople() {
        RoundUpReviewViewModel review = seedReview();

        assertThat(review.split(0, 2, "Jane Roe and John Doe, Fellows, Example Institute")).isTrue();

        assertThat(review.getEntries()).hasSize(52);
        DraftEntry head = review.getEntries().get(0);
        DraftEntry tail = review.getEntries().get(1);
        assertThat(names(head)).containsExactly("Graham T. Allison");
        assertThat(head.quotes()).extracting(DraftQuote::firstLine).containsExactly(30, 32);
        assertThat(tail.people()).containsExactly(new Person("Jane Roe", "Fellows, Example Institute"),
                new Person("John Doe", "Fellows, Example Institute"));
        assertThat(tail.quotes()).extracting(DraftQuote::firstLine).containsExactly(34, 36);
        assertThat(tail.firstLine()).isEqualTo(34);
        assertThat(tail.role()).isEqualTo(EntryRole.EXPERT);
        assertThat(review.selectedEntryProperty().get()).isEqualTo(1);
        assertThat(review.countsProperty().get()).isEqualTo("52 experts, 112 quotes");
    }

    @Test
    void aSplitNeedsSomeoneNamedAndAQuoteAfterTheFirst() {
        RoundUpReviewViewModel review = seedReview();

        assertThat(review.split(0, 2, "   ")).isFalse();
        assertThat(review.split(0, 0, "Jane Roe")).isFalse();
        assertThat(review.split(1, 2, "Jane Roe")).isFalse();
        assertThat(review.getEntries()).hasSize(51);
        assertThat(review.canUndoProperty().get()).isFalse();

        assertThat(review.split(0, 3, "Jane Roe")).isTrue();
        assertThat(review.getEntries().get(1).people()).containsExactly(new Person("Jane Roe", ""));
    }

    @Test
    void movingAQuoteGivesItToTheOtherEntryInSourceOrder() {
        RoundUpReviewViewModel review = seedReview();

        review.moveQuote(2, 0, 1);

        assertThat(review.getEntries().get(2).quotes()).extracting(DraftQuote::firstLine).containsExactly(48, 50);
        assertThat(review.getEntries().get(1).quotes()).extracting(DraftQuote::firstLine).containsExactly(40, 42, 46);
        assertThat(review.selectedEntryProperty().get()).isEqualTo(2);
        assertThat(review.countsProperty().get()).isEqualTo("51 experts, 112 quotes");
    }

    @Test
    void anEntryLeftWithoutQuotesIsNoLongerAVoice() {
        RoundUpReviewViewModel review = seedReview();

        review.moveQuote(1, 0, 0);
        review.moveQuote(1, 0, 0);

        assertThat(review.getEntries().get(1).quotes()).isEmpty();
        assertThat(review.getEntries().get(0).quotes()).hasSize(6);
        assertThat(review.countsProperty().get()).isEqualTo("50 experts, 112 quotes");
    }

    @Test
    void markingAnEntryNotAnExpertTakesItOffTheMapAndBack() {
        RoundUpReviewViewModel review = seedReview();

        review.setNotAnExpert(1, true);
        assertThat(review.getEntries().get(1).role()).isEqualTo(EntryRole.NOT_AN_EXPERT);
        assertThat(review.countsProperty().get()).isEqualTo("50 experts, 110 quotes");
        assertThat(review.expertCountProperty().get()).isEqualTo(50);

        review.setNotAnExpert(1, false);
        assertThat(review.getEntries().get(1).role()).isEqualTo(EntryRole.EXPERT);
        assertThat(review.countsProperty().get()).isEqualTo("51 experts, 112 quotes");
    }

    @Test
    void choosingTheModeratorMarksEveryTurnOfTheirsAndFreesTheOneChosenBefore() {
        RoundUpReviewViewModel review = transcriptReview();

        review.setModerator(0, true);
        assertThat(review.getEntries()).extracting(DraftEntry::role).containsExactly(
                EntryRole.MODERATOR, EntryRole.EXPERT, EntryRole.MODERATOR, EntryRole.EXPERT);
        assertThat(review.countsProperty().get()).isEqualTo("2 experts, 2 quotes");

        review.setModerator(1, true);
        assertThat(review.getEntries()).extracting(DraftEntry::role).containsExactly(
                EntryRole.EXPERT, EntryRole.MODERATOR, EntryRole.EXPERT, EntryRole.EXPERT);

        review.setModerator(1, false);
        assertThat(review.getEntries()).extracting(DraftEntry::role).containsOnly(EntryRole.EXPERT);
        assertThat(review.countsProperty().get()).isEqualTo("4 experts, 4 quotes");
    }

    @Test
    void editingAPersonRenamesChangesTheRoleAddsAndRemoves() {
        RoundUpReviewViewModel review = seedReview();

        review.editPerson(0, 0, "Graham Allison", "Professor, Harvard");
        assertThat(review.getEntries().get(0).people()).containsExactly(new Person("Graham Allison", "Professor, Harvard"));

        review.editPerson(0, 1, " Jane Roe ", "Fellow");
        assertThat(review.getEntries().get(0).people()).extracting(Person::name)
                .containsExactly("Graham Allison", "Jane Roe");

        review.editPerson(0, 0, "", "");
        assertThat(review.getEntries().get(0).people()).containsExactly(new Person("Jane Roe", "Fellow"));
        assertThat(review.getEntries().get(0).quotes()).hasSize(4);
    }

    @Test
    void aFixThatChangesNothingIsNothingToUndo() {
        RoundUpReviewViewModel review = seedReview();
        Person allison = review.getEntries().get(0).people().get(0);

        review.editPerson(0, 0, allison.name(), allison.role());
        review.editPerson(0, 1, "", "");
        review.setNotAnExpert(0, false);
        review.acceptDoubt(0);
        review.moveQuote(0, 0, 0);

        assertThat(review.canUndoProperty().get()).isFalse();
    }

    @Test
    void acceptingADoubtClearsItAndItsWarning() {
        RoundUpReviewViewModel review = transcriptReview();
        assertThat(review.getEntries().get(3).doubt()).isPresent();

        review.acceptDoubt(3);

        assertThat(review.getEntries().get(3).doubt()).isEmpty();
        Project created = review.create().orElseThrow();
        assertThat(created.roundUp().imported().orElseThrow().warnings()).isEmpty();
    }

    @Test
    void undoTakesBackOneFixAtATimeAndResetTakesBackAll() {
        RoundUpReviewViewModel review = seedReview();
        List<DraftEntry> asRead = List.copyOf(review.getEntries());

        review.merge(0, 1);
        review.setNotAnExpert(3, true);
        review.editPerson(5, 0, "Someone Else", "");

        review.undo();
        assertThat(review.getEntries().get(5).people().get(0).name()).isNotEqualTo("Someone Else");
        assertThat(review.getEntries().get(3).role()).isEqualTo(EntryRole.NOT_AN_EXPERT);
        assertThat(review.selectedEntryProperty().get()).isEqualTo(3);

        review.reset();
        assertThat(review.getEntries()).isEqualTo(asRead);
        assertThat(review.countsProperty().get()).isEqualTo("51 experts, 112 quotes");

        review.undo();
        assertThat(review.getEntries()).hasSize(50);
        review.undo();
        review.undo();
        assertThat(review.getEntries()).isEqualTo(asRead);
        assertThat(review.canUndoProperty().get()).isFalse();
    }

    @Test
    void createBuildsTheReviewedEntriesOnTheLikelihoodScaleWithTheTypedQuestion() {
        RoundUpReviewViewModel review = seedReview();
        review.setNotAnExpert(1, true);
        review.newMap().questionProperty().set("  Will China and Russia sign a treaty?  ");

        Project created = review.create().orElseThrow();

        assertThat(created.voices()).hasSize(50);
        assertThat(created.voices()).extracting(Voice::id).doesNotContain("jamil-anderlini");
        assertThat(created.voices().stream().mapToInt(v -> v.quotes().size()).sum()).isEqualTo(110);
        assertThat(created.spectrum()).isEqualTo(SpectrumTemplate.LIKELIHOOD.spectrum("Will China and Russia sign a treaty?"));
        assertThat(created.roundUp().title()).isEqualTo("Expert Round-Up: How Likely Is a China-Russia Military Alliance?");
        assertThat(created.roundUp().imported().orElseThrow().format()).isEqualTo("cited blocks");
    }

    @Test
    void createOnTheAgreementScale() {
        RoundUpReviewViewModel review = seedReview();
        review.newMap().spectrumChoiceProperty().set(SpectrumChoice.AGREEMENT);

        assertThat(review.create().orElseThrow().spectrum()).isEqualTo(SpectrumTemplate.AGREEMENT.spectrum(SEED_QUESTION));
    }

    @Test
    void aCustomAxisNeedsBothEndsNamed() {
        RoundUpReviewViewModel review = seedReview();
        review.newMap().spectrumChoiceProperty().set(SpectrumChoice.CUSTOM);
        review.newMap().leftLabelProperty().set("No alliance");

        assertThat(review.problemProperty().get()).isEqualTo("Name both ends of the custom axis.");
        assertThat(review.canCreateProperty().get()).isFalse();
        assertThat(review.create()).isEmpty();

        review.newMap().rightLabelProperty().set(" Formal alliance ");
        assertThat(review.create().orElseThrow().spectrum())
                .isEqualTo(Spectrum.unbanded(SEED_QUESTION, "No alliance", "Formal alliance"));
    }

    @Test
    void reusingTheOpenMapsSpectrumShowsItsQuestionAndTakesItsBands() {
        RoundUpReviewViewModel review = seedReview();
        review.newMap().questionProperty().set("How close are China and Russia?");

        review.newMap().spectrumChoiceProperty().set(SpectrumChoice.CURRENT_MAP);
        assertThat(review.newMap().questionProperty().get()).isEqualTo("How close are China and Russia?");
        Project created = review.create().orElseThrow();
        assertThat(created.spectrum().question()).isEqualTo("How close are China and Russia?");
        assertThat(created.spectrum().bands()).isEqualTo(BUNDLED.bands());
        assertThat(created.spectrum().leftLabel()).isEqualTo(BUNDLED.leftLabel());
        assertThat(created.spectrum().rightLabel()).isEqualTo(BUNDLED.rightLabel());
    }

    @Test
    void choosingTheOpenMapsSpectrumPutsItsQuestionInTheFieldUntilAnotherIsChosen() {
        RoundUpReviewViewModel review = proposalReview("Will the treaty hold?");
        Spectrum other = SpectrumTemplate.custom("Is the moon made of cheese?", "No", "Yes");
        review = new RoundUpReviewViewModel(review.draftProperty().get(), RoundUpFormats.standard(),
                Optional.of(other), CLOCK);

        review.newMap().spectrumChoiceProperty().set(SpectrumChoice.CURRENT_MAP);
        assertThat(review.newMap().questionProperty().get()).isEqualTo("Is the moon made of cheese?");
        assertThat(review.create().orElseThrow().spectrum()).isEqualTo(other);

        review.newMap().spectrumChoiceProperty().set(SpectrumChoice.LIKELIHOOD);
        assertThat(review.newMap().questionProperty().get()).isEqualTo("Will the treaty hold?");
    }

    @Test
    void withoutAnOpenMapThereIsNoSpectrumToReuse() {
        RoundUpImporter importer = new RoundUpImporter();
        RoundUpReviewViewModel review = new RoundUpReviewViewModel(importer.draft(SeedText.roundUp(), "seed.txt"),
                importer.formats(), Optional.empty(), CLOCK);

        review.newMap().spectrumChoiceProperty().set(SpectrumChoice.CURRENT_MAP);

        assertThat(review.problemProperty().get()).isEqualTo("No map is open whose spectrum could be reused.");
        assertThat(review.create()).isEmpty();
    }

    @Test
    void aBlankQuestionIsAskedFor() {
        RoundUpReviewViewModel review = seedReview();

        review.newMap().questionProperty().set("   ");

        assertThat(review.problemProperty().get()).isEqualTo("Type the question the map asks.");
        assertThat(review.create()).isEmpty();
    }

    @Test
    void whenNoVoiceWasReadTheProblemNamesTheShapesTriedAndNothingCanBeCreated() {
        RoundUpImporter importer = new RoundUpImporter();
        RoundUpReviewViewModel review = new RoundUpReviewViewModel(
                importer.draft("Just a line of text.\n\nAnd another one.", "notes.txt"), importer.formats(),
                Optional.of(BUNDLED), CLOCK);

        assertThat(review.problemProperty().get()).isEqualTo(importer.nothingFound());
        assertThat(review.countsProperty().get()).isEqualTo("0 experts, 0 quotes");
        assertThat(review.canCreateProperty().get()).isFalse();
        assertThat(review.create()).isEmpty();
    }

    @Test
    void whenEveryEntryIsMarkedOffTheMapTheProblemSaysSo() {
        RoundUpReviewViewModel review = transcriptReview();
        for (int i = 0; i < review.getEntries().size(); i++) {
            review.setNotAnExpert(i, true);
        }

        assertThat(review.problemProperty().get()).isEqualTo(RoundUpReviewViewModel.NO_EXPERT_LEFT);
        assertThat(review.create()).isEmpty();
    }

    @Test
    void readingAsAnotherFormatReplacesTheEntriesAndUndoBringsThemBack() {
        RoundUpFormat everyLine = new EveryParagraphFormat();
        RoundUpImporter importer = new RoundUpImporter(
                new RoundUpFormats(List.of(RoundUpFormats.standard().formats().get(0), everyLine)), CLOCK);
        RoundUpReviewViewModel review = new RoundUpReviewViewModel(importer.draft(SeedText.roundUp(), "seed.txt"),
                importer.formats(), Optional.of(BUNDLED), CLOCK);
        review.setNotAnExpert(0, true);

        review.readAs(everyLine);
        assertThat(review.draftProperty().get().chosen().format()).isSameAs(everyLine);
        assertThat(review.getEntries()).allSatisfy(e -> assertThat(e.role()).isEqualTo(EntryRole.NOT_AN_EXPERT));
        assertThat(review.problemProperty().get()).isEqualTo(RoundUpReviewViewModel.NO_EXPERT_LEFT);

        review.undo();
        assertThat(review.draftProperty().get().chosen().format().name()).isEqualTo("cited blocks");
        assertThat(review.getEntries().get(0).role()).isEqualTo(EntryRole.NOT_AN_EXPERT);
        assertThat(review.countsProperty().get()).isEqualTo("50 experts, 108 quotes");
    }

    /** A made-up transcript: the host asks twice, two guests answer; the second guest's entry is in doubt. */
    private static RoundUpReviewViewModel transcriptReview() {
        Person host = new Person("Ann Host", "Moderator");
        Person guest = new Person("Ben Guest", "Analyst");
        Person other = new Person("Cai Other", "Professor");
        List<DraftEntry> entries = List.of(
                DraftEntry.expert(List.of(host), 1, List.of(quote("What do you make of it?", 2))),
                DraftEntry.expert(List.of(guest), 3, List.of(quote("It will not last.", 4))),
                DraftEntry.expert(List.of(host), 5, List.of(quote("And you?", 6))),
                DraftEntry.expert(List.of(other), 7, List.of(quote("It may.", 8)))
                        .withDoubt("The speaker's label is on the same line as the answer."));
        return review(entries, "");
    }

    private static RoundUpReviewViewModel proposalReview(String proposition) {
        return review(List.of(DraftEntry.expert(List.of(new Person("Ben Guest", "")), 1,
                List.of(quote("Yes.", 2)))), proposition);
    }

    private static RoundUpReviewViewModel review(List<DraftEntry> entries, String proposition) {
        String text = String.join("\n", IntStream.rangeClosed(1, 8).mapToObj(i -> "line " + i).toList());
        SourceDocument source = SourceDocument.plainText("transcript.txt", text);
        RoundUpFormat format = RoundUpFormats.standard().formats().get(0);
        FormatScore score = new FormatScore(format, 0.5);
        FormatReading reading = new FormatReading(new FrontMatter("A Talk", Optional.empty(), List.of(),
                Optional.empty(), List.of()), entries, proposition.isEmpty() ? Optional.empty() : Optional.of(proposition),
                SpectrumTemplate.AGREEMENT, List.of());
        return new RoundUpReviewViewModel(new RoundUpDraft(source, score, List.of(score), reading),
                RoundUpFormats.standard(), Optional.of(BUNDLED), CLOCK);
    }

    private static DraftQuote quote(String text, int line) {
        return new DraftQuote(text, Citation.unstated(), line, line);
    }

    /** A format that reads every paragraph as an entry that is not an expert's, to have a second reading. */
    private static final class EveryParagraphFormat implements RoundUpFormat {
        @Override
        public String name() {
            return "every paragraph";
        }

        @Override
        public String shape() {
            return "any text";
        }

        @Override
        public double recognise(SourceDocument document) {
            return 0.01;
        }

        @Override
        public FormatReading read(SourceDocument document) {
            List<DraftEntry> entries = document.paragraphs().stream()
                    .map(p -> DraftEntry.expert(List.of(), p.firstLine(), List.of(quote(p.text(), p.firstLine())))
                            .withRole(EntryRole.NOT_AN_EXPERT))
                    .toList();
            return new FormatReading(new FrontMatter("", Optional.empty(), List.of(), Optional.empty(), List.of()),
                    entries, Optional.empty(), SpectrumTemplate.CUSTOM, List.of());
        }
    }
}
