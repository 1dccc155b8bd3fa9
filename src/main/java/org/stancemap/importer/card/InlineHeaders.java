package org.stancemap.importer.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stancemap.importer.text.Paragraphs;

/**
 * Finds where a voice's header, run inline into its quote, ends and the quote begins.
 *
 * <p>A header given as known is matched exactly (ignoring whitespace, case and typographic variants of quotes and
 * dashes). Otherwise the header is read by its shape: {@code Name[ and Name], Role, Org…[; and Name, Role…]},
 * where a name is two to five capitalised words, and the role and affiliation run on as capitalised words joined
 * by {@code of}, {@code and}, {@code for}, {@code the}, {@code at}…, with parenthesised parts such as
 * {@code (CICIR)}. The run ends where the quote's first sentence starts: at a bracket, quotation mark, ellipsis
 * or digit; after a closing parenthesis or a colon; or at the capitalised word just before the first lower-case
 * word ({@code … Review Commission Kremlin spokesman …} ends the header after {@code Commission}). Text that
 * looks like prose instead ({@code Vladimir Putin, Russia’s President, said …}) is not a header.
 *
 * <p>The shape cannot tell a quote that opens with several capitalised words ({@code Chinese President Xi said})
 * from the end of an affiliation; known headers make such splits exact.
 */
final class InlineHeaders {
    /** A header as written in the card: {@code [start, end)}; its quote begins at {@code quoteStart}. */
    record Found(int start, int end, int quoteStart, boolean known) {
        String text(String card) {
            return card.substring(start, end);
        }
    }

    private enum Kind { WORD, PAREN }

    private record Token(Kind kind, int start, int end, char sep, String text) {
    }

