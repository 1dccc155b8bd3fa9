package org.stancemap;

import java.util.Locale;

import javafx.application.Application;
import org.stancemap.cli.StanceMapCommand;

/**
 * Entry point of {@code java -jar stancemap.jar}: with no arguments, or a project file, it opens the window;
 * anything else is a command-line call.
 *
 * <p>It must not extend {@link Application}: the JavaFX launcher refuses to start an Application main class
 * from a class-path (non-modular) jar, so this plain class hands over to {@link App}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            App.launchWindow(args);
        } else {
            StanceMapCommand.main(args);
        }
    }

    static boolean opensWindow(String[] args) {
        return args.length == 0
                || (args.length == 1 && args[0].toLowerCase(Locale.ROOT).endsWith(".json") && !args[0].startsWith("-"));
    }
}
