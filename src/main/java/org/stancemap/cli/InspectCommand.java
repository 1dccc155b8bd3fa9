package org.stancemap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.stancemap.importer.card.DebateCardImporter;
import org.stancemap.importer.ImportResult;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Project;
import org.stancemap.store.JsonTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Imports any of the three kinds of input and says what is in it — the quickest check that a file reads right. */
@Command(name = "inspect", description = "Import a round-up text, a debate card or a project file and summarise it.")
final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A round-up text, a debate card or a .stancemap.json project.")
    Path file;

    @Option(names = "--json", description = "Print exactly one JSON document on stdout.")
    boolean json;

    @Option(names = "--as", paramLabel = "KIND", description = "Read FILE as: ${COMPLETION-CANDIDATES} (default: by its shape).")
    InputKind kind;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Inputs.Input input = Inputs.read(file, Optional.ofNullable(kind));
        Summary summary = switch (input.kind()) {
            case PROJECT -> Summary.ofProject(InputKind.PROJECT, input.project().orElseThrow(), List.of());
            case CARD -> {
                ImportResult<DebateCard> card = new DebateCardImporter().importText(input.text());
                yield Summary.ofCard(card.value(), card.warnings());
            }
            case ROUNDUP -> {
                ImportResult<Project> roundUp = new RoundUpImporter().importText(input.text());
                yield Summary.ofProject(InputKind.ROUNDUP, roundUp.value(), roundUp.warnings());
            }
        };
        if (json) {
            out.print(JsonTree.write(summary.toJsonTree()));
        } else {
            summary.print(out);
            Inputs.printWarnings(spec.commandLine().getErr(), file, summary.warnings());
        }
        out.flush();
        return StanceMapCommand.OK;
    }
}
