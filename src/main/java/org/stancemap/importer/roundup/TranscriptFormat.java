package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.text.LineKind;
import org.stancemap.importer.text.Paragraph;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.SpeakerNames;
import org.stancemap.model.Citation;

/**
 * Q&A and panel transcripts: turns opened by speaker labels ({@code JANE ROE:} on its own line, {@code Jane Roe:
 * answer…}, {@code **Jane Roe:**}, {@code [00:12:31] DR. ROE:}), each running to the next label.
 *
 * <p>Each speaker is one entry, their turns its quotes in order, each turn with its lines. Whoever asks the
 * questions is the moderator, not a voice: labelled so ({@code MODERATOR:}, {@code Q:}), introduced so ("moderated
 * by …", "Jane Roe (moderator)"), or, failing both, the one speaker whose turns are mostly questions and who speaks
 * between the others. Roles come from an "About the speakers" or "Participants" block, matched by name, a
 * surname-only label to the full name it ends. A turn with nothing said, or only "[inaudible]", is dropped with a
 * warning. What comes before the first turn is front matter.
 */
final class TranscriptFormat implements RoundUpFormat {

    /** Labels for people in the room who are not panellists: they are kept, but not as voices. */
    private static final Set<String> AUDIENCE_WORDS = Set.of("questioner", "audience", "audience member",
            "participant", "unidentified speaker", "unknown speaker", "speaker", "caller", "voice", "narrator",
            "announcer", "operator", "male speaker", "female speaker", "crowd", "audience question", "student");

    /** Labels for answers given without a name, as interviews print them ("Q:" … "A:"). */
    private static final Set<String> ANSWER_WORDS = Set.of("a", "answer");

    private static final Set<String> END_MARKERS = Set.of("end", "(end)", "###", "— end —", "-end-", "[end]",
            "end of transcript", "(end of transcript)", "transcript ends");

    @Override
    public String name() {
        return "speaker transcript";
    }

    @Override
    public String shape() {
        return "speaker labels such as “JANE ROE:” or “Jane Roe: answer…”, each opening a turn of a Q&A or panel";
    }

