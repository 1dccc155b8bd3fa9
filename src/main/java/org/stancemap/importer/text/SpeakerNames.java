package org.stancemap.importer.text;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the names that transcripts and quote sheets give their speakers: whether a few words are a person's name
 * at all, the name without its title ("Dr. Jane Roe" → "Jane Roe"), a key that matches "JANE ROE", "Dr. Jane Roe"
 * and "Jane Roe" to one person, and words that name nobody ("Unknown", "Anonymous").
 *
 * <p>Names are told by their shape (capitalised words, a few of them, no digits), never looked up in a list of
 * people; only titles, name particles and the words that stand in for a missing name are listed.
 */
public final class SpeakerNames {

    private static final int MAX_NAME_LENGTH = 60;
    private static final int MAX_NAME_WORDS = 6;

    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "prof", "professor", "amb",
            "ambassador", "gen", "general", "sen", "senator", "rep", "representative", "adm", "admiral", "gov",
            "governor", "hon", "col", "colonel", "lt", "maj", "capt", "sir", "dame", "rev", "secretary");

    /** Lower-case words inside names: "Ursula von der Leyen", "Charles de Gaulle", "Mohammed bin Salman". */
    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "der", "den", "van", "von", "da",
            "di", "du", "la", "le", "bin", "ibn", "al", "el", "y", "zu", "ter", "dos", "das");

    /** What a source writes where a name would go when it has none to give. */
    private static final Set<String> NOBODY = Set.of("unknown", "anonymous", "anon", "unattributed", "various",
            "several", "multiple", "many", "someone", "somebody", "nobody", "unidentified", "n/a", "none",
            "misattributed", "disputed", "uncertain", "unverified");

    /**
     * Words that open a line with a colon without naming anyone: "Note:", "Source:", "Update:"; a name check
     * alone would take them for one-word names.
     */
    private static final Set<String> NOT_NAMES = Set.of("note", "notes", "source", "sources", "update", "photo",
            "credit", "credits", "caption", "image", "video", "audio", "related", "transcript", "date", "time",
            "location", "place", "title", "topic", "summary", "background", "context", "disclaimer", "editor",
            "editors", "correction", "tags", "share", "listen", "watch", "read", "subscribe", "download", "first",
            "second", "third", "fourth", "fifth", "finally", "yes", "no", "so", "well", "look", "example", "answer",
            "question", "vote", "confidence", "comment", "comments", "agree", "disagree", "uncertain", "proposition",
            "statement", "result", "results", "end", "bottom", "key", "why", "what", "how", "when", "where", "who",
            "the", "a", "an", "in", "on", "at", "this", "that", "our", "my", "your", "his", "her", "their", "its",
            "and", "but", "or", "if", "for", "to", "as", "by", "with", "from", "expert", "experts", "round-up",
            "roundup", "overview", "introduction", "conclusion", "part", "chapter", "section", "day", "session",
            "panel", "episode", "speakers", "participants", "panelists", "moderator", "host", "featuring", "guest",
            "guests", "interview", "q");

    private SpeakerNames() {
    }

    /**
     * True when {@code text} has the shape of a person's name, possibly with a title: one to six words, each
     * starting with a capital (or a name particle such as "von"), no digits, and not a word such as "Note" or
     * "Source" that opens a line with a colon without naming anyone.
     */
    public static boolean isPlausible(String text) {
        String name = Paragraphs.singleSpaced(text);
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        String[] words = name.split(" ");
        if (words.length > MAX_NAME_WORDS || !startsCapitalised(words[0])
                || NOT_NAMES.contains(bare(words[0]).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String word : words) {
            if (!isNameWord(word)) {
                return false;
            }
        }
        return !isNobody(name);
    }

    /** {@code name} without the titles before it, unless nothing but a title would be left. */
    public static String withoutTitle(String name) {
        String rest = Paragraphs.singleSpaced(name);
        while (true) {
            int space = rest.indexOf(' ');
            if (space < 0 || !TITLES.contains(bare(rest.substring(0, space)).toLowerCase(Locale.ROOT))) {
                return rest;
            }
            rest = rest.substring(space + 1);
        }
    }

    /** True when {@code word} is a title such as "Dr." or "Ambassador". */
    public static boolean isTitle(String word) {
        return TITLES.contains(bare(word).toLowerCase(Locale.ROOT));
    }

    /** "Dr. JANE  Roe" → "jane roe": the name without titles, lower case, single-spaced, without full stops. */
    public static String key(String name) {
        return withoutTitle(name).replace(".", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The name as a reader expects it: "JANE O'NEIL-ROE" → "Jane O'Neil-Roe"; a name already in mixed case is
     * left as written.
     */
    public static String displayed(String name) {
        String text = Paragraphs.singleSpaced(name);
        if (!isAllCapitals(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        return out.toString();
    }

    /** True when every letter of {@code text} is a capital and it has at least two. */
    public static boolean isAllCapitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * True when {@code text} stands where a name would go but names nobody: "Unknown", "Anonymous",
     * "attributed to several people", "Various".
     */
    public static boolean isNobody(String text) {
        String lower = Paragraphs.singleSpaced(text).toLowerCase(Locale.ROOT);
        if (lower.startsWith("attributed to ")) {
            lower = lower.substring("attributed to ".length());
        }
        int space = lower.indexOf(' ');
        String first = bare(space < 0 ? lower : lower.substring(0, space));
        return NOBODY.contains(first) || lower.startsWith("author unknown") || lower.startsWith("source unknown");
    }

    private static boolean isNameWord(String word) {
        if (word.isEmpty() || word.length() > MAX_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(Character.isLetter(c) || c == '.' || c == '-' || c == '\'' || c == '\u2019')) {
                return false;
            }
        }
        return startsCapitalised(word) || PARTICLES.contains(word.toLowerCase(Locale.ROOT))
                || word.startsWith("al-") || word.startsWith("el-") || word.startsWith("d'") || word.startsWith("d’");
    }

    private static boolean startsCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** The word without the full stop or comma after it. */
    private static String bare(String word) {
        int end = word.length();
        while (end > 0 && (word.charAt(end - 1) == '.' || word.charAt(end - 1) == ',')) {
            end--;
        }
        return word.substring(0, end);
    }
}
