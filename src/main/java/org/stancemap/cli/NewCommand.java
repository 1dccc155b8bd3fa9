package org.stancemap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.stancemap.importer.ImportResult;
import org.stancemap.importer.roundup.RoundUpDraft;
import org.stancemap.importer.roundup.SpectrumTemplate;
import org.stancemap.model.Project;
import org.stancemap.model.Spectrum;
import org.stancemap.render.SlideRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Starts a project from a round-up of any shape StanceMap reads. The question and spectrum are proposed from the
 * text (a vote panel's proposition on the agreement scale, a title's question on the likelihood scale) and said
 * out loud; the options override them, and a spectrum taken from another project says so.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        versionProvider = StanceMapCommand.Version.class, description = {
        "Create a project from a round-up (plain text, Markdown or a saved web page).",
        "Voices start unplaced, except where the experts stated their own stance (vote panels)."})
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ROUNDUP", description = "The round-up: a text, Markdown or HTML file.")
    Path roundUp;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.stancemap.json",
            description = "Where to write the new project.")
    Path output;

    @Option(names = "--format", paramLabel = "NAME",
            description = "Read ROUNDUP as this shape (e.g. \"cited blocks\", \"vote panel\") instead of the most likely one.")
    String format;

    @Option(names = "--question", paramLabel = "TEXT", description = "The map's question (default: proposed from the title or proposition).")
    String question;

    @Option(names = "--spectrum", paramLabel = "TEMPLATE",
            description = "likelihood, agreement or custom (default: the one the round-up's shape suggests).")
    String template;

    @Option(names = "--left", paramLabel = "LABEL", description = "With --spectrum custom: what the axis' left end means.")
    String left;

    @Option(names = "--right", paramLabel = "LABEL", description = "With --spectrum custom: what the axis' right end means.")
    String right;

    @Option(names = "--spectrum-from", paramLabel = "PROJECT",
            description = "Take the question, axis labels and bands from this project instead.")
    Path spectrumFrom;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Override
    public Integer call() {
        if (Files.exists(output) && !force) {
            throw new UserError(output + " already exists; choose another name or pass --force to overwrite it.");
        }
        RoundUpDraft draft = Inputs.readRoundUp(roundUp, Inputs.readText(roundUp), Optional.ofNullable(format));
        ImportResult<Project> imported = Inputs.proposedProject(draft);
        Spectrum spectrum = spectrum(draft);
        Project unpacked = imported.value().withSpectrum(spectrum);
        // A new map keeps its rows from the start, with a spare one, so that its first moves move nothing else.
        Project project = unpacked.withChipRows(SlideRows.tidy(unpacked));
        Inputs.save(project, output);

        var out = spec.commandLine().getOut();
        long placed = project.voices().stream().filter(v -> v.placement().isPresent()).count();
        out.printf("Read %s as %s: %d voices, %d quotes.%n", TerminalText.shown(Inputs.nameOf(roundUp)), draft.chosen(),
                project.voices().size(), project.voices().stream().mapToInt(v -> v.quotes().size()).sum());
        out.printf("Question: %s%n", TerminalText.shown(spectrum.question()));
        out.printf("Spectrum: %s%n", TerminalText.shown(spectrumFrom != null ? "taken from " + spectrumFrom
                : describe(spectrum, chosenTemplate(draft))));
        out.printf("Created %s: %s.%n", TerminalText.shown(output.toString()), placed == 0 ? "none placed yet"
                : placed + " placed where the experts stated their stance");
        out.flush();
        Inputs.printWarnings(spec.commandLine().getErr(), roundUp, imported.warnings());
        return StanceMapCommand.OK;
    }

    private Spectrum spectrum(RoundUpDraft draft) {
        if (spectrumFrom != null) {
            if (question != null || template != null || left != null || right != null) {
                throw new UserError("--spectrum-from takes the question and spectrum from " + spectrumFrom
                        + "; leave out --question, --spectrum, --left and --right, or --spectrum-from.");
            }
            return Inputs.loadProject(spectrumFrom).spectrum();
        }
        String asked = question != null ? question.strip() : draft.proposedQuestion();
        if (asked.isBlank()) {
            throw new UserError("No question could be proposed from " + Inputs.nameOf(roundUp)
                    + " (it has no title or proposition); give one with --question.");
        }
        SpectrumTemplate chosen = chosenTemplate(draft);
        if (chosen != SpectrumTemplate.CUSTOM) {
            if (left != null || right != null) {
                throw new UserError("--left and --right label a custom spectrum; add --spectrum custom.");
            }
            return chosen.spectrum(asked);
        }
        if (left == null || right == null || left.isBlank() || right.isBlank()) {
            throw new UserError("A custom spectrum needs both ends labelled: give --left and --right, "
                    + "or choose --spectrum likelihood or agreement.");
        }
        return SpectrumTemplate.custom(asked, left.strip(), right.strip());
    }

    private SpectrumTemplate chosenTemplate(RoundUpDraft draft) {
        if (template == null) {
            return draft.proposedTemplate();
        }
        try {
            return SpectrumTemplate.named(template);
        } catch (IllegalArgumentException e) {
            throw new UserError("There is no spectrum called \"" + template + "\"; choose likelihood, agreement or custom.", e);
        }
    }

    private static String describe(Spectrum spectrum, SpectrumTemplate template) {
        return template.label() + ", " + spectrum.leftLabel() + " → " + spectrum.rightLabel()
                + (spectrum.bands().isEmpty() ? ", no bands yet" : ", " + spectrum.bands().size() + " bands");
    }
}