    /**
     * Sure when several speakers' labels open lines and at least one speaks more than once, in proportion to how
     * much of the text the labelled turns make up; a label followed by a quotation in quote marks is a quote
     * sheet's, not a turn, and a document mostly of those is not a transcript.
     */
    @Override
    public double recognise(SourceDocument document) {
        List<Paragraph> paragraphs = document.paragraphs();
        Map<String, Integer> counts = new HashMap<>();
        List<String> keys = new ArrayList<>();
        int quoteLike = 0;
        int strong = 0;
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.kind() != LineKind.TEXT && paragraph.kind() != LineKind.BLOCK_QUOTE) {
                continue;
            }
            for (int j = 0; j < paragraph.lines().size(); j++) {
                Optional<SpeakerLabel> label = SpeakerLabel.read(paragraph.lines().get(j), j == 0 ? paragraph.lead() : "");
                if (label.isEmpty() || kindOf(label.get()) == Kind.NONE) {
                    continue;
                }
                if (QuoteSheetItem.opensWithQuoteMark(label.get().rest())) {
                    quoteLike++;
                    continue;
                }
                String key = SpeakerNames.key(label.get().name());
                keys.add(key);
                counts.merge(key, 1, Integer::sum);
                strong += isConfirmedByShape(label.get()) ? 1 : 0;
            }
        }
        Map<String, String> fullNameOfSurname = new HashMap<>();
        for (String key : counts.keySet()) {
            int space = key.lastIndexOf(' ');
            if (space > 0) {
                fullNameOfSurname.put(key.substring(space + 1), key);
            }
        }
        // "ROE:" after "JANE ROE:" is the same speaker speaking again
        Map<String, Integer> bySpeaker = new HashMap<>();
        keys.replaceAll(k -> fullNameOfSurname.getOrDefault(k, k));
        keys.forEach(k -> bySpeaker.merge(k, 1, Integer::sum));
        long repeatedTurns = keys.stream().filter(k -> bySpeaker.get(k) > 1).count();
        if (keys.size() < 3 || bySpeaker.size() < 2 || repeatedTurns == 0 || quoteLike * 2 > keys.size()) {
            return 0;
        }
        double repeated = (double) repeatedTurns / keys.size();
        double density = Math.min(1, 3.0 * keys.size() / paragraphs.size());
        double shape = Math.max(repeated, (double) strong / keys.size());
        return shape * (0.55 + 0.45 * density);
    }

    @Override
    public FormatReading read(SourceDocument document) {
        TranscriptReading reading = new TranscriptReading(document.paragraphs());
        return reading.read(this);
    }

    /** What a label says of its speaker, before any name is matched. */
    enum Kind { NONE, NAMED, MODERATOR, AUDIENCE, ANSWER }

    static Kind kindOf(SpeakerLabel label) {
        String lower = label.name().toLowerCase(Locale.ROOT);
        if (Participants.isModeratorWord(lower) || startsWithModeratorWord(label.name())) {
            return Kind.MODERATOR;
        }
        if (AUDIENCE_WORDS.contains(lower)) {
            return Kind.AUDIENCE;
        }
        if (ANSWER_WORDS.contains(lower)) {
            return Kind.ANSWER;
        }
        return label.namesAPerson() ? Kind.NAMED : Kind.NONE;
    }

    /** "HOST JANE ROE": a moderator's word and then a name. */
    static boolean startsWithModeratorWord(String name) {
        int space = name.indexOf(' ');
        return space > 0 && Participants.isModeratorWord(name.substring(0, space))
                && SpeakerNames.isPlausible(name.substring(space + 1));
    }

    /**
     * A label whose shape alone says it is one: alone on its line, in capitals, bold, bracketed or timestamped, or
     * a moderator's word. An inline "Jane Roe: …" in ordinary case may just as well be a sentence.
     */
    static boolean isConfirmedByShape(SpeakerLabel label) {
        return label.alone() || label.emphasised() || label.timestamped() || label.bracketed()
                || SpeakerNames.isAllCapitals(label.name()) || kindOf(label) == Kind.MODERATOR;
    }

    static boolean isEndMarker(String text) {
        return text.length() <= 24 && END_MARKERS.contains(Paragraphs.trim(text).toLowerCase(Locale.ROOT));
    }

    /** {@code [inaudible]}, {@code (Laughter.)}, {@code [00:12:31]}: brackets only, nothing said. */
    static boolean saysNothing(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * One turn: its label's line, the label, the label's whole line (kept should the label prove not to be one),
     * whether the label is sure of itself, and the lines said, each with its paragraph.
     */
    record Turn(int line, SpeakerLabel label, Said opening, boolean sure, List<Said> said) {
    }

    /** A line of a turn and the index of the paragraph it belongs to, so that paragraphs stay apart. */
    record Said(int paragraph, int line, String text) {
    }

    /** The quote a turn makes: its paragraphs apart from anything bracketed only, or empty when nothing was said. */
    static Optional<DraftQuote> quoteOf(Turn turn) {
        Map<Integer, List<String>> byParagraph = new LinkedHashMap<>();
        int last = turn.line();
        for (Said said : turn.said()) {
            if (!saysNothing(said.text())) {
                byParagraph.computeIfAbsent(said.paragraph(), p -> new ArrayList<>()).add(said.text());
                last = Math.max(last, said.line());
            }
        }
        if (byParagraph.isEmpty()) {
            return Optional.empty();
        }
        List<String> paragraphs = byParagraph.values().stream().map(lines -> String.join(" ", lines)).toList();
        return Optional.of(new DraftQuote(String.join("\n\n", paragraphs), Citation.unstated(), turn.line(), last));
    }

    /** What a dropped turn said, for its warning: "[crosstalk]", or "" when nothing at all. */
    static String noiseOf(Turn turn) {
        return Paragraphs.singleSpaced(String.join(" ", turn.said().stream().map(Said::text).toList()));
    }

    static ImportWarning droppedTurn(Turn turn) {
        String noise = noiseOf(turn);
        String label = turn.label().name() + ":";
        return new ImportWarning(turn.line(), noise.isEmpty()
                ? "“" + label + "” is followed by no answer, so the turn was dropped."
                : "“" + label + "” says only “" + shortened(noise) + "”, so the turn was dropped.");
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
