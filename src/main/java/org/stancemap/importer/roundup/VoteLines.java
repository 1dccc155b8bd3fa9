package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.stancemap.importer.text.Paragraphs;

/**
 * Reads one line of a vote panel as what it says: a vote ("Strongly agree", "Agree, confidence 8"), a
 * confidence ("Confidence: 8", a bare "8"), or a whole table row ("Jane Roe | Yale | Agree | 8 | comment").
 *
 * <p>Every reader looks at a bounded number of words, so a line of any length costs about its first hundred
 * characters unless it is a row, whose comment is then cut out of the line once.
 */
final class VoteLines {

    /** The answers, in the order of the agreement template's bands; an answer off the axis has band -1. */
    record Answer(List<String> words, int band) {
    }

    /** Longer phrases first, so that "strongly agree" is not read as "agree". */
    private static final List<Answer> ANSWERS = List.of(
            new Answer(List.of("strongly", "disagree"), 0),
            new Answer(List.of("strongly", "agree"), 4),
            new Answer(List.of("did", "not", "answer"), -1),
            new Answer(List.of("did", "not", "vote"), -1),
            new Answer(List.of("no", "opinion"), -1),
            new Answer(List.of("no", "answer"), -1),
            new Answer(List.of("disagree"), 1),
            new Answer(List.of("uncertain"), 2),
            new Answer(List.of("agree"), 3));

    /**
     * A vote: the agreement band it names (-1 for "No opinion", "Did not answer"), the confidence as written
     * (any number, checked against the 1–10 scale by the reader), and the comment written after them on the line.
     */
    record Vote(int band, OptionalInt confidence, String comment) {
        boolean isPlaced() {
            return band >= 0;
        }
    }

    /** A table row: the expert's name and institution as the cells or words give them, and their vote. */
    record Row(String name, String institution, boolean splitGuessed, Vote vote) {
    }

    /** Name and institution words of a row come before its vote; more than this and it is prose. */
    private static final int MAX_ROW_LEAD_WORDS = 16;
    private static final int MAX_CONFIDENCE_DIGITS = 3;
    private static final int MAX_NAME_WORDS = 6;

