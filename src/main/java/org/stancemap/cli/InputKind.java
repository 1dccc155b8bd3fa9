package org.stancemap.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The three kinds of file the command line reads, told apart by their shape when the user does not say. */
enum InputKind {
    ROUNDUP, CARD, PROJECT;

    /** A card is one long line (tag, cite and body run together); a round-up has many paragraphs. */
    private static final int MAX_CARD_LINES = 3;

    static InputKind detect(Path file, String text) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String start = text.stripLeading();
        if (name.endsWith(".json") || start.startsWith("{")) {
            return PROJECT;
        }
        long lines = text.lines().filter(line -> !line.isBlank()).count();
        return lines <= MAX_CARD_LINES ? CARD : ROUNDUP;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
