package org.stancemap.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.stancemap.edit.CommandHistory;
import org.stancemap.edit.MoveVoiceCommand;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.render.SlideRows;
import org.stancemap.store.ProjectLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One move, as the window's drag would make it, saved atomically: for scripts and batch reclassification. Moves run
 * at once on one project follow each other, so each one reported done is in the file.
 */
@Command(name = "move", mixinStandardHelpOptions = true,
        versionProvider = StanceMapCommand.Version.class, description = "Move one voice to a new position and save the project.")
final class MoveCommand implements Callable<Integer> {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    Path projectFile;

    @Parameters(index = "1", paramLabel = "VOICE_ID", description = "The voice's id, as 'inspect' lists it.")
    String voiceId;

    @Parameters(index = "2", paramLabel = "POSITION", description = "The new position, from 0 (left) to 1 (right).")
    String positionText;

    @Option(names = "--reason", defaultValue = "", description = "Why the voice moves; kept with the placement.")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "Who places it (default: your user name).")
    String by;

    /**
     * Decimal notation only: Java's own parser would take {@code 0x1p-1} or {@code 5e-1}, which no analyst means.
     * Adding zero turns {@code -0} into {@code 0}, so the file never holds {@code -0.0}.
     */
    private double position() {
        if (!DECIMAL.matcher(positionText).matches()
                || !Placement.isValidPosition(Double.parseDouble(positionText))) {
            throw new UserError("POSITION must be a number from 0 to 1 such as 0.65, got " + positionText);
        }
        return Double.parseDouble(positionText) + 0.0;
    }

    @Override
    public Integer call() {
        double position = position();
        String placedBy = by != null ? by : System.getProperty("user.name", "analyst");
        // A bad file or id is refused before the lock is taken, so that it leaves the folder as it was.
        voiceIn(Inputs.loadProject(projectFile));
        MoveVoiceCommand move;
        // Load, change and save under the file's lock: a move made by someone else at the same moment waits for
        // this one to be saved, then reads and keeps it, instead of both reading the same file and one being lost.
        try (ProjectLock unused = Inputs.lock(projectFile)) {
            Project project = Inputs.loadProject(projectFile);
            Voice voice = voiceIn(project);
            Placement placement = new Placement(position, reason, OptionalDouble.empty(), placedBy,
                    Clock.systemUTC().instant());

            CommandHistory history = new CommandHistory(project);
            move = MoveVoiceCommand.of(project, voice, placement, SlideRows.afterMove(project, voice.id(), placement));
            history.execute(move);
            Inputs.save(history.project(), projectFile);
        }

        spec.commandLine().getOut().printf("%s (%s).%n", TerminalText.shown(move.description()),
                Inputs.formatPosition(position));
        spec.commandLine().getOut().flush();
        return StanceMapCommand.OK;
    }

    private Voice voiceIn(Project project) {
        return project.voice(voiceId).orElseThrow(() -> new UserError(
                "No voice has the id '" + voiceId + "' in " + projectFile + "; run 'stancemap inspect "
                        + projectFile + "' to list the ids"));
    }
}