    /** Lower-case words a name or institution may hold: particles ("van der Berg") and linking words. */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da",
            "du", "la", "le", "des", "dos", "das", "ter", "ten", "zu", "bin", "al", "el", "y");
    // "|" is a word only inside a cell of a table read from markup, as in "Banco del Sur | Research"
    private static final Set<String> LINKS = Set.of("of", "the", "and", "for", "at", "in", "und", "et", "&", "e", "|");

    /** Words that end an institution's name ("Yale University", "London School of Economics"). */
    private static final List<String> INSTITUTION_WORDS = List.of("univers", "college", "school", "institut",
            "istituto", "centre", "center", "bank", "fund", "foundation", "academy", "polytechnic", "politecnico",
            "hochschule", "école", "ecole", "business", "council", "commission", "ministry", "laboratory");

    /** The first letters of the answers. */
    private static final String ANSWER_STARTS = "sdnua";

    /** The first letters of the answers and of the labels a vote line may start with ("Vote:", "Answer:"). */
    private static final String VOTE_LINE_STARTS = "sdnuavr";

    /** Words of the answers, which do not end a row's run of name and institution words. */
    private static final Set<String> ANSWER_WORDS = Set.of("strongly", "disagree", "agree", "uncertain", "no",
            "opinion", "answer", "did", "not", "vote");

    private static final String[] VOTE_LABELS = {"vote", "answer", "response"};

    /** Site furniture a panel's results page prints after every row. */
    private static final String BIO_LINK = "bio/vote history";

    private VoteLines() {
    }

    /**
     * A line that holds a vote and nothing but a confidence after it: "Agree", "Vote: Strongly disagree",
     * "Agree (confidence 8)", "Uncertain, 5". "Agree with the premise" is not one.
     */
    static Optional<Vote> vote(String line) {
        int start = skip(line, 0, "");
        if (start == line.length() || VOTE_LINE_STARTS.indexOf(Character.toLowerCase(line.charAt(start))) < 0) {
            return Optional.empty(); // most lines, cheaply: no answer or label starts with their first letter
        }
        String text = withoutLabel(Paragraphs.trim(line), VOTE_LABELS);
        List<Token> tokens = tokens(text, 4);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        Optional<Answer> answer = answerAt(text, tokens, 0);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        Token last = tokens.get(answer.get().words().size() - 1);
        String rest = Paragraphs.trim(text.substring(last.end()));
        if (rest.equals(".") || rest.isEmpty()) {
            return Optional.of(new Vote(answer.get().band(), OptionalInt.empty(), ""));
        }
        OptionalInt confidence = confidence(rest);
        return confidence.isPresent() ? Optional.of(new Vote(answer.get().band(), confidence, "")) : Optional.empty();
    }

    /**
     * The number of a line or cell that holds only a confidence: "8", "8/10", "(8)", "Confidence: 8",
     * "confidence level 8", with the punctuation that may join it to a vote before it; empty if anything else is
     * on it. The number is returned as written; whether it is on the 1–10 scale is the caller's to say.
     */
    static OptionalInt confidence(String text) {
        int length = text.length();
        int i = skip(text, 0, " ,;:(–—-=");
        if (text.regionMatches(true, i, "confidence", 0, 10)) {
            i = skip(text, i + 10, " ");
            if (text.regionMatches(true, i, "level", 0, 5)) {
                i += 5;
            }
            i = skip(text, i, " :=-");
        }
        int digitsFrom = i;
        while (i < length && i - digitsFrom < MAX_CONFIDENCE_DIGITS + 1 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digitsFrom || i - digitsFrom > MAX_CONFIDENCE_DIGITS) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(text.substring(digitsFrom, i));
        i = skip(text, i, " ");
        if (text.startsWith("/10", i)) {
            i += 3;
        } else if (text.startsWith("/ 10", i)) {
            i += 4;
        }
        i = skip(text, i, " ).");
        return i == length ? OptionalInt.of(value) : OptionalInt.empty();
    }

    /**
     * A table row: name and institution, then a vote, a confidence and a comment. Its cells may be separated by
     * tabs, "|" or runs of spaces, or not at all ("Jane Roe MIT Agree 7"); the vote is the first answer after at
     * least two words, every one of them capitalised or a particle, which is what tells a row from prose.
     */
    static Optional<Row> row(String line) {
        List<Token> tokens = leadTokens(line);
        for (int i = 0; i < tokens.size() && i <= MAX_ROW_LEAD_WORDS; i++) {
            Optional<Answer> answer = i >= 2 ? answerAt(line, tokens, i) : Optional.empty();
            if (answer.isPresent()) {
                return row(line, tokens, i, answer.get());
            }
            if (!isNameOrInstitutionWord(line, tokens.get(i).start(), tokens.get(i).end())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Row> row(String line, List<Token> tokens, int at, Answer answer) {
        int after = at + answer.words().size();
        OptionalInt confidence = OptionalInt.empty();
        int commentFrom = line.length();
        if (after < tokens.size()) {
            Token next = tokens.get(after);
            confidence = confidence(next.text(line));
            if (confidence.isPresent()) {
                commentFrom = next.end();
            } else if (next.cellStart() || answer.band() < 0) {
                commentFrom = next.start();
            } else {
                return Optional.empty(); // "Most Economists Agree On Tariffs": a headline, not a row
            }
        }
        List<List<String>> cells = cells(line, tokens.subList(0, at));
        Vote vote = new Vote(answer.band(), confidence, comment(line.substring(commentFrom)));
        return nameAndInstitution(cells)
                .map(s -> new Row(PanelNames.titleCased(s.name()), s.institution(), s.guessed(), vote));
    }

    /** The comment at the end of a row: its cells joined by spaces, without the site's "Bio/Vote History" link. */
    private static String comment(String rest) {
        String text = Paragraphs.singleSpaced(rest.replace('\t', ' ').replace('|', ' '));
        if (text.toLowerCase(Locale.ROOT).endsWith(BIO_LINK)) {
            text = Paragraphs.trim(text.substring(0, text.length() - BIO_LINK.length()));
        }
        return text;
    }

    /** True for the link a results page prints under every row, which belongs to no one's comment. */
    static boolean isSiteFurniture(String line) {
        return Paragraphs.singleSpaced(line).equalsIgnoreCase(BIO_LINK);
    }

    /**
     * A table's header row ("Name | Institution | Vote | Confidence | Comment") or a Markdown table's rule
     * ("|---|:--|"): no expert, and the sign that rows follow.
     */
    static boolean isHeaderRow(String line) {
        String text = Paragraphs.trim(line);
        if (!text.isEmpty() && skip(text, 0, "|-: \t") == text.length() && text.indexOf('-') >= 0) {
            return true;
        }
        List<Token> tokens = tokens(text, 12);
        if (tokens.size() < 2 || tokens.size() >= 12) {
            return false;
        }
        boolean vote = false;
        boolean confidence = false;
        for (Token token : tokens) {
            String word = token.text(text).toLowerCase(Locale.ROOT);
            vote |= word.equals("vote") || word.equals("answer") || word.equals("response");
            confidence |= word.equals("confidence");
        }
        return vote && confidence;
    }

    /** A line that holds only the label a vote follows on the next line: "Answer:", "Vote:". */
    static boolean isVoteLabel(String line) {
        String text = Paragraphs.trim(line);
        return text.indexOf(':') > 0 && withoutLabel(text, VOTE_LABELS).isEmpty();
    }

    /** A line that starts with a confidence's label: "Confidence:", "Confidence level: Very confident". */
    static boolean isConfidenceLabel(String line) {
        String text = Paragraphs.trim(line);
        return !withoutConfidenceLabel(text).equals(text);
    }

    /** {@code text} without its "Confidence:" or "Confidence level:" label. */
    static String withoutConfidenceLabel(String text) {
        return withoutLabel(text, "confidence level", "confidence");
    }

    /** {@code text} without a leading "Label:" when it starts with one of {@code labels}, case aside. */
    static String withoutLabel(String text, String... labels) {
        for (String label : labels) {
            if (text.regionMatches(true, 0, label, 0, label.length())) {
                int i = skip(text, label.length(), " ");
                if (i < text.length() && text.charAt(i) == ':') {
                    return Paragraphs.trim(text.substring(i + 1));
                }
            }
        }
        return text;
    }

    /** Name and institution from the cells before a row's vote: separate cells are certain, run-together words not. */
    private static Optional<PanelNames.Split> nameAndInstitution(List<List<String>> cells) {
        List<List<String>> kept = new ArrayList<>(cells);
        if (kept.size() >= 2 && PanelNames.isSortKey(kept.get(0), kept.get(1))) {
            kept.remove(0); // a results page's hidden sort key: "Roe | Jane Roe | Yale"
        }
        if (kept.size() == 1) {
            return PanelNames.split(kept.get(0));
        }
        List<String> name = PanelNames.withoutSortKey(kept.get(0));
        if (name.size() > MAX_NAME_WORDS) {
            return Optional.empty();
        }
        List<String> institution = new ArrayList<>();
        for (List<String> cell : kept.subList(1, kept.size())) {
            institution.add(String.join(" ", cell));
        }
        return Optional.of(new PanelNames.Split(String.join(" ", name), String.join(", ", institution), false));
    }

    private static List<List<String>> cells(String line, List<Token> tokens) {
        List<List<String>> cells = new ArrayList<>();
        for (Token token : tokens) {
            if (token.cellStart() || cells.isEmpty()) {
                cells.add(new ArrayList<>());
            }
            cells.get(cells.size() - 1).add(token.text(line));
        }
        return cells;
    }

    /** The answer whose words start at token {@code at}, if any; the word after it must end there. */
    private static Optional<Answer> answerAt(String text, List<Token> tokens, int at) {
        if (at >= tokens.size() || ANSWER_STARTS.indexOf(Character.toLowerCase(text.charAt(tokens.get(at).start()))) < 0) {
            return Optional.empty();
        }
        for (Answer answer : ANSWERS) {
            List<String> words = answer.words();
            if (at + words.size() > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int w = 0; w < words.size() && matches; w++) {
                Token token = tokens.get(at + w);
                matches = (w == 0 || !token.cellStart()) && token.matches(text, words.get(w));
            }
            if (matches) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }

    static boolean isNameOrInstitutionWord(String word) {
        return isNameOrInstitutionWord(word, 0, word.length());
    }

    /** {@link #isNameOrInstitutionWord(String)} of the word at {@code start}–{@code end}, copied only when lower case. */
    private static boolean isNameOrInstitutionWord(String line, int start, int end) {
        if (start >= end) {
            return false;
        }
        char first = line.charAt(start);
        if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
            return true;
        }
        String word = line.substring(start, end);
        String lower = word.toLowerCase(Locale.ROOT);
        return PARTICLES.contains(lower) || LINKS.contains(lower)
                || (Character.isLowerCase(first) && word.length() > 2 && "'’".indexOf(word.charAt(1)) >= 0); // d'Économie
    }

    static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isInstitutionWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String part : lower.split("-", 3)) {
            for (String start : INSTITUTION_WORDS) {
                if (part.startsWith(start)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return isSeparator(c, '|');
    }

    private static boolean isSeparator(char c, char cellBreak) {
        return c == '\t' || c == cellBreak || Paragraphs.isBlank(c);
    }

    private static int skip(String text, int from, String chars) {
        int i = from;
        while (i < text.length() && (chars.indexOf(text.charAt(i)) >= 0 || Paragraphs.isBlank(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    /**
     * A word of a line, by its offsets; {@code cellStart} when a tab, "|" or a run of two or more spaces (or the
     * line's start) comes before it, as between the cells of a table.
     */
    record Token(int start, int end, boolean cellStart) {
        String text(String line) {
            return line.substring(start, end);
        }

        /** Whether the word, without the punctuation around it, is {@code lower} in any case. */
        boolean matches(String line, String lower) {
            int from = start;
            int to = end;
            while (to > from && ",.;:".indexOf(line.charAt(to - 1)) >= 0) {
                to--;
            }
            return to - from == lower.length() && line.regionMatches(true, from, lower, 0, lower.length());
        }
    }

    /**
     * The words a row could be read from: its name, institution and answer words, and the one word after them
     * (a confidence, or the first word of the comment, or the word that shows the line is prose).
     */
    private static List<Token> leadTokens(String line) {
        return tokens(line, MAX_ROW_LEAD_WORDS + 5, true);
    }

    /** The first {@code max} words of {@code line}, split at blanks, tabs and "|". */
    private static List<Token> tokens(String line, int max) {
        return tokens(line, max, false);
    }

    private static List<Token> tokens(String line, int max, boolean untilProse) {
        List<Token> tokens = new ArrayList<>();
        int length = line.length();
        // a table row read from markup has its cells split at tabs already; a "|" left in it is the cell's own text
        char cellBreak = line.indexOf('\t') >= 0 ? '\t' : '|';
        int i = 0;
        boolean cellStart = true;
        int blanks = 0;
        while (i < length && tokens.size() < max) {
            char c = line.charAt(i);
            if (c == '\t' || c == cellBreak) {
                cellStart = true;
                i++;
            } else if (Paragraphs.isBlank(c)) {
                blanks++;
                cellStart |= blanks >= 2;
                i++;
            } else {
                int start = i;
                while (i < length && !isSeparator(line.charAt(i), cellBreak)) {
                    i++;
                }
                tokens.add(new Token(start, i, cellStart));
                cellStart = false;
                blanks = 0;
                if (untilProse && !isNameOrInstitutionWord(line, start, i)
                        && !ANSWER_WORDS.contains(line.substring(start, i).toLowerCase(Locale.ROOT))) {
                    break;
                }
            }
        }
        return tokens;
    }
}
