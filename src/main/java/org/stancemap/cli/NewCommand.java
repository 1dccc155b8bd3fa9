package org.stancemap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.stancemap.importer.ImportResult;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.model.Project;
import org.stancemap.model.Spectrum;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Starts a project from a round-up: every voice imported, none placed yet. */
@Command(name = "new", description = "Create a project from a round-up text; its voices start unplaced.")
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ROUNDUP", description = "The round-up text file.")
    Path roundUp;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.stancemap.json",
            description = "Where to write the new project.")
    Path output;

    @Option(names = "--spectrum-from", paramLabel = "PROJECT",
            description = "Take the question, axis labels and bands from this project.")
    Path spectrumFrom;

    @Option(names = "--left", defaultValue = "Unlikely", description = "Label of the axis' left end (default: ${DEFAULT-VALUE}).")
    String left;

    @Option(names = "--right", defaultValue = "Likely", description = "Label of the axis' right end (default: ${DEFAULT-VALUE}).")
    String right;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Override
    public Integer call() {
        if (Files.exists(output) && !force) {
            throw new UserError(output + " already exists; choose another name or pass --force to overwrite it");
        }
        ImportResult<Project> imported = new RoundUpImporter().importText(Inputs.readText(roundUp));
        Project project = imported.value();
        Spectrum spectrum = spectrumFrom != null
                ? Inputs.loadProject(spectrumFrom).spectrum()
                : Spectrum.unbanded(project.spectrum().question(), left, right);
        Inputs.save(project.withSpectrum(spectrum), output);

        var out = spec.commandLine().getOut();
        out.printf("Created %s: %d voices, %d quotes, none placed yet.%n", output,
                project.voices().size(), project.voices().stream().mapToInt(v -> v.quotes().size()).sum());
        Inputs.printWarnings(spec.commandLine().getErr(), roundUp, List.copyOf(imported.warnings()));
        out.flush();
        return StanceMapCommand.OK;
    }
}
