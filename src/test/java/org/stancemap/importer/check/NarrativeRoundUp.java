package org.stancemap.importer.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.stancemap.importer.SeedText;

/**
 * The bundled round-up with two editor's transitions of our own written between its expert entries: the bundled
 * text has no narrative there (its ten prose paragraphs all precede the first expert), and the seeds are the only
 * articles we ship, so the round-up with narrative is made from the seed rather than kept as a copy of it.
 */
final class NarrativeRoundUp {

    static final String TRANSITION = "Chinese voices, several of them former diplomats, are more guarded "
            + "still: they describe a partnership that serves both countries without binding either of them to fight "
            + "the other’s wars.";
    static final String LAST_WORD = "The last word goes to a former U.S. defense attaché in Moscow, who sees "
            + "the military relationship deepening but warns Washington not to overreact to it.";
    /** The seed's lines the transitions follow: before the Chinese experts, and before the last expert. */
    private static final int BEFORE_CHINESE_VOICES = 243;
    private static final int BEFORE_LAST_WORD = 344;

    private NarrativeRoundUp() {
    }

    /** The text, with {@link #TRANSITION} at line 244 and {@link #LAST_WORD} at line 348. */
    static String text() {
        List<String> lines = new ArrayList<>(Arrays.asList(SeedText.roundUp().split("\n", -1)));
        lines.addAll(BEFORE_LAST_WORD, List.of("", LAST_WORD));
        lines.addAll(BEFORE_CHINESE_VOICES, List.of(TRANSITION, ""));
        return String.join("\n", lines);
    }
}
