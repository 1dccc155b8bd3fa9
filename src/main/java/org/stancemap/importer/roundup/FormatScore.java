package org.stancemap.importer.roundup;

import java.util.Locale;
import java.util.Objects;

/**
 * How sure one format is of one document.
 *
 * @param format     the format
 * @param confidence 0–1, as {@link RoundUpFormat#recognise} said
 */
public record FormatScore(RoundUpFormat format, double confidence) {
    public FormatScore {
        Objects.requireNonNull(format, "format");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException(format.name() + " said its confidence is " + confidence + ", not 0–1");
        }
    }

    /** "cited blocks, 92 % sure". */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s, %d %% sure", format.name(), Math.round(confidence * 100));
    }
}