    private static final int MAX_TOKENS = 80;
    private static final int MAX_HEADER_CHARS = 800;
    private static final char NO_SEP = ' ';

    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "at", "on", "in", "to", "de",
            "du", "des", "da", "di", "del", "la", "le", "von", "van", "der", "den", "y", "&", "und", "with", "from");
    private static final Set<String> SEGMENT_OPENERS = Set.of("at", "of", "in", "for", "on", "with", "from");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den", "bin", "al", "da",
            "di", "du", "la", "le", "ter", "ten", "dos", "das", "del");
    /** Capitalised words that open sentences, never names. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "In", "On", "At", "But", "And",
            "As", "For", "If", "It", "Its", "This", "That", "These", "Those", "When", "While", "Although", "Though",
            "Yet", "So", "Still", "However", "Moreover", "Indeed", "Even", "After", "Before", "Since", "During",
            "Today", "Now", "Then", "There", "Here", "What", "Why", "How", "We", "I", "They", "He", "She", "Our",
            "Their", "His", "Her", "My", "Both", "Some", "Many", "Most", "All", "Such", "Unlike", "Like", "With",
            "Without", "By", "From", "To", "Of", "Under", "Over", "Despite", "Given", "Rather", "Instead",
            "Meanwhile", "Finally", "First", "Second", "Third", "Also", "Only", "Not", "No", "Nor", "Or", "Each",
            "Every", "Against", "Between", "Among", "Unless", "Until", "Whether", "Because", "Thus", "Hence",
            "Therefore", "Nevertheless", "Nonetheless", "Yes", "Perhaps", "Neither", "Either", "Another", "Other");

    private final List<String> known;

    InlineHeaders(List<String> knownHeaders) {
        this.known = knownHeaders.stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
    }

    boolean hasKnownHeaders() {
        return !known.isEmpty();
    }

    /** The header opening {@code text} at {@code start}, with its quote before {@code limit}, if there is one. */
    Optional<Found> at(String text, int start, int limit) {
        Optional<Found> exact = knownAt(text, start, limit);
        return exact.isPresent() ? exact : byShape(text, start, limit);
    }

    private Optional<Found> knownAt(String text, int start, int limit) {
        int best = -1;
        for (String header : known) {
            int end = matchFolded(text, start, header, limit);
            if (end > best && end < limit && (Paragraphs.isBlank(text.charAt(end)) || text.charAt(end) == ':')) {
                best = end;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        int quoteStart = best;
        while (quoteStart < limit && (Paragraphs.isBlank(text.charAt(quoteStart)) || text.charAt(quoteStart) == ':')) {
            quoteStart++;
        }
        return quoteStart < limit ? Optional.of(new Found(start, best, quoteStart, true)) : Optional.empty();
    }

    static Optional<Found> byShape(String text, int start, int limit) {
        List<Token> tokens = lex(text, start, Math.min(limit, start + MAX_HEADER_CHARS));
        int afterName = name(tokens, 0);
        if (afterName < 0) {
            return Optional.empty();
        }
        if (tokens.get(afterName - 1).sep() != ',') {
            boolean coAuthor = afterName < tokens.size() && tokens.get(afterName).text().equals("and")
                    && tokens.get(afterName).sep() == NO_SEP;
            afterName = coAuthor ? name(tokens, afterName + 1) : -1;
            if (afterName < 0 || tokens.get(afterName - 1).sep() != ',') {
                return Optional.empty();
            }
        }
        return roles(tokens, afterName);
    }

    /** Reads the role run from token {@code from}; returns the header up to where the quote starts. */
    private static Optional<Found> roles(List<Token> tokens, int from) {
        int segmentStart = from;
        int roleStart = from;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean first = i == segmentStart;
            boolean accepted = t.kind() == Kind.PAREN || isCapitalised(t.text())
                    || (first && t.text().equals("respectively"))
                    || (CONNECTORS.contains(t.text()) && (!first || SEGMENT_OPENERS.contains(t.text())));
            if (!accepted) {
                return opensQuote(t.text()) ? cut(tokens, i, roleStart) : sentenceStart(tokens, i, segmentStart, roleStart);
            }
            switch (t.sep()) {
                case ',' -> segmentStart = i + 1;
                case ';' -> {
                    int next = i + 1;
                    if (next < tokens.size() && tokens.get(next).text().equals("and")) {
                        next++;
                    }
                    int afterName = name(tokens, next);
                    if (afterName < 0 || tokens.get(afterName - 1).sep() != ',') {
                        return Optional.empty();
                    }
                    i = afterName - 1;
                    segmentStart = afterName;
                    roleStart = afterName;
                }
                case ':' -> {
                    return cut(tokens, i + 1, roleStart);
                }
                default -> {
                    if (t.kind() == Kind.PAREN) {
                        return cut(tokens, i + 1, roleStart);
                    }
                }
            }
        }
        return Optional.empty(); // the run never ended: no quote left before the citation
    }

    /**
     * The header ends where the sentence holding the lower-case word {@code i} starts: at the last sentence opener
     * ({@code The}, {@code In}…) since the segment began, reached back over connectors if need be
     * ({@code … Interest In the past}), else at the capitalised word just before it. A lower-case word right after
     * a comma means the text is prose, not a header.
     */
    private static Optional<Found> sentenceStart(List<Token> tokens, int i, int segmentStart, int roleStart) {
        if (i == segmentStart) {
            return Optional.empty();
        }
        for (int k = i - 1; k > segmentStart; k--) {
            if (SENTENCE_OPENERS.contains(tokens.get(k).text())) {
                Optional<Found> found = cut(tokens, k, roleStart);
                if (found.isPresent()) {
                    return found;
                }
                break; // "… at The Hague Institute Russia’s": "The" belonged to the affiliation
            }
        }
        int k = i - 1;
        while (k > segmentStart && CONNECTORS.contains(tokens.get(k).text())) {
            k--;
        }
        Token opener = tokens.get(k);
        boolean reachedOverConnectors = k < i - 1;
        if (opener.kind() == Kind.WORD && (reachedOverConnectors ? SENTENCE_OPENERS.contains(opener.text())
                : isCapitalised(opener.text()))) {
            return cut(tokens, k, roleStart);
        }
        return Optional.empty(); // a lower-case word inside the affiliation: not a header's shape
    }

    /** The header is tokens before {@code quoteToken}; it needs a role and must not end on a connector. */
    private static Optional<Found> cut(List<Token> tokens, int quoteToken, int roleStart) {
        if (quoteToken <= roleStart || quoteToken >= tokens.size()) {
            return Optional.empty();
        }
        Token last = tokens.get(quoteToken - 1);
        if (last.kind() == Kind.WORD && CONNECTORS.contains(last.text())) {
            return Optional.empty();
        }
        return Optional.of(new Found(tokens.get(0).start(), last.end(), tokens.get(quoteToken).start(), false));
    }

    /** Index after a name of two to five capitalised words starting at {@code from}, or -1. */
    private static int name(List<Token> tokens, int from) {
        if (from >= tokens.size() || SENTENCE_OPENERS.contains(tokens.get(from).text())) {
            return -1;
        }
        int capitalised = 0;
        int i = from;
        while (i < tokens.size() && capitalised < 6) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.WORD && isNameWord(t.text())) {
                capitalised++;
                i++;
                if (t.sep() != NO_SEP) {
                    break;
                }
            } else if (t.kind() == Kind.WORD && capitalised > 0 && NAME_PARTICLES.contains(t.text())
                    && t.sep() == NO_SEP && i + 1 < tokens.size() && isNameWord(tokens.get(i + 1).text())) {
                i++;
            } else {
                break;
            }
        }
        return capitalised >= 2 && capitalised <= 5 ? i : -1;
    }

    private static List<Token> lex(String text, int start, int limit) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < limit && tokens.size() < MAX_TOKENS) {
            char c = text.charAt(i);
            if (Paragraphs.isBlank(c)) {
                i++;
                continue;
            }
            int end = c == '(' ? closingParen(text, i, limit) : -1;
            Kind kind = end > 0 ? Kind.PAREN : Kind.WORD;
            if (end < 0) {
                end = i;
                while (end < limit && !Paragraphs.isBlank(text.charAt(end))) {
                    end++;
                }
            }
            int wordEnd = end;
            char sep = NO_SEP;
            char lastChar = text.charAt(end - 1);
            if (kind == Kind.WORD && end - i > 1 && (lastChar == ',' || lastChar == ';' || lastChar == ':')) {
                wordEnd = end - 1;
                sep = lastChar;
            } else if (kind == Kind.PAREN && end < limit && (text.charAt(end) == ',' || text.charAt(end) == ';')) {
                sep = text.charAt(end);
                end++;
            }
            tokens.add(new Token(kind, i, wordEnd, sep, text.substring(i, wordEnd)));
            i = end;
        }
        return tokens;
    }

    private static int closingParen(String text, int open, int limit) {
        for (int k = open + 1; k < limit && k < open + 200; k++) {
            char c = text.charAt(k);
            if (c == ')') {
                return k + 1;
            }
            if (c == '(') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean isNameWord(String word) {
        if (!isCapitalised(word) || word.length() > 30 || SENTENCE_OPENERS.contains(word)) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (!(Character.isLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensQuote(String word) {
        char c = word.charAt(0);
        return c == '[' || c == '“' || c == '"' || c == '‘' || c == '\'' || c == '…' || c == '.' || Character.isDigit(c);
    }

    /** End offset in {@code text} of {@code pattern} matched at {@code at}, or -1; see {@link #fold(char)}. */
    static int matchFolded(String text, int at, String pattern, int limit) {
        int i = at;
        int j = 0;
        while (j < pattern.length()) {
            char p = pattern.charAt(j);
            if (Paragraphs.isBlank(p)) {
                if (i >= limit || !Paragraphs.isBlank(text.charAt(i))) {
                    return -1;
                }
                while (j < pattern.length() && Paragraphs.isBlank(pattern.charAt(j))) {
                    j++;
                }
                while (i < limit && Paragraphs.isBlank(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (i >= limit || fold(text.charAt(i)) != fold(p)) {
                return -1;
            }
            i++;
            j++;
        }
        return i;
    }

    /** Lower case, with every quotation mark, apostrophe and dash replaced by its plain ASCII form. */
    static char fold(char c) {
        return switch (c) {
            case '‘', '’', '‚', '‛', '′', 'ʼ' -> '\'';
            case '“', '”', '„', '‟', '″' -> '"';
            case '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
            default -> Character.toLowerCase(c);
        };
    }
}
