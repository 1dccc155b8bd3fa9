package org.stancemap.importer.roundup;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stancemap.importer.text.Paragraphs;

/**
 * Derives the question a round-up asks from its title.
 *
 * <p>"Expert Round-Up: How Likely Is a China-Russia Military Alliance?" becomes "How likely is a China-Russia
 * military alliance?": the round-up label before the colon goes (any label does when a question follows it, as in
 * "Panel Discussion: Will …?"), and a title-cased word is lower-cased only when the article itself writes that
 * word in lower case, so names ("Russia", "NATO") keep their capitals without any list of names.
 */
public final class RoundUpQuestion {

    /** Titles longer than this are not titles; they are kept as they are. */
    private static final int MAX_TITLE_LENGTH = 300;

    /** How much of the article is searched for lower-case spellings; enough for any intro. */
    private static final int MAX_SEARCHED_CHARS = 200_000;

    private RoundUpQuestion() {
    }

    public static String fromTitle(String title, List<String> body) {
        String question = withoutFraming(unquoted(withoutRoundUpLabel(title)));
        if (question.length() > MAX_TITLE_LENGTH) {
            return question;
        }
        String[] words = question.split(" ");
        Set<String> candidates = new HashSet<>();
        for (int i = 1; i < words.length; i++) {
            String core = core(words[i]);
            if (isCapitalised(core)) {
                candidates.add(core.toLowerCase(Locale.ROOT));
            }
        }
        Set<String> lowerInBody = lowerCaseSpellings(candidates, body);
        StringBuilder out = new StringBuilder(question.length());
        for (int i = 0; i < words.length; i++) {
            String core = core(words[i]);
            String lower = core.toLowerCase(Locale.ROOT);
            boolean lowerIt = i > 0 && isCapitalised(core) && lowerInBody.contains(lower);
            out.append(i == 0 ? "" : " ").append(lowerIt ? words[i].replace(core, lower) : words[i]);
        }
        return out.toString();
    }

    private static String withoutRoundUpLabel(String title) {
        int colon = title.indexOf(':');
        if (colon < 0) {
            return title;
        }
        String label = title.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = Paragraphs.trim(title.substring(colon + 1));
        boolean isRoundUpLabel = label.contains("round-up") || label.contains("roundup") || label.contains("round up");
        // "Panel Discussion: How Likely Is …?", "Transcript: “Can …?”", "Panel poll: “A proposition”":
        // whatever the label, a question or a quoted statement after it is what the experts answer
        String said = unquoted(rest);
        boolean restAsks = (said.endsWith("?") || said.length() < rest.length()) && !label.endsWith("?");
        return (isRoundUpLabel || restAsks) && !rest.isEmpty() ? rest : title;
    }

    /** {@code text} without the quote marks around the whole of it: "“Can …?”" → "Can …?". */
    private static String unquoted(String text) {
        boolean quoted = text.length() >= 2 && "\"“‘'".indexOf(text.charAt(0)) >= 0
                && "\"”’'".indexOf(text.charAt(text.length() - 1)) >= 0;
        if (quoted) {
            String inner = Paragraphs.trim(text.substring(1, text.length() - 1));
            return inner.indexOf('"') < 0 && inner.indexOf('“') < 0 && inner.indexOf('”') < 0 ? inner : text;
        }
        return text;
    }

    /** "Will X survive the decade? Eight experts weigh in" → "Will X survive the decade?": the framing goes. */
    private static String withoutFraming(String text) {
        int mark = text.indexOf('?');
        if (mark < 0 || mark == text.length() - 1) {
            return text;
        }
        String asked = text.substring(0, mark + 1);
        return asked.split(" ").length >= 3 ? asked : text;
    }

    /** The word without the punctuation around it: "Alliance?" → "Alliance". */
    private static String core(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    /** "Likely" but not "NATO", "U.S." or "China-Russia": one capital, at the start. */
    private static boolean isCapitalised(String core) {
        if (core.isEmpty() || !Character.isUpperCase(core.charAt(0))) {
            return false;
        }
        for (int i = 1; i < core.length(); i++) {
            if (Character.isUpperCase(core.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Which of {@code candidates} the body writes as a word starting in lower case; stops once all are seen. */
    private static Set<String> lowerCaseSpellings(Set<String> candidates, List<String> body) {
        Set<String> found = new HashSet<>();
        Set<Integer> lengths = new HashSet<>();
        candidates.forEach(c -> lengths.add(c.length()));
        int budget = MAX_SEARCHED_CHARS;
        for (String paragraph : body) {
            if (found.size() == candidates.size() || budget <= 0) {
                break;
            }
            int limit = Math.min(paragraph.length(), budget);
            budget -= limit;
            int i = 0;
            while (i < limit) {
                if (!isWordChar(paragraph.charAt(i))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < limit && isWordChar(paragraph.charAt(end))) {
                    end++;
                }
                if (Character.isLowerCase(paragraph.charAt(i)) && lengths.contains(end - i)) {
                    String word = paragraph.substring(i, end);
                    if (candidates.contains(word)) {
                        found.add(word);
                    }
                }
                i = end;
            }
        }
        return found;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019';
    }
}
