package org.stancemap.edit;

import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancemap.edit.SmallProjects.at;

class CommandHistoryTest {

    private final Project original = SmallProjects.threeVoices();
    private final CommandHistory history = new CommandHistory(original);

    private Voice voice(String id) {
        return history.project().voice(id).orElseThrow();
    }

    @Test
    void moveAppendsAPlacementAndKeepsTheOldOnes() {
        history.execute(MoveVoiceCommand.of(history.project(), voice("bo-berg"), at(0.7, "analyst")));

        assertThat(voice("bo-berg").placement().orElseThrow().position()).isEqualTo(0.7);
        assertThat(voice("bo-berg").placements()).extracting(p -> p.position()).containsExactly(0.4, 0.7);
    }

    @Test
    void moveIsDescribedByTheBandItLandsIn() {
        MoveVoiceCommand move = MoveVoiceCommand.of(original, original.voice("bo-berg").orElseThrow(), at(0.7, "a"));

        assertThat(move.description()).isEqualTo("Move Bo Berg to High");
    }

    @Test
    void undoAndRedoRestoreExactly() {
        history.execute(MoveVoiceCommand.of(history.project(), voice("bo-berg"), at(0.7, "analyst")));
        Project afterMove = history.project();
        history.execute(new EditNoteCommand("cy-cole", "", "Check the 2017 quote."));

        history.undo();
        assertThat(history.project()).isEqualTo(afterMove);
        history.undo();
        assertThat(history.project()).isEqualTo(original);
        assertThat(history.canUndo()).isFalse();

        history.redo();
        history.redo();
        assertThat(voice("cy-cole").note()).isEqualTo("Check the 2017 quote.");
        assertThat(voice("bo-berg").placement().orElseThrow().position()).isEqualTo(0.7);
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void aNewCommandAfterUndoDropsTheRedoBranch() {
        history.execute(new EditNoteCommand("ann-ames", "", "first"));
        history.undo();
        history.execute(new EditNoteCommand("ann-ames", "", "second"));

        assertThat(history.canRedo()).isFalse();
        assertThat(voice("ann-ames").note()).isEqualTo("second");
    }

    private void nudge(String id, double position, int secondsAfterT0) {
        history.execute(MoveVoiceCommand.of(history.project(), voice(id), new Placement(position, "", OptionalDouble.empty(),
                "analyst", SmallProjects.T0.plusSeconds(secondsAfterT0))));
    }

    @Test
    void aBurstOfNudgesOfOneVoiceIsOneHistoryEntryThatUndoesToWhereItStarted() {
        for (int i = 1; i <= 10; i++) {
            nudge("bo-berg", 0.4 + i * 0.01, i);
        }

        assertThat(history.commandsInEffect()).hasSize(1);
        assertThat(voice("bo-berg").placements()).extracting(Placement::position).containsExactly(0.4, 0.5);
        assertThat(history.undoDescription()).contains("Move Bo Berg to High");
        history.undo();
        assertThat(history.project()).isEqualTo(original);
        assertThat(history.canUndo()).isFalse();
        history.redo();
        assertThat(voice("bo-berg").placement().orElseThrow().position()).isEqualTo(0.5);
    }

    @Test
    void aPauseAnotherVoiceOrASaveEndsTheBurst() {
        nudge("bo-berg", 0.41, 0);
        nudge("bo-berg", 0.42, 3); // more than BURST later
        nudge("ann-ames", 0.2, 4);
        nudge("bo-berg", 0.43, 5); // another voice came between
        history.markSaved();
        nudge("bo-berg", 0.44, 6); // the saved state must stay reachable by undo

        assertThat(history.commandsInEffect()).hasSize(5);
        history.undo();
        assertThat(history.hasUnsavedChanges()).isFalse();
    }

    @Test
    void unsavedFlagFollowsTheSavedPointThroughUndoAndRedo() {
        assertThat(history.hasUnsavedChanges()).isFalse();
        history.execute(new EditNoteCommand("ann-ames", "", "x"));
        assertThat(history.hasUnsavedChanges()).isTrue();
        history.markSaved();
        assertThat(history.hasUnsavedChanges()).isFalse();
        history.undo();
        assertThat(history.hasUnsavedChanges()).isTrue();
        history.redo();
        assertThat(history.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aProjectMarkedUnsavedStaysUnsavedThroughUndoUntilSaved() {
        history.markUnsaved();
        assertThat(history.hasUnsavedChanges()).isTrue();
        history.execute(new EditNoteCommand("ann-ames", "", "x"));
        history.undo();
        assertThat(history.hasUnsavedChanges()).isTrue();
        history.markSaved();
        assertThat(history.hasUnsavedChanges()).isFalse();
    }

    @Test
    void savedStateOnADiscardedRedoBranchCanNeverBeReachedAgain() {
        history.execute(new EditNoteCommand("ann-ames", "", "x"));
        history.markSaved();
        history.undo();
        history.execute(new EditNoteCommand("ann-ames", "", "y"));
        history.undo();

        assertThat(history.project()).isEqualTo(original);
        assertThat(history.hasUnsavedChanges()).isTrue();
    }

    @Test
    void retagSetsChangesAndRemovesAndUndoes() {
        history.execute(new RetagCommand("ann-ames", "role", Optional.empty(), Optional.of("official")));
        history.execute(new RetagCommand("ann-ames", "region", Optional.of("Western"), Optional.empty()));

        assertThat(voice("ann-ames").tags()).containsExactly(java.util.Map.entry("role", "official"));
        history.undo();
        history.undo();
        assertThat(voice("ann-ames").tags()).isEqualTo(original.voice("ann-ames").orElseThrow().tags());
    }

    @Test
    void compoundUndoesAsOne() {
        Voice bo = voice("bo-berg");
        history.execute(new CompoundCommand("Move with a reason", java.util.List.of(
                MoveVoiceCommand.of(history.project(), bo, at(0.2, "analyst")),
                new EditNoteCommand("bo-berg", "", "Reads as skeptical."))));

        assertThat(history.undoDescription()).contains("Move with a reason");
        history.undo();
        assertThat(history.project()).isEqualTo(original);
    }

    @Test
    void listenersHearEveryChange() {
        java.util.List<Project> heard = new java.util.ArrayList<>();
        history.addListener(heard::add);

        history.execute(new EditNoteCommand("ann-ames", "", "x"));
        history.undo();
        history.redo();
        history.markSaved();

        assertThat(heard).hasSize(4);
        assertThat(heard.get(3)).isSameAs(history.project());
    }
}
