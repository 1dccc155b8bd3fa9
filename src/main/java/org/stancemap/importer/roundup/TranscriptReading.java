package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.roundup.TranscriptFormat.Kind;
import org.stancemap.importer.roundup.TranscriptFormat.Said;
import org.stancemap.importer.roundup.TranscriptFormat.Turn;
import org.stancemap.importer.text.ExpertHeader;
import org.stancemap.importer.text.LineKind;
import org.stancemap.importer.text.Paragraph;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SpeakerNames;
import org.stancemap.model.Person;

/**
 * One reading of a transcript by {@link TranscriptFormat}: its lines walked once, from front matter through the
 * turns to any end matter, then the turns gathered by speaker.
 */
final class TranscriptReading {

    private enum State { FRONT, ABOUT, BODY, END }

    /** One kept line, with the paragraph it belongs to and the label it opens with, if any. */
    private record Line(int paragraph, int number, String text, Optional<SpeakerLabel> label, LineKind kind,
                        String lead) {
    }

    /** Who speaks a turn, as resolved from its label. */
    private record Speaker(String key, List<Person> people, EntryRole role, Optional<String> doubt) {
    }

    /** Below this share of a speaker's turns asking questions, they are not taken for the moderator. */
    private static final double QUESTIONS_OF_A_MODERATOR = 0.5;
    private static final double MODERATOR_SCORE = 0.6;

    private final List<Paragraph> paragraphs;
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, Integer> labelCounts = new HashMap<>();
    private final Participants participants = new Participants();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final List<Line> front = new ArrayList<>();
    private final StringBuilder introductions = new StringBuilder();
    private final List<Turn> turns = new ArrayList<>();
    private List<Participants.Participant> interviewees = List.of();

    TranscriptReading(List<Paragraph> paragraphs) {
        this.paragraphs = paragraphs;
    }

    FormatReading read(TranscriptFormat format) {
        collectLines();
        walk();
        participants.markModerators(Participants.introducedModerators(introductions.toString()));
        for (Turn turn : turns) {
            if (TranscriptFormat.kindOf(turn.label()) == Kind.NAMED
                    && SpeakerNames.withoutTitle(turn.label().name()).indexOf(' ') > 0
                    && participants.matches(turn.label().name()).isEmpty()) {
                participants.readHeaderLine(SpeakerNames.displayed(turn.label().name()), false);
            }
        }
        mergeUnsureTurns();
        interviewees = Participants.interviewees(introductions.toString());
        List<DraftEntry> entries = entries();
        FrontMatter frontMatter = FrontMatter.read(frontParagraphs());
        if (frontMatter.title().isEmpty()) {
            warnings.add(new ImportWarning(0, "No title was found before the first turn."));
        }
        return new FormatReading(frontMatter, entries, Optional.empty(),
                SpectrumTemplate.forTitle(frontMatter.title()), warnings);
    }

