package org.stancemap.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.stancemap.importer.card.CardFiles;
import org.stancemap.importer.roundup.RoundUpDraft;
import org.stancemap.importer.roundup.RoundUpFormats;
import org.stancemap.importer.text.SourceDocuments;

/** The three kinds of file the command line reads, told apart by their shape when the user does not say. */
enum InputKind {
    ROUNDUP, CARD, PROJECT;

    /** A round-up format at least this sure may outweigh the card headings found in the text. */
    private static final double SURE_ROUND_UP = 0.5;

    /**
     * A project by its name or opening brace; else cards when lines open debate cards, unless a round-up format is
     * sure of the text and finds more experts in it than there are cards (a card page has page text around its
     * cards, which a round-up format may half read); else a round-up.
     */
    static InputKind detect(Path file, String text, RoundUpFormats formats) {
        if (isProject(file, text)) {
            return PROJECT;
        }
        int cards = text.isEmpty() ? 0 : CardFiles.split(text).size();
        if (cards == 0) {
            return ROUNDUP;
        }
        RoundUpDraft roundUp = formats.read(SourceDocuments.of(text, String.valueOf(file.getFileName())));
        return roundUp.chosen().confidence() >= SURE_ROUND_UP && roundUp.voices().size() > cards ? ROUNDUP : CARD;
    }

    /** A project file by its name, or by the opening brace of its {@code text} ("" when not read yet). */
    static boolean isProject(Path file, String text) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || text.stripLeading().startsWith("{");
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
