package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.text.LineKind;
import org.stancemap.importer.text.Paragraph;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.SourceLine;
import org.stancemap.model.Band;
import org.stancemap.model.Citation;
import org.stancemap.model.Person;

/**
 * Expert panels that vote on a proposition, as economists' survey panels publish them: "Question A: …", then
 * for each expert a vote (Strongly disagree … Strongly agree, Uncertain, No opinion, Did not answer), a
 * confidence from 1 to 10 and an optional comment.
 *
 * <p>Two layouts are read. A <em>block</em>: a header ({@code JANE ROE is Professor at …}, {@code Jane Roe, Yale},
 * {@code Jane Roe (Yale)}, or a name line and a role line), then a line holding the vote, a confidence line and
 * the comment. A <em>row</em>: name, institution, vote, confidence and comment on one line, in cells or run
 * together as a pasted results page has them (see {@link VoteLines#row}); a comment may go on over the lines
 * right after it.
 *
 * <p>Pages often give the votes in a table and the experts' words further down ("In their words", "What they
 * said"): a line that opens with a panel member's name, {@code Jane Roe: …}, {@code **Jane Roe**, role: “…”
 * (Source: X)} or {@code Jane Roe, Yale — …}, is read as {@link QuoteSheetItem} reads a quote sheet's bullet and is
 * that member's quote; a role it gives, or a participants list's name line and role line, completes the member's
 * role. Such a line that names someone not on the panel, or is only "attributed to" someone, is given to no one.
 *
 * <p>The vote is the expert's own stance, so each voter is placed at the centre of the agreement band their vote
 * names, with their confidence. Whoever had no opinion or did not answer stays unplaced, and is a voice only if
 * they commented. A page that asks several questions is read for its first; the others are warned of.
 */
final class VotePanelFormat implements RoundUpFormat {

    /** A vote's header is at most this many lines above it (blank lines between them allowed). */
    private static final int LOOK_AHEAD = 3;
    private static final int MAX_ROLE_LENGTH = 120;
    /** "Somewhat confident", "Very confident": a confidence in words is short. */
    private static final int MAX_CONFIDENCE_WORDS = 40;
    /**
     * A paragraph this long is prose: a comment, or an article's text. A panel has about one per vote; an article
     * that shows a few votes in a table has many more.
     */
    private static final int PROSE_LENGTH = 80;
    /** A name that opens a statement ends within this many characters. */
    private static final int MAX_NAME_LOOKUP = 80;
    private static final List<Band> BANDS = SpectrumTemplate.AGREEMENT.spectrum("").bands();

    @Override
    public String name() {
        return "vote panel";
    }

    @Override
    public String shape() {
        return "a proposition such as “Question A: …”, then each expert's vote (Agree, Strongly disagree, …) "
                + "and confidence, in blocks or table rows";
    }