    private void collectLines() {
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            boolean labelsPossible = paragraph.kind() == LineKind.TEXT || paragraph.kind() == LineKind.BLOCK_QUOTE;
            for (int j = 0; j < paragraph.lines().size(); j++) {
                String text = paragraph.lines().get(j);
                String lead = j == 0 ? paragraph.lead() : "";
                Optional<SpeakerLabel> label = labelsPossible ? SpeakerLabel.read(text, lead)
                        .filter(l -> TranscriptFormat.kindOf(l) != Kind.NONE || Participants.isBlockHeading(l.name()))
                        .filter(l -> !QuoteSheetItem.opensWithQuoteMark(l.rest())) : Optional.empty();
                label.filter(l -> TranscriptFormat.kindOf(l) != Kind.NONE)
                        .ifPresent(l -> labelCounts.merge(SpeakerNames.key(l.name()), 1, Integer::sum));
                lines.add(new Line(p, paragraph.firstLine() + j, text, label, paragraph.kind(), lead));
            }
        }
    }

    /** Sorts every line into front matter, an introducing block, a turn, or end matter. */
    private void walk() {
        State state = State.FRONT;
        boolean moderating = false;
        Map<Integer, List<String>> block = new LinkedHashMap<>();
        Map<Integer, Boolean> blockModerating = new HashMap<>();
        Turn turn = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Optional<SpeakerLabel> label = line.label();
            if ((state != State.BODY || label.isEmpty()) && Participants.isBlockHeading(line.text())) {
                state = State.ABOUT;
                moderating = false;
                continue;
            }
            if (state == State.BODY && TranscriptFormat.isEndMarker(line.text())) {
                state = State.END;
                continue;
            }
            if (state == State.END) {
                continue;
            }
            if (state == State.ABOUT && turns.isEmpty() && opensParagraph(line) && !continuesBlock(line)) {
                state = State.FRONT; // the block was a list of names; the introduction goes on after it
            }
            if (state != State.BODY) {
                if (label.isPresent() && isDeclaration(label.get())) {
                    if (label.get().alone() && i + 1 < lines.size() && readsAsPeople(lines.get(i + 1).text())) {
                        state = State.ABOUT;
                        moderating = TranscriptFormat.kindOf(label.get()) == Kind.MODERATOR;
                        continue;
                    }
                    if (!label.get().alone() && readsAsPeople(label.get().rest())) {
                        participants.readHeaderLine(label.get().rest(),
                                TranscriptFormat.kindOf(label.get()) == Kind.MODERATOR);
                        introductions.append(line.text()).append('\n');
                        continue;
                    }
                }
                if (label.isEmpty() || TranscriptFormat.kindOf(label.get()) == Kind.NONE || !opensTheTurns(label.get())) {
                    if (state == State.ABOUT) {
                        block.computeIfAbsent(line.paragraph(), p -> new ArrayList<>()).add(line.text());
                        blockModerating.putIfAbsent(line.paragraph(), moderating);
                    } else {
                        front.add(line);
                    }
                    introductions.append(line.text()).append('\n');
                    continue;
                }
                state = State.BODY;
            }
            if (line.kind() == LineKind.HEADING || SpeakerLabel.isTimestamp(Paragraphs.trim(line.text()))) {
                continue; // a section heading or a bare timestamp inside the turns is not something said
            }
            Said said = new Said(line.paragraph(), line.number(), line.text());
            if (label.isPresent() && TranscriptFormat.kindOf(label.get()) != Kind.NONE) {
                turn = new Turn(line.number(), label.get(), said, isTurnLabel(label.get()), new ArrayList<>());
                turns.add(turn);
                if (!label.get().alone()) {
                    turn.said().add(new Said(line.paragraph(), line.number(), label.get().rest()));
                }
            } else if (turn != null) {
                turn.said().add(said);
            }
        }
        block.forEach((p, blockLines) -> participants.readBlockParagraph(blockLines, String.join(" ", blockLines),
                blockModerating.get(p)));
    }

    private boolean opensParagraph(Line line) {
        return paragraphs.get(line.paragraph()).firstLine() == line.number();
    }

    /** A paragraph of an introducing block: a biography, a "Name, Role" line, or a sub-heading such as "Moderator:". */
    private boolean continuesBlock(Line line) {
        Paragraph paragraph = paragraphs.get(line.paragraph());
        return Participants.biography(paragraph.text()).isPresent() || readsAsPeople(line.text())
                || line.label().filter(TranscriptReading::isDeclaration).isPresent();
    }

    /**
     * A turn whose label was too weak to be sure of ("Marsh: …" once, in ordinary case) stays a turn when the label
     * names someone the page introduces or labels in full elsewhere; otherwise its lines belong to the turn before.
     */
    private void mergeUnsureTurns() {
        List<Turn> kept = new ArrayList<>(turns.size());
        for (Turn turn : turns) {
            if (turn.sure() || kept.isEmpty() || !participants.matches(turn.label().name()).isEmpty()) {
                kept.add(turn);
            } else {
                Turn previous = kept.get(kept.size() - 1);
                previous.said().add(turn.opening());
                // the label's own line is the opening, already added whole
                previous.said().addAll(turn.label().alone() ? turn.said() : turn.said().subList(1, turn.said().size()));
            }
        }
        turns.clear();
        turns.addAll(kept);
    }

    /** "Moderator: Jane Roe, Editor" or "Speakers: …": a label naming a role, before the turns begin. */
    private static boolean isDeclaration(SpeakerLabel label) {
        return TranscriptFormat.kindOf(label) == Kind.MODERATOR || Participants.isBlockHeading(label.name());
    }

    /** "Jane Roe, Senior Fellow, X" or "Jane Roe and John Doe", not a sentence. */
    private static boolean readsAsPeople(String text) {
        return ExpertHeader.read(text).filter(people -> people.stream()
                .allMatch(p -> SpeakerNames.isPlausible(p.name()))).isPresent();
    }

    /** The first turn must be sure of itself: a title such as "Expert Round-Up: How Likely…" is not a turn. */
    private boolean opensTheTurns(SpeakerLabel label) {
        return TranscriptFormat.kindOf(label) != Kind.NAMED || TranscriptFormat.isConfirmedByShape(label)
                || labelCounts.getOrDefault(SpeakerNames.key(label.name()), 0) > 1;
    }

    /**
     * Once the turns have begun, an ordinary-case inline label also opens a turn when it names someone in full or
     * speaks more than once; "Second: we must…" does neither.
     */
    private boolean isTurnLabel(SpeakerLabel label) {
        return opensTheTurns(label) || SpeakerNames.withoutTitle(label.name()).indexOf(' ') > 0;
    }

    /** The turns gathered by speaker, in order of each speaker's first turn; empty turns dropped with a warning. */
    private List<DraftEntry> entries() {
        Map<String, Speaker> speakerOfLabel = new HashMap<>();
        Map<String, Speaker> speakers = new LinkedHashMap<>();
        Map<String, Integer> firstLines = new HashMap<>();
        Map<String, List<DraftQuote>> quotes = new LinkedHashMap<>();
        List<String> sequence = new ArrayList<>();
        for (Turn turn : turns) {
            Speaker speaker = speakerOfLabel.computeIfAbsent(turn.label().name() + "\u0000" + turn.label().aside(),
                    k -> speaker(turn.label()));
            Optional<DraftQuote> quote = TranscriptFormat.quoteOf(turn);
            if (quote.isEmpty()) {
                warnings.add(TranscriptFormat.droppedTurn(turn));
                continue;
            }
            speakers.putIfAbsent(speaker.key(), speaker);
            firstLines.putIfAbsent(speaker.key(), turn.line());
            quotes.computeIfAbsent(speaker.key(), k -> new ArrayList<>()).add(quote.get());
            sequence.add(speaker.key());
        }
        Optional<String> structuralModerator = speakers.values().stream().anyMatch(s -> s.role() == EntryRole.MODERATOR)
                ? Optional.empty() : moderatorByTurns(speakers, quotes, sequence);
        List<DraftEntry> entries = new ArrayList<>();
        for (Speaker speaker : speakers.values()) {
            EntryRole role = structuralModerator.filter(speaker.key()::equals).isPresent()
                    ? EntryRole.MODERATOR : speaker.role();
            entries.add(new DraftEntry(speaker.people(), firstLines.get(speaker.key()), quotes.get(speaker.key()),
                    role, speaker.doubt(), Optional.empty()));
        }
        return entries;
    }

    private Speaker speaker(SpeakerLabel label) {
        String lower = label.name().toLowerCase(Locale.ROOT);
        switch (TranscriptFormat.kindOf(label)) {
            case MODERATOR -> {
                String named = SpeakerNames.isPlausible(label.aside()) ? label.aside()
                        : TranscriptFormat.startsWithModeratorWord(label.name())
                        ? label.name().substring(label.name().indexOf(' ') + 1) : "";
                if (!named.isEmpty()) {
                    Speaker speaker = named(named, "");
                    return new Speaker(speaker.key(), speaker.people(), EntryRole.MODERATOR, speaker.doubt());
                }
                List<Participants.Participant> moderators = participants.all().stream()
                        .filter(Participants.Participant::moderator).toList();
                if (moderators.size() == 1) {
                    Person person = moderators.get(0).person();
                    return new Speaker(SpeakerNames.key(person.name()), List.of(person), EntryRole.MODERATOR,
                            Optional.empty());
                }
                return new Speaker("moderator:" + lower, List.of(), EntryRole.MODERATOR, Optional.empty());
            }
            case AUDIENCE -> {
                return new Speaker("audience:" + lower, List.of(), EntryRole.NOT_AN_EXPERT, Optional.empty());
            }
            case ANSWER -> {
                if (interviewees.size() == 1) {
                    Participants.Participant guest = interviewees.get(0);
                    List<Participants.Participant> known = participants.matches(guest.name());
                    Person person = known.size() == 1 && !known.get(0).role().isEmpty() ? known.get(0).person()
                            : guest.person();
                    return new Speaker(SpeakerNames.key(person.name()), List.of(person), EntryRole.EXPERT,
                            Optional.empty());
                }
                return new Speaker("answer:" + lower, List.of(), EntryRole.EXPERT, Optional.of("The answers are "
                        + "labelled only “" + label.name() + ":”, so no speaker was given to them; name them in the review."));
            }
            default -> {
                Speaker speaker = named(label.name(), label.aside());
                boolean asideSaysModerator = Participants.isModeratorWord(label.aside());
                return asideSaysModerator ? new Speaker(speaker.key(), speaker.people(), EntryRole.MODERATOR,
                        speaker.doubt()) : speaker;
            }
        }
    }

    /** A named speaker: the participant the name matches, or the name as the label writes it. */
    private Speaker named(String name, String aside) {
        List<Participants.Participant> matches = participants.matches(name);
        if (matches.size() == 1) {
            Participants.Participant match = matches.get(0);
            return new Speaker(SpeakerNames.key(match.name()), List.of(match.person()),
                    match.moderator() ? EntryRole.MODERATOR : EntryRole.EXPERT, Optional.empty());
        }
        String withoutTitle = SpeakerNames.withoutTitle(name);
        String shown = SpeakerNames.displayed(withoutTitle.indexOf(' ') > 0 ? withoutTitle : name);
        String role = aside.isEmpty() || Participants.isModeratorWord(aside) ? "" : aside;
        Optional<String> doubt = matches.size() > 1
                ? Optional.of("“" + name + "” may be any of " + String.join(", ", matches.stream()
                        .map(Participants.Participant::name).toList()) + ", so the label was kept as written.")
                : Optional.empty();
        return new Speaker(SpeakerNames.key(shown), List.of(new Person(shown, role)), EntryRole.EXPERT, doubt);
    }

    /**
     * The speaker who asks the questions, when no label or introduction said who moderates: most of their turns
     * ask a question, they speak between the others, and their turns are short; another speaker who asks nearly
     * as often makes it a conversation, with no moderator to take out.
     */
    private static Optional<String> moderatorByTurns(Map<String, Speaker> speakers,
                                                    Map<String, List<DraftQuote>> quotes, List<String> sequence) {
        if (speakers.size() < 2) {
            return Optional.empty();
        }
        Map<String, Double> questions = new HashMap<>();
        Map<String, Double> words = new HashMap<>();
        for (Map.Entry<String, List<DraftQuote>> entry : quotes.entrySet()) {
            List<DraftQuote> said = entry.getValue();
            questions.put(entry.getKey(), said.stream().filter(q -> asksAQuestion(q.text())).count() / (double) said.size());
            words.put(entry.getKey(), said.stream().mapToInt(q -> wordCount(q.text())).average().orElse(0));
        }
        Map<String, Integer> handsOver = new HashMap<>();
        Map<String, Integer> laterTurns = new HashMap<>();
        for (int i = 1; i < sequence.size(); i++) {
            laterTurns.merge(sequence.get(i), 1, Integer::sum);
            if (!sequence.get(i).equals(sequence.get(i - 1))) {
                handsOver.merge(sequence.get(i - 1), 1, Integer::sum);
            }
        }
        String wordiest = words.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        double runnerUpWords = words.entrySet().stream().filter(e -> !e.getKey().equals(wordiest))
                .mapToDouble(Map.Entry::getValue).max().orElse(0);
        Map<String, Double> scores = new HashMap<>();
        for (String key : speakers.keySet()) {
            // the audience asks questions too, but it is not who moderates, nor one of those who answer
            if (speakers.get(key).people().isEmpty() || speakers.get(key).role() != EntryRole.EXPERT) {
                continue;
            }
            int othersTurns = sequence.size() - 1 - laterTurns.getOrDefault(key, 0);
            double between = othersTurns <= 0 ? 0 : handsOver.getOrDefault(key, 0) / (double) othersTurns;
            double longestOther = key.equals(wordiest) ? runnerUpWords : words.get(wordiest);
            double shorter = words.get(key) <= 0.5 * longestOther ? 1 : 0;
            scores.put(key, 0.5 * questions.get(key) + 0.3 * Math.min(1, between) + 0.2 * shorter);
        }
        Optional<String> best = scores.entrySet().stream().filter(e -> quotes.get(e.getKey()).size() > 1)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (best.isEmpty() || scores.get(best.get()) < MODERATOR_SCORE
                || questions.get(best.get()) < QUESTIONS_OF_A_MODERATOR) {
            return Optional.empty();
        }
        double othersAsk = scores.keySet().stream().filter(key -> !key.equals(best.get()))
                .mapToDouble(questions::get).max().orElse(0);
        return othersAsk > questions.get(best.get()) - 0.25 ? Optional.empty() : best;
    }

    /** A turn asks a question when one of its last sentences ends with a question mark. */
    private static boolean asksAQuestion(String text) {
        int from = Math.max(0, text.length() - 300);
        return text.indexOf('?', from) >= 0;
    }

    private static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean blank = Paragraphs.isBlank(text.charAt(i));
            count += !blank && !inWord ? 1 : 0;
            inWord = !blank;
        }
        return count;
    }

    private List<Paragraph> frontParagraphs() {
        List<Paragraph> result = new ArrayList<>();
        int i = 0;
        while (i < front.size()) {
            Line first = front.get(i);
            List<String> texts = new ArrayList<>();
            int j = i;
            while (j < front.size() && front.get(j).paragraph() == first.paragraph()
                    && front.get(j).number() == first.number() + (j - i)) {
                texts.add(Paragraphs.trim(front.get(j).text()));
                j++;
            }
            result.add(new Paragraph(String.join(" ", texts), first.number(), texts, Optional.empty(), first.kind(),
                    first.lead()));
            i = j;
        }
        return result;
    }
}
