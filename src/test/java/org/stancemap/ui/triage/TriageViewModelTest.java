package org.stancemap.ui.triage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;
import org.stancemap.store.ProjectStore;
import org.stancemap.store.RecoveryStore;
import org.stancemap.ui.project.ProjectViewModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Triage without a window: the queue, band keys, steps, word selection, placing, skipping and undo. */
class TriageViewModelTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path dir;

    private ProjectViewModel project;
    private TriageViewModel triage;

    /** The bundled map with every expert back in the tray, as a fresh import leaves it. */
    static Project unplacedBundledMap() {
        Project bundled = BundledMap.load();
        return new Project(bundled.roundUp(), bundled.spectrum(),
                bundled.voices().stream().map(v -> v.withPlacements(List.of())).toList());
    }

    @BeforeEach
    void openUnplacedMap() {
        project = new ProjectViewModel(new ProjectStore(), new RecoveryStore(dir), Clock.fixed(NOW, ZoneOffset.UTC),
                Runnable::run, Runnable::run);
        project.open(unplacedBundledMap(), Optional.empty(), "new map", true);
        triage = new TriageViewModel(project.projectProperty(),
                (voice, position, reason) -> project.move(voice, position, reason, "Ana Lyst"), false);
    }

    private Voice current() {
        return triage.currentProperty().get().orElseThrow();
    }

    @Test
    void startsWithTheFirstUnplacedExpertAndNoPosition() {
        assertThat(current().id()).isEqualTo(project.getProject().voices().get(0).id());
        assertThat(triage.positionProperty().get()).isEmpty();
        assertThat(triage.progressProperty().get()).isEqualTo("Expert 1 of 51 · 0 placed · 0 skipped");
    }

    @Test
    void aBandKeyPutsTheExpertAtTheBandsCentreAndArrowsRefineByOneStep() {
        triage.chooseBand(1);
        assertThat(triage.positionProperty().get().getAsDouble()).isEqualTo(0.3);
        assertThat(triage.positionTextProperty().get()).isEqualTo("0.30 · Partnership with limits");

        triage.nudge(-11);
        assertThat(triage.positionProperty().get().getAsDouble()).isCloseTo(0.19, within(1e-9));
        assertThat(triage.bandIndexProperty().get()).isZero();

        triage.nudge(-100);
        assertThat(triage.positionProperty().get().getAsDouble()).isZero();
    }

    @Test
    void enterPlacesOnceWithTheSelectedWordsAndWhoAndWhenThenShowsTheNext() {
        Voice first = current();
        triage.chooseBand(0);
        triage.extendSelection(1);
        triage.extendSelection(1);
        String rationale = triage.rationaleProperty().get();
        triage.place();

        Voice placed = project.getProject().voice(first.id()).orElseThrow();
        assertThat(placed.placements()).hasSize(1);
        Placement placement = placed.placements().get(0);
        assertThat(placement.position()).isEqualTo(0.1);
        assertThat(placement.rationale()).isEqualTo(rationale).isNotBlank();
        assertThat(first.quotes().get(0).text()).contains(rationale);
        assertThat(placement.placedBy()).isEqualTo("Ana Lyst");
        assertThat(placement.placedAt()).isEqualTo(NOW);
        assertThat(current().id()).isEqualTo(project.getProject().voices().get(1).id());
        assertThat(triage.positionProperty().get()).isEmpty();
        assertThat(triage.rationaleProperty().get()).isEmpty();

        project.undo();
        assertThat(project.getProject().voice(first.id()).orElseThrow().placements()).isEmpty();
        assertThat(project.canUndoProperty().get()).isFalse();
    }

    @Test
    void enterWithoutABandSaysWhatIsMissingAndPlacesNothing() {
        triage.place();

        assertThat(triage.messageProperty().get()).isEqualTo("Choose a band first: press 1–5.");
        assertThat(project.canUndoProperty().get()).isFalse();
    }

    @Test
    void aRequiredReasonWaitsForASelection() {
        triage = new TriageViewModel(project.projectProperty(),
                (voice, position, reason) -> project.move(voice, position, reason, "Ana Lyst"), true);
        triage.chooseBand(2);
        triage.place();

        assertThat(triage.messageProperty().get()).startsWith("Select the words");
        assertThat(project.canUndoProperty().get()).isFalse();
    }

    @Test
    void theCursorStartsOnTheFirstStanceWordAndSelectionGrowsAndShrinksByWords() {
        String quote = "The two will never form an alliance, perhaps a partnership.";
        Project one = new Project(project.getProject().roundUp(), project.getProject().spectrum(),
                List.of(project.getProject().voices().get(0).withQuotes(List.of(
                        new Quote(quote, project.getProject().voices().get(0).quotes().get(0).citation())))));
        project.open(one, Optional.empty(), "one", true);
        triage = new TriageViewModel(project.projectProperty(), (v, p, r) -> { }, false);

        assertThat(span(triage.cursorProperty().get())).isEqualTo("will");
        triage.moveCursor(1);
        assertThat(span(triage.cursorProperty().get())).isEqualTo("never");
        triage.extendSelection(1);
        assertThat(triage.rationaleProperty().get()).isEqualTo("never");
        triage.extendSelection(1);
        triage.extendSelection(1);
        assertThat(triage.rationaleProperty().get()).isEqualTo("never form an");
        triage.extendSelection(-1);
        triage.extendSelection(-1);
        triage.extendSelection(-1);
        assertThat(triage.rationaleProperty().get()).isEqualTo("will never");

        triage.selectText(0, quote.indexOf("erhaps"), quote.indexOf("rship"));
        assertThat(triage.rationaleProperty().get()).isEqualTo("perhaps a partnership");
    }

    @Test
    void skippingLeavesTheExpertUnplacedAndTheLastOneFinishes() {
        int experts = project.getProject().voices().size();
        for (int i = 0; i < experts; i++) {
            triage.skip();
        }

        assertThat(triage.finishedProperty().get()).isTrue();
        assertThat(triage.currentProperty().get()).isEmpty();
        assertThat(triage.progressProperty().get()).isEqualTo("Done: 0 placed, 51 skipped (still in the Unplaced tray).");
        assertThat(project.getProject().voices()).allMatch(v -> v.placement().isEmpty());
    }

    @Test
    void anotherProjectOpenedMidwayEndsTriage() {
        Project other = project.getProject();
        project.open(new Project(other.roundUp(), other.spectrum(), List.of(other.voices().get(5))), Optional.empty(),
                "other", false);

        assertThat(triage.currentProperty().get()).isEmpty();
        assertThat(triage.finishedProperty().get()).isTrue();
    }

    private String span(Optional<QuoteSpan> span) {
        QuoteSpan s = span.orElseThrow();
        return current().quotes().get(s.quote()).text().substring(s.start(), s.end());
    }
}
