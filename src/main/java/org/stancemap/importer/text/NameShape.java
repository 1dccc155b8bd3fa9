package org.stancemap.importer.text;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a person's name from the other short lines a round-up holds (a role, a section heading, a link), by the
 * shape of its words rather than by any list of names.
 *
 * <p>A name is a few words that each start with a capital ("Jane Roe", "JANE ROE", "Dimitri K. Simes"), apart
 * from the particles names carry ("Ursula von der Leyen", "Ahmed al-Sayed", "Valéry d’Estaing"). It does not
 * open like a phrase ("The Skeptics", "Read More") and holds none of the words only roles and institutions use
 * ("Senior Fellow", "Brookings Institution"). {@link #hasRoleWord} is the other side: a line naming a job or an
 * institution.
 */
public final class NameShape {

    private static final int MAX_NAME_LENGTH = 60;
    private static final int MAX_NAME_WORDS = 6;
    /** Longer texts are not searched for role words word by word; a role line is far shorter. */
    private static final int MAX_ROLE_SCAN = 400;

    /** Words that open phrases, headings and page furniture, never a person's name. */
    private static final Set<String> NOT_A_FIRST_NAME = Set.of("the", "a", "an", "this", "that", "these", "those",
            "our", "my", "we", "what", "why", "how", "who", "when", "where", "here", "there", "in", "on", "at", "for",
            "from", "about", "and", "but", "if", "as", "by", "with", "it", "its", "see", "click", "follow", "sign",
            "editor's", "editor’s", "note", "key", "top", "latest", "more", "all", "some", "most", "other");

    /** Lower-case words that belong inside names. */
    private static final Set<String> PARTICLES = Set.of("de", "da", "das", "dos", "del", "della", "der", "den",
            "di", "du", "la", "le", "van", "von", "bin", "binti", "ibn", "al", "el", "y", "ter", "ten", "zu", "af", "av",
            "e");

    /** A title that may open a name as written ("Dr. Jane Roe", "Ambassador John Doe"). */
    private static final Set<String> HONORIFICS = Set.of("dr.", "dr", "prof.", "prof", "professor", "ambassador",
            "amb.", "gen.", "general", "adm.", "admiral", "col.", "colonel", "sen.", "senator", "rep.", "mr.", "ms.",
            "mrs.", "sir", "dame", "lord", "lady", "rev.", "rabbi", "h.e.");

    /** Words of jobs and institutions. One may be a name ("Dean Acheson"); two never are ("Senior Fellow"). */
    private static final Set<String> ROLE_WORDS = Set.of("director", "professor", "fellow", "senior", "president",
            "vice", "chair", "chairman", "chairwoman", "chairperson", "founder", "co-founder", "cofounder", "founding",
            "head", "chief", "dean", "lecturer", "researcher", "analyst", "editor", "correspondent", "columnist",
            "commentator", "journalist", "reporter", "writer", "author", "minister", "ambassador", "diplomat",
            "adviser", "advisor", "associate", "assistant", "deputy", "executive", "former", "managing", "partner",
            "principal", "manager", "officer", "secretary", "member", "commissioner", "scholar", "scientist",
            "economist", "historian", "consultant", "visiting", "adjunct", "distinguished", "emeritus", "emerita",
            "research", "program", "programme", "coordinator", "strategist", "ceo", "counsel", "general", "colonel",
            "retired", "governor", "senator", "mayor", "lawyer", "attorney", "expert", "specialist", "candidate",
            "instructor", "chancellor", "provost", "rector", "co-director", "institute", "institution", "university",
            "college", "school", "center", "centre", "council", "foundation", "academy", "department", "ministry",
            "commission", "committee", "corporation", "agency", "society", "association", "initiative", "project",
            "forum", "laboratory", "lab", "observatory", "think-tank", "tank", "board", "bank", "press", "times",
            "post", "news", "nonresident", "staff");

    /** Role and institution words no name holds, the words of page furniture, and function words. */
    private static final Set<String> NEVER_IN_A_NAME = Set.of("director", "professor", "fellow",
            "senior", "president", "chairman", "chairwoman", "chairperson", "founder", "co-founder", "co-director",
            "lecturer", "researcher", "analyst", "editor", "correspondent", "columnist", "commentator",
            "journalist", "reporter", "minister", "ambassador", "adviser", "advisor", "associate", "assistant",
            "deputy", "executive", "manager", "officer", "secretary", "scholar", "scientist", "economist",
            "consultant", "emeritus", "coordinator", "strategist", "ceo", "institute", "institution", "university",
            "college", "school", "center", "centre", "council", "foundation", "academy", "department", "ministry",
            "commission", "committee", "corporation", "agency", "program", "programme", "research", "initiative",
            "project", "read", "photo", "credit", "share", "subscribe", "more",
            // the small words a title-cased headline capitalises: "Shipping Lanes Under Fire"
            "under", "of", "the", "for", "in", "on", "with", "to", "from", "at", "by", "is", "are", "will", "can",
            "why", "how", "what", "after", "before", "without", "about", "over", "into", "against", "between", "not",
            "its", "their", "our");

    private NameShape() {
    }

    /**
     * True when {@code name} (one person's, trimmed) is shaped like a name: one to six words, capitalised but for
     * particles, no digits, no role word that no name holds and at most one that a name may hold.
     */
    public static boolean isPersonName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        String[] words = name.split(" ");
        if (words.length > MAX_NAME_WORDS) {
            return false;
        }
        int from = words.length > 2 && HONORIFICS.contains(lower(words[0])) ? 1 : 0;
        if (NOT_A_FIRST_NAME.contains(lower(bare(words[from])))) {
            return false;
        }
        int roleWords = 0;
        for (int i = from; i < words.length; i++) {
            String word = bare(words[i]);
            String lower = lower(word);
            if (word.isEmpty() || !isNameWord(word) || in(NEVER_IN_A_NAME, lower)) {
                return false;
            }
            roleWords += in(ROLE_WORDS, lower) ? 1 : 0;
        }
        return roleWords <= 1;
    }

    /** The number of words of {@code name}. */
    public static int words(String name) {
        int words = name.isEmpty() ? 0 : 1;
        for (int i = 0; i < name.length(); i++) {
            words += name.charAt(i) == ' ' ? 1 : 0;
        }
        return words;
    }

    /** True when {@code text} holds a word of a job or an institution ("analyst", "Institute"), case aside. */
    public static boolean hasRoleWord(String text) {
        String lower = lower(text.length() > MAX_ROLE_SCAN ? text.substring(0, MAX_ROLE_SCAN) : text);
        int end = lower.length();
        int start = -1;
        for (int i = 0; i <= end; i++) {
            boolean inWord = i < end && (Character.isLetter(lower.charAt(i)) || lower.charAt(i) == '-');
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (in(ROLE_WORDS, lower.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /** True when the letters of {@code text} from {@code at} to the next non-letter are a role word ("Director"). */
    public static boolean isRoleWordAt(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > at && in(ROLE_WORDS, lower(text.substring(at, end)));
    }

    /** {@code word} or its singular ("Co-directors", "Fellows") is in {@code words}. */
    private static boolean in(Set<String> words, String word) {
        return words.contains(word)
                || word.length() > 3 && word.endsWith("s") && words.contains(word.substring(0, word.length() - 1));
    }

    /** A capitalised word or initial, a particle, or a particle joined to a capitalised word ("al-Sayed"). */
    private static boolean isNameWord(String word) {
        int joint = -1;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(Character.isLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
            joint = joint < 0 && (c == '-' || c == '\'' || c == '’') ? i : joint;
        }
        if (Character.isUpperCase(word.charAt(0)) || PARTICLES.contains(word)) {
            return true;
        }
        boolean joined = joint > 0 && joint + 1 < word.length() && Character.isUpperCase(word.charAt(joint + 1));
        String before = word.substring(0, Math.max(joint, 0));
        return joined && (PARTICLES.contains(before) || before.equals("d") || before.equals("l"));
    }

    /** {@code word} without the commas a list leaves after it ("King," in "Martin Luther King, Jr."). */
    private static String bare(String word) {
        int end = word.length();
        while (end > 0 && (word.charAt(end - 1) == ',')) {
            end--;
        }
        return word.substring(0, end);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