    /**
     * Sure once two experts vote, more with every further one and with a stated proposition, and less when the
     * votes are a small part of a long text (an article with a table of a few votes is an article).
     */
    @Override
    public double recognise(SourceDocument document) {
        List<SourceLine> lines = document.lines();
        int votes = 0;
        boolean proposition = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (isBlank(lines, i)) {
                continue;
            }
            proposition |= PanelQuestion.read(text).filter(PanelQuestion::stated).isPresent();
            if (VoteLines.row(text).isPresent()
                    || (VoteLines.vote(text).isPresent() && headerAbove(lines, i))) {
                votes++;
            }
        }
        if (votes < 2) {
            return 0;
        }
        long prose = document.paragraphs().stream().filter(p -> p.text().length() >= PROSE_LENGTH).count();
        double share = Math.min(1, 2.0 * votes / Math.max(1, prose));
        return Math.min(1, 0.5 + 0.1 * votes) * (proposition ? 1 : 0.85) * share;
    }

    @Override
    public FormatReading read(SourceDocument document) {
        List<SourceLine> lines = document.lines();
        Optional<PanelQuestion> first = Optional.empty();
        for (int i = 0; i < lines.size() && first.isEmpty(); i++) {
            Optional<PanelQuestion> question = questionAt(lines, i);
            if (question.isPresent() && question.get().stated()) {
                first = Optional.of(located(question.get(), lines, i)).filter(q -> !q.text().isEmpty());
            }
        }
        Panel panel = new Panel(lines, first);
        panel.readFrom(first.map(PanelQuestion::lastLine).orElse(0));
        List<ImportWarning> warnings = new ArrayList<>(panel.warnings);
        List<DraftEntry> entries = panel.entries(warnings);

        int frontEnd = first.map(PanelQuestion::line)
                .orElse(entries.isEmpty() ? Integer.MAX_VALUE : entries.get(0).firstLine());
        List<Paragraph> front = document.paragraphs().stream().filter(p -> p.lastLine() < frontEnd).toList();
        if (first.isEmpty() && !entries.isEmpty()) {
            warnings.add(new ImportWarning(0, "No proposition such as “Question A: …” was found before the votes, "
                    + "so the map's question is taken from the title."));
        }
        warnings.sort(Comparator.comparingInt(ImportWarning::line));
        return new FormatReading(FrontMatter.read(front), entries, first.map(PanelQuestion::text),
                SpectrumTemplate.AGREEMENT, warnings);
    }

    private static Optional<PanelQuestion> questionAt(List<SourceLine> lines, int index) {
        return isBlank(lines, index) ? Optional.empty() : PanelQuestion.read(lines.get(index).text());
    }

    /** True for a blank line, and for a line cleaning dropped, which ends a paragraph as a blank line does. */
    private static boolean isBlank(List<SourceLine> lines, int index) {
        SourceLine line = lines.get(index);
        if (!line.isKept()) {
            return true;
        }
        String text = line.text();
        for (int i = 0; i < text.length(); i++) {
            if (!Paragraphs.isBlank(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first non-blank line after {@code index}, at most {@link #LOOK_AHEAD} lines on; -1 if none. */
    private static int next(List<SourceLine> lines, int index) {
        for (int i = index + 1; i < lines.size() && i <= index + LOOK_AHEAD; i++) {
            if (!isBlank(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int previous(List<SourceLine> lines, int index) {
        for (int i = index - 1; i >= 0 && i >= index - LOOK_AHEAD; i--) {
            if (!isBlank(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the vote at {@code voteIndex} opens a block: its header is one to three non-blank lines above it (a
     * role line and a label such as "Answer:" may come between).
     */
    private static boolean headerAbove(List<SourceLine> lines, int voteIndex) {
        int above = voteIndex;
        for (int step = 0; step < 3; step++) {
            above = previous(lines, above);
            if (above < 0) {
                return false;
            }
            int candidate = above;
            if (header(lines, candidate).filter(h -> h.vote() == voteIndex).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The vote line that follows {@code index}: the next line, or the one after a label alone ("Answer:"); -1 if none. */
    private static int voteAfter(List<SourceLine> lines, int index) {
        int next = next(lines, index);
        if (next < 0) {
            return -1;
        }
        String text = lines.get(next).text();
        if (VoteLines.vote(text).isPresent()) {
            return next;
        }
        int after = VoteLines.isVoteLabel(text) ? next(lines, next) : -1;
        return after >= 0 && VoteLines.vote(lines.get(after).text()).isPresent() ? after : -1;
    }

    /** A block's header: who votes, and the index of the line that holds the vote. */
    private record Header(Person person, int vote) {
    }

    /**
     * The header at {@code index} if a vote follows it: directly, or after a role line when the header is a bare
     * name ("Jane Roe" / "Professor of Economics, Yale" / "Agree").
     */
    private static Optional<Header> header(List<SourceLine> lines, int index) {
        int next = next(lines, index);
        if (next < 0) {
            return Optional.empty();
        }
        String text = Paragraphs.singleSpaced(lines.get(index).text());
        if (PanelQuestion.read(text).isPresent()) {
            return Optional.empty();
        }
        int vote = voteAfter(lines, index);
        if (vote >= 0) {
            return PanelNames.expert(text).map(p -> new Header(p, vote));
        }
        int roleVote = voteAfter(lines, next);
        String role = Paragraphs.singleSpaced(lines.get(next).text());
        if (roleVote < 0 || role.length() > MAX_ROLE_LENGTH || role.endsWith(".") || role.endsWith(":")
                || PanelQuestion.read(role).isPresent()) {
            return Optional.empty();
        }
        if (!PanelNames.isPersonName(text) || PanelNames.expert(role).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Header(new Person(PanelNames.titleCased(text), role), roleVote));
    }

    /** {@code question}, found at line index {@code index}, with its text from the next line if the label stands alone. */
    private static PanelQuestion located(PanelQuestion question, List<SourceLine> lines, int index) {
        int next = question.text().isEmpty() ? next(lines, index) : -1;
        String nextText = next < 0 ? "" : Paragraphs.singleSpaced(lines.get(next).text());
        if (next < 0 || PanelQuestion.read(nextText).isPresent()) {
            return question.at(question.text(), index + 1, index + 1);
        }
        return question.at(nextText, index + 1, next + 1);
    }

    /** A comment paragraph being read, and whether it began right after its expert's vote with no blank between. */
    private static final class Comment {
        final StringBuilder text = new StringBuilder();
        final int firstLine;
        int lastLine;
        final boolean attached;

        Comment(int firstLine, boolean attached) {
            this.firstLine = firstLine;
            this.lastLine = firstLine;
            this.attached = attached;
        }
    }

    /** One expert being read. */
    private record Expert(Person person, int firstLine, VoteLines.Vote vote, int confidenceLine, boolean fromRow,
                          boolean guessed, List<Comment> comments, List<DraftQuote> statements) {

        Expert withRole(String given) {
            return new Expert(new Person(person.name(), completedRole(person.role(), given)), firstLine, vote,
                    confidenceLine, fromRow, guessed, comments, statements);
        }
    }

    /**
     * The role a table gave, completed by one given elsewhere: a table's cell is often the institution alone
     * ("Uppsala University") where the statement names the post ("Professor of Economics"), or the participants
     * list the two ("Professor of …, Uppsala University"). Neither is dropped, and neither is repeated.
     */
    static String completedRole(String table, String given) {
        String lowerTable = table.toLowerCase(Locale.ROOT);
        String lowerGiven = given.toLowerCase(Locale.ROOT);
        if (given.isEmpty() || lowerTable.contains(lowerGiven)) {
            return table;
        }
        if (table.isEmpty() || lowerGiven.contains(lowerTable)) {
            return given;
        }
        return given + ", " + table;
    }

    /** The key a panel member's name is looked up by. */
    private static String nameKey(String name) {
        return Paragraphs.singleSpaced(name).toLowerCase(Locale.ROOT);
    }

    /**
     * The words a line opens with, up to the first mark that ends a speaker's name (colon, comma, bracket, spaced
     * dash), looked at for at most {@link #MAX_NAME_LOOKUP} characters.
     */
    private static String openingName(String text) {
        int end = Math.min(text.length(), MAX_NAME_LOOKUP);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == ',' || c == '(' || ((c == '—' || c == '–') && i > 0 && text.charAt(i - 1) == ' ')) {
                return Paragraphs.trim(text.substring(0, i));
            }
        }
        return "";
    }

    /** Reads the experts of the first question, from a line on, and what it could not read. */
    private static final class Panel {
        private final List<SourceLine> lines;
        private final Optional<PanelQuestion> first;
        private final List<Expert> experts = new ArrayList<>();
        private final Map<String, Integer> otherQuestions = new LinkedHashMap<>();
        /** The index in {@link #experts} of each panel member, by {@link #nameKey}. */
        private final Map<String, Integer> members = new LinkedHashMap<>();
        private final List<ImportWarning> warnings = new ArrayList<>();
        private boolean open;
        private boolean blankSinceVote;

        Panel(List<SourceLine> lines, Optional<PanelQuestion> first) {
            this.lines = lines;
            this.first = first;
        }

        void readFrom(int start) {
            int i = start;
            for (; i < lines.size(); i++) {
                if (isBlank(lines, i)) {
                    open = false;
                    blankSinceVote = true;
                    continue;
                }
                String text = lines.get(i).text();
                Optional<PanelQuestion> question = PanelQuestion.read(text);
                if (question.isPresent() && isOther(question.get())) {
                    if (!experts.isEmpty()) {
                        break;
                    }
                    otherQuestions.putIfAbsent(question.get().label(), i + 1);
                    i = question.get().stated() ? located(question.get(), lines, i).lastLine() - 1 : i;
                } else if (question.isEmpty() && !VoteLines.isHeaderRow(text) && !VoteLines.isSiteFurniture(text)) {
                    i = expertOrComment(i, text);
                }
            }
            for (; i < lines.size(); i++) {
                Optional<PanelQuestion> question = questionAt(lines, i);
                if (question.isPresent() && isOther(question.get())) {
                    otherQuestions.putIfAbsent(question.get().label(), i + 1);
                }
            }
            String firstNamed = first.map(PanelQuestion::named).orElse("the first question");
            otherQuestions.forEach((label, line) -> warnings.add(new ImportWarning(line, "Only " + firstNamed
                    + " was read: a map holds one question, so " + (label.isEmpty() ? "this question" : "Question " + label)
                    + " and its votes were not.")));
        }

        /** A label other than the first question's, or the same label stating another proposition. */
        private boolean isOther(PanelQuestion question) {
            return first.isPresent() && (!question.label().equals(first.get().label())
                    || (!question.text().isEmpty() && !question.text().equals(first.get().text())));
        }

        /** Reads the expert that starts at line index {@code i}, or the comment line it is; returns the last index used. */
        private int expertOrComment(int i, String text) {
            Optional<VoteLines.Row> row = VoteLines.row(text);
            if (row.isPresent()) {
                VoteLines.Row r = row.get();
                startExpert(new Person(r.name(), r.institution()), i, r.vote(), i, true, r.splitGuessed());
                if (!r.vote().comment().isEmpty()) {
                    addComment(i, r.vote().comment());
                }
                return i;
            }
            Optional<Header> header = header(lines, i);
            if (header.isPresent()) {
                int vote = header.get().vote();
                VoteLines.Vote read = VoteLines.vote(lines.get(vote).text()).orElseThrow();
                int confidenceLine = read.confidence().isEmpty() && read.isPlaced() ? confidenceLine(vote) : -1;
                if (confidenceLine >= 0) {
                    String value = confidenceValue(confidenceLine);
                    OptionalInt confidence = VoteLines.confidence(value);
                    read = confidence.isPresent() ? new VoteLines.Vote(read.band(), confidence, "") : read;
                    if (confidence.isEmpty() && !value.isEmpty()) {
                        warnings.add(new ImportWarning(confidenceLine + 1, "The confidence “" + value + "” is not a "
                                + "number from 1 to 10, so " + header.get().person().name() + "'s vote was kept without one."));
                    }
                }
                int last = Math.max(vote, confidenceLine);
                startExpert(header.get().person(), i, read, last, false, false);
                return last;
            }
            if (!experts.isEmpty()) {
                if (lines.get(i).kind() == LineKind.HEADING) {
                    open = false; // a section's heading ("In their words") ends a comment and is none
                    blankSinceVote = true;
                    return i;
                }
                if (statement(i)) {
                    return i;
                }
                int roleLine = participant(i);
                if (roleLine >= 0) {
                    return roleLine;
                }
                String comment = VoteLines.withoutLabel(Paragraphs.singleSpaced(text), "comments", "comment");
                if (!comment.isEmpty()) {
                    addComment(i, comment);
                }
            }
            return i;
        }

        /**
         * The line after a vote that gives its confidence: a number ("8", "Confidence: 8"), a label with its value in
         * words ("Confidence level: Very confident"), or a label alone whose value is the next line; -1 if none.
         */
        private int confidenceLine(int vote) {
            int next = next(lines, vote);
            if (next < 0) {
                return -1;
            }
            String text = Paragraphs.trim(lines.get(next).text());
            if (VoteLines.confidence(text).isPresent()) {
                return next;
            }
            if (!VoteLines.isConfidenceLabel(text)) {
                return -1;
            }
            int value = VoteLines.withoutConfidenceLabel(text).isEmpty() ? next(lines, next) : next;
            boolean valueOnItsOwn = value >= 0 && value != next
                    && Paragraphs.trim(lines.get(value).text()).length() <= MAX_CONFIDENCE_WORDS
                    && VoteLines.row(lines.get(value).text()).isEmpty() && header(lines, value).isEmpty();
            return valueOnItsOwn ? value : next;
        }

        /** The confidence as written on line index {@code index}, without its label. */
        private String confidenceValue(int index) {
            return VoteLines.withoutConfidenceLabel(Paragraphs.singleSpaced(lines.get(index).text()));
        }

        /**
         * Reads line index {@code i} as a statement if it opens with a panel member's name, a name in bold, or
         * "Attributed to": the named member's quote, or a warning when it names no one on the panel.
         */
        private boolean statement(int i) {
            SourceLine line = lines.get(i);
            String text = Paragraphs.singleSpaced(line.text());
            if (text.regionMatches(true, 0, "attributed to ", 0, 14)) {
                warnings.add(new ImportWarning(i + 1, "This statement is only attributed to someone, not said by a "
                        + "named panel member, so it was not given to anyone."));
                open = false;
                return true;
            }
            if (line.lead().isEmpty() && !members.containsKey(nameKey(openingName(text)))) {
                return false;
            }
            QuoteSheetItem item = QuoteSheetItem.read(text);
            if (!item.isAttributed()) {
                return false;
            }
            open = false;
            Integer member = item.people().size() == 1 ? members.get(nameKey(item.people().get(0).name())) : null;
            if (member == null) {
                String named = item.people().stream().map(Person::name).reduce((a, b) -> a + " and " + b).orElseThrow();
                warnings.add(new ImportWarning(i + 1, "This statement is by " + named + ", who "
                        + (item.people().size() == 1 ? "is" : "are") + " not one of the panel's voters, so it was "
                        + "not given to anyone."));
                return true;
            }
            Expert expert = experts.get(member).withRole(item.people().get(0).role());
            expert.statements().add(new DraftQuote(item.text(), item.citation(), i + 1, i + 1));
            experts.set(member, expert);
            return true;
        }

        /**
         * Reads line index {@code i} as a participants list's entry, a panel member's name alone with their role
         * on the next line, and completes that member's role; returns the role line's index, or -1.
         */
        private int participant(int i) {
            Integer member = members.get(nameKey(lines.get(i).text()));
            int next = member == null ? -1 : next(lines, i);
            if (next < 0 || lines.get(next).kind() != LineKind.TEXT) {
                return -1;
            }
            String role = Paragraphs.singleSpaced(lines.get(next).text());
            if (role.length() > MAX_ROLE_LENGTH || role.endsWith(".") || role.indexOf(':') >= 0
                    || members.containsKey(nameKey(role)) || VoteLines.vote(role).isPresent()) {
                return -1;
            }
            experts.set(member, experts.get(member).withRole(role));
            open = false;
            return next;
        }

        private void startExpert(Person person, int index, VoteLines.Vote vote, int confidenceIndex, boolean fromRow,
                                 boolean guessed) {
            members.putIfAbsent(nameKey(person.name()), experts.size());
            experts.add(new Expert(person, index + 1, vote, confidenceIndex + 1, fromRow, guessed, new ArrayList<>(),
                    new ArrayList<>()));
            open = false;
            blankSinceVote = false;
        }

        private void addComment(int index, String text) {
            List<Comment> comments = experts.get(experts.size() - 1).comments();
            if (open) {
                Comment comment = comments.get(comments.size() - 1);
                comment.text.append(' ').append(text);
                comment.lastLine = index + 1;
            } else {
                Comment comment = new Comment(index + 1, !blankSinceVote);
                comment.text.append(text);
                comments.add(comment);
                open = true;
            }
        }

        /**
         * The experts as entries. A row's comment is what follows it with no blank line between; a block's, every
         * paragraph up to the next expert, except that after the last expert only the first paragraph is taken,
         * the rest being as likely the page's end matter. What is not taken is warned of.
         */
        List<DraftEntry> entries(List<ImportWarning> warnings) {
            List<DraftEntry> entries = new ArrayList<>();
            for (int e = 0; e < experts.size(); e++) {
                Expert expert = experts.get(e);
                boolean last = e == experts.size() - 1;
                List<DraftQuote> quotes = new ArrayList<>();
                for (int c = 0; c < expert.comments().size(); c++) {
                    Comment comment = expert.comments().get(c);
                    if (expert.fromRow() ? comment.attached : c == 0 || !last) {
                        quotes.add(new DraftQuote(comment.text.toString(), Citation.unstated(), comment.firstLine,
                                comment.lastLine));
                    } else {
                        warnings.add(new ImportWarning(comment.firstLine, expert.fromRow()
                                ? "This paragraph is set apart from the rows around it, so it was not read as a comment."
                                : "This paragraph after the last expert's comment was not read; it may be the page's end."));
                    }
                }
                quotes.addAll(expert.statements());
                entries.add(entry(expert, quotes, warnings));
            }
            return entries;
        }

        private DraftEntry entry(Expert expert, List<DraftQuote> quotes, List<ImportWarning> warnings) {
            DraftEntry entry = DraftEntry.expert(List.of(expert.person()), expert.firstLine(), quotes);
            if (expert.guessed()) {
                entry = entry.withDoubt("The name and institution ran together; they were read as “"
                        + expert.person().name() + "” and “" + expert.person().role()
                        + "”, so check where the name ends.");
            }
            VoteLines.Vote vote = expert.vote();
            if (!vote.isPlaced()) {
                if (quotes.isEmpty()) {
                    warnings.add(new ImportWarning(expert.firstLine(), expert.person().name() + " gave no vote that "
                            + "places them (no opinion, or no answer) and no comment, so they are not on the map."));
                }
                return entry;
            }
            OptionalDouble confidence = OptionalDouble.empty();
            if (vote.confidence().isPresent()) {
                int value = vote.confidence().getAsInt();
                if (value >= 1 && value <= 10) {
                    confidence = OptionalDouble.of(value / 10.0);
                } else {
                    warnings.add(new ImportWarning(expert.confidenceLine(), "The confidence " + value + " is not on the "
                            + "1–10 scale, so " + expert.person().name() + "'s vote was kept without one."));
                }
            }
            Band band = BANDS.get(vote.band());
            return entry.withStance(new StatedStance(band.label(), band.centre(), confidence));
        }
    }
}
