package org.stancemap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.stancemap.importer.ImportResult;
import org.stancemap.importer.card.CardFiles;
import org.stancemap.importer.card.DebateCardImporter;
import org.stancemap.importer.roundup.RoundUpDraft;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Project;
import org.stancemap.store.JsonTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Imports any of the three kinds of input and says what is in it — the quickest check that a file reads right.
 * A round-up in which no expert entry is found is an error, never an empty success.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        versionProvider = StanceMapCommand.Version.class, description = "Import a round-up text, a debate card (or a file of cards) or a project file and summarise it.")
final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A round-up (text, Markdown or HTML), a debate card file or a .stancemap.json project.")
    Path file;

    @Option(names = "--json", description = "Print exactly one JSON document on stdout.")
    boolean json;

    @Option(names = "--as", paramLabel = "KIND", description = "Read FILE as: ${COMPLETION-CANDIDATES} (default: by its shape).")
    InputKind kind;

    @Option(names = "--format", paramLabel = "NAME",
            description = "Read a round-up as this shape (e.g. \"transcript\") instead of the most likely one.")
    String format;

    @Override
    public Integer call() {
        Inputs.Input input = Inputs.read(file, Optional.ofNullable(kind));
        List<Summary> summaries = switch (input.kind()) {
            case PROJECT -> List.of(Summary.ofProject(input.project().orElseThrow()));
            case CARD -> cards(input.text());
            case ROUNDUP -> {
                RoundUpDraft draft = Inputs.readRoundUp(file, input.text(), Optional.ofNullable(format));
                ImportResult<Project> roundUp = Inputs.proposedProject(draft);
                yield List.of(Summary.ofRoundUp(roundUp.value(), draft.source().dropped(), roundUp.warnings()));
            }
        };
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(JsonTree.write(summaries.size() == 1 ? summaries.get(0).toJsonTree() : cardsTree(summaries)));
        } else {
            if (summaries.size() > 1) {
                out.printf("%d cards%n", summaries.size());
            }
            for (int i = 0; i < summaries.size(); i++) {
                if (summaries.size() > 1) {
                    out.printf("%n%d. ", i + 1);
                }
                summaries.get(i).print(out);
            }
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            summaries.forEach(s -> Inputs.printWarnings(err, warningSource(s), s.warnings()));
        }
        out.flush();
        return StanceMapCommand.OK;
    }

    /** Every card of the file; a text with no card heading is read whole as one card, as {@code --as card} asks. */
    private static List<Summary> cards(String text) {
        return CardFiles.cardsToRead(text).stream().map(card -> {
            ImportResult<DebateCard> read = new DebateCardImporter().importText(card.text());
            return Summary.ofCard(read.value(), read.warnings().stream().map(card::inFile).toList());
        }).toList();
    }

    private static Map<String, Object> cardsTree(List<Summary> cards) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("kind", "cards");
        tree.put("cards", cards.stream().map(Summary::toJsonTree).toList());
        return tree;
    }

    /** A project's warnings are about the text it was imported from, so they are named after that text. */
    private String warningSource(Summary summary) {
        return summary.kind() == InputKind.PROJECT && summary.readAs().isPresent()
                ? summary.readAs().get().source() : file.toString();
    }
}
