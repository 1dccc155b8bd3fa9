package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.stancemap.importer.text.SourceDocument;

/**
 * The round-up formats StanceMap reads, and the choice among them: every format says how sure it is of a
 * document, and the most sure one that finds any entry reads it.
 *
 * <p>Callers (the window, {@code new}, {@code inspect}, {@code check-card}) ask this registry, never a format.
 */
public final class RoundUpFormats {

    /** Below this a format is not taken to recognise the document at all. */
    private static final double NOT_RECOGNISED = 0.05;

    private final List<RoundUpFormat> formats;

    public RoundUpFormats(List<RoundUpFormat> formats) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("a registry needs at least one format");
        }
        this.formats = List.copyOf(formats);
    }

    /** Every shape StanceMap reads, in the order a tie is broken. */
    public static RoundUpFormats standard() {
        return new RoundUpFormats(List.of(new CitedBlocksFormat(), new VotePanelFormat(), new TranscriptFormat(),
                new QuoteSheetFormat(), new UncitedBlocksFormat(), new AuthorListFormat()));
    }

    public List<RoundUpFormat> formats() {
        return formats;
    }

    /** The format named {@code name}, case aside and with hyphens for spaces: "cited blocks", "Cited-Blocks". */
    public Optional<RoundUpFormat> named(String name) {
        String wanted = comparable(name);
        return formats.stream().filter(f -> comparable(f.name()).equals(wanted)).findFirst();
    }

    /** The formats' names, comma-separated, for a message listing the choices. */
    public String names() {
        return formats.stream().map(RoundUpFormat::name).collect(Collectors.joining(", "));
    }

    private static String comparable(String name) {
        return name.strip().replace('-', ' ').toLowerCase(Locale.ROOT);
    }

    /** Every format's confidence in {@code document}, most sure first; ties keep the registry's order. */
    public List<FormatScore> rank(SourceDocument document) {
        List<FormatScore> scores = new ArrayList<>(formats.size());
        for (RoundUpFormat format : formats) {
            scores.add(new FormatScore(format, clamp(format.recognise(document))));
        }
        scores.sort(Comparator.comparingDouble(FormatScore::confidence).reversed());
        return scores;
    }

    /**
     * Reads {@code document} with the most sure format that finds an entry in it, trying the others in order of
     * confidence; when none finds one, the most sure format's empty reading, so that the caller can say what was
     * tried (see {@link #shapesTried()}).
     */
    public RoundUpDraft read(SourceDocument document) {
        List<FormatScore> ranking = rank(document);
        RoundUpDraft first = null;
        for (FormatScore score : ranking) {
            if (first != null && score.confidence() < NOT_RECOGNISED) {
                break;
            }
            RoundUpDraft draft = new RoundUpDraft(document, score, ranking, score.format().read(document));
            if (!draft.voices().isEmpty()) {
                return draft;
            }
            first = first == null ? draft : first;
        }
        return first;
    }

    /** Reads {@code document} as {@code format}, whatever the others think, as when the user chooses the shape. */
    public RoundUpDraft read(SourceDocument document, RoundUpFormat format) {
        List<FormatScore> ranking = rank(document);
        FormatScore chosen = ranking.stream().filter(s -> s.format() == format).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(format.name() + " is not in this registry"));
        return new RoundUpDraft(document, chosen, ranking, format.read(document));
    }

    /** One sentence naming every shape, for "no expert entry was found": "cited blocks (…); transcripts (…)". */
    public String shapesTried() {
        return formats.stream().map(f -> f.name() + " (" + f.shape() + ")").collect(Collectors.joining("; "));
    }

    private static double clamp(double confidence) {
        return Double.isNaN(confidence) ? 0 : Math.max(0, Math.min(1, confidence));
    }
}
