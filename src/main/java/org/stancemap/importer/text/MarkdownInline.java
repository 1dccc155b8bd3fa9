package org.stancemap.importer.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.parser.Parser;

/**
 * Reads the inline markup of one Markdown line: what it says without its markers, and the bold words it opens
 * with.
 *
 * <p>Links keep their text ({@code [text](url)} → {@code text}), images go ({@code ![alt](src)}), emphasis
 * markers go where they pair as CommonMark pairs them ({@code **bold**}, {@code _em_}, {@code ~~struck~~}) and
 * stay where they do not ({@code 5 * 3}, {@code snake_case}), escapes give their character ({@code \*} →
 * {@code *}), code spans keep their content as written, and HTML tags and entities go. A bracket that is not a
 * link stays: {@code [T]he} is a quote's editorial insertion, not markup.
 *
 * <p>One pass finds the markers, brackets are matched by stack and each code span's closing run is looked up
 * in a table, so the cost is linear in the line's length.
 */
final class MarkdownInline {

    /** A longer line is not real prose; its markers are left in rather than spending memory on it. */
    static final int MAX_LENGTH = 100_000;

    /**
     * @param text the line's words, markers removed, trimmed
     * @param lead the strongly emphasised words it opens with, without trailing {@code :} or {@code ,}; "" if none
     */
    record Inline(String text, String lead) {
    }

    private MarkdownInline() {
    }

    static Inline read(String content) {
        if (content.length() > MAX_LENGTH) {
            return new Inline(Paragraphs.trim(content), "");
        }
        return new Scan(content).read();
    }

    /** The words a line opens with, cleaned the same way for Markdown and HTML: no trailing {@code :}, {@code ,}. */
    static String leadOf(String emphasised) {
        String lead = Paragraphs.singleSpaced(emphasised);
        int end = lead.length();
        while (end > 0 && (":,;–—-".indexOf(lead.charAt(end - 1)) >= 0
                || Paragraphs.isBlank(lead.charAt(end - 1)))) {
            end--;
        }
        return lead.substring(0, end);
    }

