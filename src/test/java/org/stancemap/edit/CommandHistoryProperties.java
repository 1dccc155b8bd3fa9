package org.stancemap.edit;

import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

import static org.assertj.core.api.Assertions.assertThat;

/** Any mix of moves, edits, undos and redos leaves the project equal to replaying the commands still in effect. */
class CommandHistoryProperties {

    /** One step a user can take: a kind and the arguments it needs. */
    record Step(int kind, int voice, double position, String text) {
    }

    @Property
    void projectEqualsReplayOfTheCommandsInEffect(@ForAll("steps") List<Step> steps) {
        Project original = SmallProjects.threeVoices();
        CommandHistory history = new CommandHistory(original);

        for (Step step : steps) {
            Voice voice = history.project().voices().get(step.voice());
            switch (step.kind()) {
                case 0 -> history.execute(MoveVoiceCommand.of(history.project(), voice,
                        SmallProjects.at(step.position(), "analyst")));
                case 1 -> history.execute(new EditNoteCommand(voice.id(), voice.note(), step.text()));
                case 2 -> history.execute(new RetagCommand(voice.id(), "role",
                        Optional.ofNullable(voice.tags().get("role")), Optional.of(step.text())));
                case 3 -> history.undo();
                default -> history.redo();
            }
        }

        Project replayed = original;
        for (Command command : history.commandsInEffect()) {
            replayed = command.execute(replayed);
        }
        assertThat(history.project()).isEqualTo(replayed);

        while (history.canUndo()) {
            history.undo();
        }
        assertThat(history.project()).isEqualTo(original);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0.0, 1.0),
                Arbitraries.strings().ofMaxLength(12)).as(Step::new);
        return step.list().ofMaxSize(40);
    }
}
