package org.stancemap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.stancemap.importer.check.CardCheck;
import org.stancemap.importer.check.CardFinding;
import org.stancemap.importer.check.CardReport;
import org.stancemap.importer.card.DebateCardImporter;
import org.stancemap.importer.ImportResult;
import org.stancemap.importer.check.QuoteCheck;
import org.stancemap.importer.card.CardFiles;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Project;
import org.stancemap.store.JsonTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a debate card against the round-up it cites: who really said each quote, and whether it was altered. */
@Command(name = "check-card", mixinStandardHelpOptions = true,
        versionProvider = StanceMapCommand.Version.class, description = {
        "Match every quote of a debate card to the round-up it was cut from and flag misattributed, "
                + "missing or altered text.",
        "Exit 0 when the card is clean, 1 when anything is flagged, 2 on error."})
final class CheckCardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CARD", description = "The debate card text.")
    Path cardFile;

    @Option(names = "--against", required = true, paramLabel = "ROUNDUP",
            description = "The source: a round-up text or a .stancemap.json project.")
    Path sourceFile;

    @Option(names = "--json", description = "Print the report as one JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        Project source = readSource();
        String text = Inputs.readText(cardFile);
        List<CardFiles.Card> cards = CardFiles.cardsToRead(text);
        PrintWriter out = spec.commandLine().getOut();
        List<String> headers = DebateCardImporter.headersOf(source);
        List<Map<String, Object>> trees = new ArrayList<>();
        boolean clean = true;
        for (CardFiles.Card card : cards) {
            ImportResult<DebateCard> read = new DebateCardImporter().importText(card.text(), headers);
            CardReport report = new CardCheck().check(read.value(), source);
            clean &= report.isClean();
            if (json) {
                trees.add(toJsonTree(report));
            } else {
                print(report, out);
                out.flush();
                Inputs.printWarnings(spec.commandLine().getErr(), cardFile,
                        read.warnings().stream().map(card::inFile).toList());
            }
        }
        if (json) {
            out.print(JsonTree.write(trees.size() == 1 ? trees.get(0) : Map.of("cards", trees)));
        }
        out.flush();
        return clean ? StanceMapCommand.OK : StanceMapCommand.FLAGGED;
    }

    /** The round-up the card cites: a project, or a round-up text read as a new project would be. */
    private Project readSource() {
        Inputs.Input source = Inputs.read(sourceFile, Optional.empty());
        return source.project().orElseGet(() -> Inputs.proposedProject(
                Inputs.readRoundUp(sourceFile, source.text(), Optional.empty())).value());
    }

    private static void print(CardReport report, PrintWriter out) {
        List<CardFinding> findings = report.findings();
        long matched = report.quotes().stream().filter(q -> q.match().isPresent()).count();
        out.printf("%s — %d quotes, %d found in the source, %s%n", report.card().cite().shortCite().isEmpty()
                        ? "Card" : TerminalText.shown(report.card().cite().shortCite()), report.quotes().size(), matched,
                findings.isEmpty() ? "clean" : findings.size() + (findings.size() == 1 ? " finding" : " findings"));
        for (CardFinding finding : report.cite()) {
            out.printf("  cite: %s%n", TerminalText.shown(finding.toString()));
        }
        for (QuoteCheck check : report.quotes()) {
            for (CardFinding finding : check.findings()) {
                String speaker = check.quote().speakerNames();
                out.printf("  quote %d (%s): %s%n", check.index() + 1, speaker.isEmpty() ? "no header" : TerminalText.shown(speaker),
                        TerminalText.shown(finding.toString()));
            }
        }
    }

    private static Map<String, Object> toJsonTree(CardReport report) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("clean", report.isClean());
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("shortCite", report.card().cite().shortCite());
        card.put("tag", report.card().tag());
        card.put("cutter", report.card().cutter());
        tree.put("card", card);
        tree.put("cite", report.cite().stream().map(CheckCardCommand::toJsonTree).toList());
        tree.put("quotes", report.quotes().stream().map(check -> {
            Map<String, Object> quote = new LinkedHashMap<>();
            quote.put("index", check.index());
            quote.put("speaker", check.quote().speakerNames());
            quote.put("source", check.match().map(m -> {
                Map<String, Object> source = new LinkedHashMap<>();
                source.put("voiceId", m.voice().id());
                source.put("quoteIndex", m.quoteIndex());
                return source;
            }).orElse(null));
            quote.put("findings", check.findings().stream().map(CheckCardCommand::toJsonTree).toList());
            return quote;
        }).toList());
        return tree;
    }

    private static Map<String, Object> toJsonTree(CardFinding f) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("kind", f.kind().name());
        finding.put("message", f.message());
        finding.put("card", f.card());
        finding.put("source", f.source());
        return finding;
    }
}
