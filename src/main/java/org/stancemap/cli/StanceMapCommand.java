package org.stancemap.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code stancemap} command line: the same importers, store and commands the window uses, for scripts.
 *
 * <p>Exit codes: 0 success, 1 a check found something (check-card), 2 any error — printed as one sentence on
 * stderr, with a stack trace only under {@code --debug}.
 */
@Command(name = "stancemap", mixinStandardHelpOptions = true, versionProvider = StanceMapCommand.Version.class,
        description = "Maps where experts stand on a question.",
        subcommands = {InspectCommand.class, CheckCardCommand.class, NewCommand.class, MoveCommand.class,
                RenderCommand.class})
public final class StanceMapCommand {

    public static final int OK = 0;
    public static final int FLAGGED = 1;
    public static final int ERROR = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the stack trace of an error.")
    boolean debug;

    /** Runs the command line on the console and exits the JVM with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs the command line and returns its exit code; never throws. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new StanceMapCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true); // "--as card" as well as "--as CARD"
        commandLine.setExitCodeExceptionMapper(e -> ERROR);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            err.println(sentence(ex.getMessage()) + " Run 'stancemap "
                    + subcommandName(ex.getCommandLine()) + "--help' for usage.");
            err.flush();
            return ERROR;
        });
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            boolean debug = debug(parseResult);
            if (ex instanceof UserError) {
                err.println(sentence(ex.getMessage()));
            } else {
                err.println("Unexpected error: " + sentence(String.valueOf(ex.getMessage()))
                        + (debug ? "" : " Run again with --debug for details."));
            }
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ERROR;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler above. The stack has unwound by now, so what the
            // command held is garbage and there is room again to say what happened.
            err.println("StanceMap ran out of memory (Java may use " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB here); render smaller (a lower --scale) or give Java more memory with -Xmx.");
            if (commandLine.getParseResult() != null && debug(commandLine.getParseResult())) {
                e.printStackTrace(err);
            }
            err.flush();
            return ERROR;
        }
    }

    private static boolean debug(CommandLine.ParseResult parseResult) {
        return parseResult.hasMatchedOption("--debug")
                || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
    }

    private static String subcommandName(CommandLine commandLine) {
        return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
    }

    private static String sentence(String message) {
        // A line break in an argument (a voice id, a path) would split the one line scripts read, and an escape
        // sequence in a file's text would drive the terminal.
        String trimmed = TerminalText.shown(message).strip();
        return trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!") ? trimmed : trimmed + ".";
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = StanceMapCommand.class.getPackage().getImplementationVersion();
            return new String[] {"StanceMap " + (version == null ? "(development build)" : version)};
        }
    }
}