    static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    private static boolean isPunctuation(char c) {
        if (c < 128) {
            return isAsciiPunctuation(c);
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    /** A span of the line replaced in the text: a marker removed, or a tag made a space. */
    private record Edit(int start, int end, String replacement, int pair, boolean opens, boolean strong) {
        static Edit removed(int start, int end) {
            return new Edit(start, end, "", -1, false, false);
        }
    }

    /** A run of {@code *}, {@code _} or {@code ~}, and how many of its characters are still unpaired. */
    private static final class Delimiters {
        final int start;
        final int length;
        final char marker;
        final boolean canOpen;
        final boolean canClose;
        int unpaired;

        Delimiters(int start, int length, char marker, boolean canOpen, boolean canClose) {
            this.start = start;
            this.length = length;
            this.marker = marker;
            this.canOpen = canOpen;
            this.canClose = canClose;
            this.unpaired = length;
        }
    }

    private static final class Scan {
        private final String s;
        private final int n;
        private final int[] match;
        private final List<Edit> edits = new ArrayList<>();
        private final List<Delimiters> delimiters = new ArrayList<>();
        private final Map<Integer, Integer> codeCloser = new HashMap<>();
        private int pairs;

        Scan(String s) {
            this.s = s;
            this.n = s.length();
            this.match = matchBrackets(s);
            findCodeSpans();
        }

        Inline read() {
            scan();
            pairDelimiters();
            return build();
        }

        private void scan() {
            int linkClose = -1;
            int linkEnd = -1;
            int i = 0;
            while (i < n) {
                if (linkClose >= 0 && i > linkClose) {
                    linkClose = -1; // a code span swallowed the link's closing bracket: leave the rest as written
                }
                char c = s.charAt(i);
                if (i == linkClose) {
                    edits.add(Edit.removed(i, linkEnd + 1));
                    i = linkEnd + 1;
                    linkClose = -1;
                } else if (c == '\\' && i + 1 < n && isAsciiPunctuation(s.charAt(i + 1))) {
                    edits.add(Edit.removed(i, i + 1));
                    i += 2;
                } else if (c == '`') {
                    i = codeSpan(i);
                } else if (c == '<') {
                    i = angleBracket(i);
                } else if (c == '!' && i + 1 < n && s.charAt(i + 1) == '[' && linkTarget(i + 1) > 0) {
                    int end = linkTarget(i + 1);
                    edits.add(Edit.removed(i, end + 1));
                    i = end + 1;
                } else if (c == '[' && linkClose < 0 && linkTarget(i) > 0) {
                    linkClose = match[i];
                    linkEnd = linkTarget(i);
                    edits.add(Edit.removed(i, i + 1));
                    i++;
                } else if (c == '*' || c == '_' || c == '~') {
                    i = delimiterRun(i, c);
                } else {
                    i++;
                }
            }
        }

        /** The index of the {@code )} or {@code ]} ending the link whose text opens at {@code open}, or -1. */
        private int linkTarget(int open) {
            int close = match[open];
            if (close < 0 || close + 1 >= n) {
                return -1;
            }
            char next = s.charAt(close + 1);
            return (next == '(' || next == '[') && match[close + 1] > 0 ? match[close + 1] : -1;
        }

        private int codeSpan(int i) {
            int length = runLength(i, '`');
            Integer closer = codeCloser.get(i);
            if (closer == null) {
                return i + length;
            }
            edits.add(Edit.removed(i, i + length));
            edits.add(Edit.removed(closer, closer + length));
            return closer + length;
        }

        /** An autolink {@code <https://…>} keeps its address; a known HTML tag goes ({@code <br>} as a space). */
        private int angleBracket(int i) {
            int j = i + 1;
            while (j < n && " <>\t".indexOf(s.charAt(j)) < 0) {
                j++;
            }
            if (j < n && s.charAt(j) == '>' && (s.startsWith("http://", i + 1) || s.startsWith("https://", i + 1)
                    || s.startsWith("mailto:", i + 1))) {
                edits.add(Edit.removed(i, i + 1));
                edits.add(Edit.removed(j, j + 1));
                return j + 1;
            }
            int end = MarkupDetection.tagEnd(s, i);
            if (end < 0) {
                return i + 1;
            }
            boolean lineBreak = s.regionMatches(true, i, "<br", 0, 3);
            edits.add(new Edit(i, end, lineBreak ? " " : "", -1, false, false));
            return end;
        }

        private int delimiterRun(int i, char c) {
            int length = runLength(i, c);
            char before = i > 0 ? s.charAt(i - 1) : ' ';
            char after = i + length < n ? s.charAt(i + length) : ' ';
            boolean left = !Paragraphs.isBlank(after)
                    && (!isPunctuation(after) || Paragraphs.isBlank(before) || isPunctuation(before));
            boolean right = !Paragraphs.isBlank(before)
                    && (!isPunctuation(before) || Paragraphs.isBlank(after) || isPunctuation(after));
            boolean canOpen = c == '_' ? left && (!right || isPunctuation(before)) : left;
            boolean canClose = c == '_' ? right && (!left || isPunctuation(after)) : right;
            if (c != '~' || length == 2) {
                delimiters.add(new Delimiters(i, length, c, canOpen, canClose));
            }
            return i + length;
        }

        private int runLength(int i, char c) {
            int j = i;
            while (j < n && s.charAt(j) == c) {
                j++;
            }
            return j - i;
        }

        /** Pairs each closing run with the nearest open run of its marker, two characters (strong) at a time. */
        private void pairDelimiters() {
            Map<Character, Deque<Delimiters>> open = new HashMap<>();
            for (Delimiters run : delimiters) {
                Deque<Delimiters> openers = open.computeIfAbsent(run.marker, k -> new ArrayDeque<>());
                while (run.canClose && run.unpaired > 0 && !openers.isEmpty()) {
                    Delimiters opener = openers.peek();
                    int use = opener.unpaired >= 2 && run.unpaired >= 2 ? 2 : 1;
                    int pair = pairs++;
                    int openerEnd = opener.start + opener.unpaired;
                    int closerStart = run.start + run.length - run.unpaired;
                    boolean strong = use == 2 && run.marker != '~';
                    edits.add(new Edit(openerEnd - use, openerEnd, "", pair, true, strong));
                    edits.add(new Edit(closerStart, closerStart + use, "", pair, false, strong));
                    opener.unpaired -= use;
                    run.unpaired -= use;
                    if (opener.unpaired == 0) {
                        openers.pop();
                    }
                }
                if (run.canOpen && run.unpaired > 0) {
                    openers.push(run);
                }
            }
        }

        private Inline build() {
            edits.sort(Comparator.comparingInt(Edit::start));
            StringBuilder out = new StringBuilder(n);
            boolean hasText = false;
            int leadPair = -1;
            int leadFrom = -1;
            int leadTo = -1;
            int at = 0;
            for (Edit edit : edits) {
                if (edit.start() < at) {
                    continue;
                }
                hasText |= appendSource(out, at, edit.start());
                if (leadPair >= 0 && edit.pair() == leadPair && !edit.opens() && leadTo < 0) {
                    leadTo = out.length();
                }
                out.append(edit.replacement());
                if (edit.strong() && edit.opens() && !hasText && leadPair < 0) {
                    leadPair = edit.pair();
                    leadFrom = out.length();
                }
                at = edit.end();
            }
            appendSource(out, at, n);
            String text = out.toString();
            String lead = leadTo >= leadFrom && leadFrom >= 0 ? leadOf(text.substring(leadFrom, leadTo)) : "";
            if (text.endsWith("\\")) {
                text = text.substring(0, text.length() - 1); // a hard line break
            }
            return new Inline(Paragraphs.trim(unescape(text)), unescape(lead));
        }

        private boolean appendSource(StringBuilder out, int from, int to) {
            boolean text = false;
            for (int i = from; i < to && !text; i++) {
                text = !Paragraphs.isBlank(s.charAt(i));
            }
            out.append(s, from, to);
            return text;
        }

        /** For each code span's opening run of backticks, where the next run of the same length starts. */
        private void findCodeSpans() {
            List<int[]> runs = new ArrayList<>();
            for (int i = s.indexOf('`'); i >= 0 && i < n; i = s.indexOf('`', i)) {
                int length = runLength(i, '`');
                runs.add(new int[] {i, length});
                i += length;
            }
            Map<Integer, Integer> nextOfLength = new HashMap<>();
            int[] next = new int[runs.size()];
            for (int r = runs.size() - 1; r >= 0; r--) {
                next[r] = nextOfLength.getOrDefault(runs.get(r)[1], -1);
                nextOfLength.put(runs.get(r)[1], r);
            }
            int r = 0;
            while (r < runs.size()) {
                if (next[r] < 0) {
                    r++;
                    continue;
                }
                codeCloser.put(runs.get(r)[0], runs.get(next[r])[0]);
                r = next[r] + 1; // runs inside a code span are its content
            }
        }
    }

    /** For each bracket, the index of its matching partner ({@code [}↔{@code ]}, {@code (}↔{@code )}), else -1. */
    private static int[] matchBrackets(String s) {
        int[] match = new int[s.length()];
        Arrays.fill(match, -1);
        Deque<Integer> squares = new ArrayDeque<>();
        Deque<Integer> rounds = new ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                squares.push(i);
            } else if (c == '(') {
                rounds.push(i);
            } else if (c == ']' && !squares.isEmpty()) {
                int open = squares.pop();
                match[open] = i;
                match[i] = open;
            } else if (c == ')' && !rounds.isEmpty()) {
                int open = rounds.pop();
                match[open] = i;
                match[i] = open;
            }
        }
        return match;
    }

    /** Entities decoded; one that encodes a line break ({@code &#10;}) becomes a space, since a line is one line. */
    private static String unescape(String text) {
        return text.indexOf('&') < 0 ? text
                : Parser.unescapeEntities(text, false).replace('\n', ' ').replace('\r', ' ');
    }
}
