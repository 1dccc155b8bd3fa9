package org.stancemap.importer.roundup;

import java.util.Optional;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SpeakerNames;

/**
 * The label a transcript line may open with, read by its shape only: {@code JANE ROE:} alone on its line,
 * {@code Jane Roe: answer…}, {@code [00:12:31] DR. ROE:}, {@code Jane Roe (00:12):}, {@code [Jane Roe:] answer…}.
 * Whether the words before the colon name a speaker is for the format to judge, with what else it knows.
 *
 * @param name        the words before the colon, without timestamp or aside: "DR. JANE ROE"
 * @param aside       what a bracket after the name held when it was not a timestamp ("Brookings", "moderator"), or ""
 * @param rest        what follows the label on its line, trimmed; "" when the label stands alone
 * @param timestamped the label carried a timestamp such as {@code [00:12:31]}
 * @param bracketed   the label was written {@code [Jane Roe:]}, as some transcripts mark turns
 * @param emphasised  the label is the line's bold lead, as {@code **Jane Roe:**} marks it
 */
record SpeakerLabel(String name, String aside, String rest, boolean timestamped, boolean bracketed, boolean emphasised) {

    /** No speaker label is longer; looking further would only cost time on prose. */
    static final int MAX_LABEL_LENGTH = 90;
    private static final int MAX_TIMESTAMP_LENGTH = 14;

    /** True when nothing follows the label on its line: {@code JANE ROE:}. */
    boolean alone() {
        return rest.isEmpty();
    }

    /** The label {@code line} opens with, if it opens with one; {@code lead} is the line's bold lead, or "". */
    static Optional<SpeakerLabel> read(String line, String lead) {
        int length = line.length();
        int i = skipBlanks(line, 0);
        boolean timestamped = false;
        int afterStamp = timestamp(line, i);
        if (afterStamp > i) {
            timestamped = true;
            i = skipBlanks(line, afterStamp);
            if (i < length && (line.charAt(i) == '-' || line.charAt(i) == '\u2013')) {
                i = skipBlanks(line, i + 1);
            }
        }
        if (i < length && line.charAt(i) == '[') {
            return bracketed(line, i, timestamped);
        }
        int colon = colon(line, i);
        if (colon < 0 || (colon + 1 < length && !Paragraphs.isBlank(line.charAt(colon + 1)))) {
            return Optional.empty();
        }
        String candidate = Paragraphs.trim(line.substring(i, colon));
        String aside = "";
        if (candidate.endsWith(")") || candidate.endsWith("]")) {
            int open = candidate.lastIndexOf(candidate.endsWith(")") ? '(' : '[');
            if (open > 0) {
                String inside = Paragraphs.trim(candidate.substring(open + 1, candidate.length() - 1));
                if (isTimestamp(inside)) {
                    timestamped = true;
                } else {
                    aside = inside;
                }
                candidate = Paragraphs.trim(candidate.substring(0, open));
            }
        }
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        String rest = Paragraphs.trim(line.substring(colon + 1));
        String bold = Paragraphs.trim(lead.endsWith(":") ? lead.substring(0, lead.length() - 1) : lead);
        boolean emphasised = !bold.isEmpty() && (bold.equals(candidate) || bold.startsWith(candidate));
        return Optional.of(new SpeakerLabel(Paragraphs.singleSpaced(candidate), aside, rest, timestamped, false,
                emphasised));
    }

    /** {@code [Jane Roe:] answer…}: the label in square brackets, its colon inside them. */
    private static Optional<SpeakerLabel> bracketed(String line, int open, boolean timestamped) {
        int limit = Math.min(line.length(), open + MAX_LABEL_LENGTH);
        for (int j = open + 1; j + 1 < limit; j++) {
            char c = line.charAt(j);
            if (c == ':' && line.charAt(j + 1) == ']') {
                String name = Paragraphs.singleSpaced(line.substring(open + 1, j));
                return name.isEmpty() ? Optional.empty() : Optional.of(new SpeakerLabel(name, "",
                        Paragraphs.trim(line.substring(j + 2)), timestamped, true, false));
            }
            if (c == ']' || c == '[') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The first colon after {@code from} outside brackets, within {@link #MAX_LABEL_LENGTH}; -1 when a character no
     * label holds comes first (a quote mark, a question mark, a full stop ending a sentence).
     */
    private static int colon(String line, int from) {
        int limit = Math.min(line.length(), from + MAX_LABEL_LENGTH);
        int depth = 0;
        for (int j = from; j < limit; j++) {
            char c = line.charAt(j);
            switch (c) {
                case '(', '[' -> depth++;
                case ')', ']' -> depth = Math.max(0, depth - 1);
                case ':' -> {
                    if (depth == 0) {
                        return j;
                    }
                }
                case '"', '“', '”', '?', '!', ';', '«' -> {
                    return -1;
                }
                default -> {
                }
            }
        }
        return -1;
    }

    /** The index after a timestamp opening the line at {@code i} ({@code [00:12:31]}, {@code 12:31 }), or {@code i}. */
    private static int timestamp(String line, int i) {
        if (i >= line.length()) {
            return i;
        }
        char first = line.charAt(i);
        if (first == '[' || first == '(') {
            int close = line.indexOf(first == '[' ? ']' : ')', i);
            return close > i && close - i <= MAX_TIMESTAMP_LENGTH && isTimestamp(line.substring(i + 1, close))
                    ? close + 1 : i;
        }
        int end = i;
        while (end < line.length() && end - i <= MAX_TIMESTAMP_LENGTH && isTimestampChar(line.charAt(end))) {
            end++;
        }
        boolean followedByBlank = end < line.length() && Paragraphs.isBlank(line.charAt(end));
        return followedByBlank && isTimestamp(line.substring(i, end)) ? end : i;
    }

    /** "00:12:31", "12:31", "1:02:03.5": digits and colons, a colon in the middle and a digit at each end. */
    static boolean isTimestamp(String text) {
        if (text.length() < 3 || text.length() > MAX_TIMESTAMP_LENGTH || text.indexOf(':') < 0
                || !Character.isDigit(text.charAt(0)) || !Character.isDigit(text.charAt(text.length() - 1))) {
            return false;
        }
        for (int j = 0; j < text.length(); j++) {
            if (!isTimestampChar(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTimestampChar(char c) {
        return (c >= '0' && c <= '9') || c == ':' || c == '.';
    }

    private static int skipBlanks(String line, int i) {
        while (i < line.length() && Paragraphs.isBlank(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when {@code name} reads as a person's name, titles such as "Dr." or "Amb." included. */
    boolean namesAPerson() {
        return SpeakerNames.isPlausible(name);
    }
}
