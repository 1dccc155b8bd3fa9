package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stancemap.importer.text.ExpertHeader;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SpeakerNames;
import org.stancemap.model.Person;

/**
 * The people a transcript names outside its turns, with their roles: an "About the speakers" or "Participants"
 * block ({@code Jane Roe is a senior fellow at …}, {@code Jane Roe, Senior Fellow, …}), a declaration line
 * ({@code Moderator: Richard Roe, Editor}), and who the introduction says moderates ("moderated by Richard Roe").
 * A speaker label is matched to them by name, a surname-only label ({@code ROE:}) to the one full name it ends.
 */
final class Participants {

    /** One person the page introduces; {@code moderator} when it says they moderate or host. */
    record Participant(String name, String role, boolean moderator) {
        Person person() {
            return new Person(name, role);
        }
    }

    private static final Set<String> BLOCK_HEADINGS = Set.of("about the authors", "about the author",
            "about the speakers", "about the speaker", "about the participants", "about the panelists",
            "about the panel", "about the experts", "about our guests", "about the guests", "participants",
            "speakers", "panelists", "panel", "the panel", "our panel", "featuring", "guests", "contributors",
            "biographies", "speaker biographies", "speaker bios", "bios", "who's who", "who’s who");

    /** Words that, after a name, say the person asks the questions: "Jane Roe (moderator)". */
    static final Set<String> MODERATOR_WORDS = Set.of("moderator", "host", "co-host", "cohost", "interviewer",
            "chair", "chairman", "chairwoman", "chairperson", "presenter", "anchor", "presider", "facilitator",
            "q", "question", "questions");

    /** Words before a name that say the person moderates: "moderated by Jane Roe", "host Jane Roe". */
    private static final List<String> MODERATED_BY = List.of("moderated by ", "hosted by ", "interviewed by ",
            "moderator ", "moderator: ", "host ", "host: ", "interviewer ", "chaired by ", "presented by ");

    /** Words before the name of whoever an interview is with: "An interview with Jane Roe". */
    private static final List<String> INTERVIEW_WITH = List.of("interview with ", "conversation with ",
            "q&a with ", "spoke with ", "speaks with ", "talks with ", "talked with ", "sat down with ", "interviews ",
            "interviewed ");

    private static final int MAX_BIO_NAME_LENGTH = 80;
    private static final int MAX_APPOSITIVE_LENGTH = 160;
    /** How far into a text "moderated by" is looked for; an introduction states it early. */
    private static final int MAX_SEARCHED_CHARS = 20_000;

    private final Map<String, Participant> byKey = new LinkedHashMap<>();
    /** Keys by their last word, first word, and both: how a label naming only part of a name finds it. */
    private final Map<String, List<String>> byLastWord = new HashMap<>();
    private final Map<String, List<String>> byFirstWord = new HashMap<>();
    private final Map<String, List<String>> byFirstAndLastWord = new HashMap<>();

    /** True when {@code text} is a heading that opens a block introducing the speakers. */
    static boolean isBlockHeading(String text) {
        if (text.length() > 40) {
            return false;
        }
        String heading = Paragraphs.trim(text).toLowerCase(Locale.ROOT);
        if (heading.endsWith(":")) {
            heading = Paragraphs.trim(heading.substring(0, heading.length() - 1));
        }
        return BLOCK_HEADINGS.contains(heading);
    }

    /** True when {@code word} ("Moderator", "HOST", "Q") names whoever asks the questions. */
    static boolean isModeratorWord(String word) {
        return MODERATOR_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    List<Participant> all() {
        return List.copyOf(byKey.values());
    }

    /**
     * Reads one paragraph of an introducing block: a biography ({@code Jane Roe is a senior fellow at …}), or lines
     * of {@code Name, Role}. {@code moderating} when the block's own sub-heading ("Moderator:") says so.
     */
    void readBlockParagraph(List<String> lines, String text, boolean moderating) {
        // pages set one biography a line with no blank line between: each line opening "Name is" starts the next
        List<String> bios = new ArrayList<>();
        for (String line : lines) {
            if (bios.isEmpty() || biography(line).isPresent()) {
                bios.add(line);
            } else {
                bios.set(bios.size() - 1, bios.get(bios.size() - 1) + " " + line);
            }
        }
        boolean read = false;
        for (String bio : bios.size() > 1 ? bios : List.of(text)) {
            Optional<Participant> participant = biography(bio);
            participant.ifPresent(p -> add(p.name(), p.role(), moderating));
            read |= participant.isPresent();
        }
        if (read) {
            return;
        }
        for (String line : lines) {
            readHeaderLine(line, moderating);
        }
    }

    /** Reads {@code Jane Roe, Senior Fellow, X (moderator)} or {@code Jane Roe and John Doe}; false if not that. */
    boolean readHeaderLine(String line, boolean moderating) {
        Optional<List<Person>> people = ExpertHeader.read(line);
        if (people.isEmpty()) {
            return false;
        }
        for (Person person : people.get()) {
            String name = person.name();
            String role = person.role();
            boolean moderator = moderating;
            String marker = trailingAside(role.isEmpty() ? name : role);
            if (isModeratorWord(marker)) {
                moderator = true;
                if (role.isEmpty()) {
                    name = withoutTrailingAside(name);
                } else {
                    role = withoutTrailingAside(role);
                }
            } else if (isModeratorWord(role)) {
                moderator = true;
                role = "";
            }
            if (!SpeakerNames.isPlausible(name)) {
                return false;
            }
            add(name, role, moderator);
        }
        return true;
    }

    /**
     * {@code Jane Roe is a senior fellow at the Institute. She …} → Jane Roe, "senior fellow at the Institute";
     * empty when the text does not open with a name and "is".
     */
    static Optional<Participant> biography(String text) {
        int limit = Math.min(text.length(), MAX_BIO_NAME_LENGTH);
        int is = text.substring(0, limit).indexOf(" is ");
        int verbLength = 4;
        int serves = text.substring(0, limit).indexOf(" serves as ");
        if (serves > 0 && (is < 0 || serves < is)) {
            is = serves;
            verbLength = " serves as ".length();
        }
        if (is <= 0 || !SpeakerNames.isPlausible(text.substring(0, is))) {
            return Optional.empty();
        }
        String role = firstSentence(text.substring(is + verbLength));
        for (String article : List.of("a ", "an ", "the ")) {
            if (role.startsWith(article)) {
                role = role.substring(article.length());
                break;
            }
        }
        return Optional.of(new Participant(Paragraphs.singleSpaced(text.substring(0, is)), role, false));
    }

    /**
     * Marks as moderators the names that {@code text} introduces as such: "moderated by Jane Roe", "host Jane
     * Roe", "Jane Roe (moderator)". Returns the names found, for the speakers not in any block.
     */
    static List<String> introducedModerators(String text) {
        String searched = text.length() > MAX_SEARCHED_CHARS ? text.substring(0, MAX_SEARCHED_CHARS) : text;
        String lower = searched.toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        for (String phrase : MODERATED_BY) {
            for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
                nameAt(searched, at + phrase.length()).ifPresent(names::add);
            }
        }
        for (String marker : List.of("(moderator)", ", moderator", "(host)", ", host", "(interviewer)", " moderates")) {
            for (int at = lower.indexOf(marker); at >= 0; at = lower.indexOf(marker, at + 1)) {
                nameBefore(searched, at).ifPresent(names::add);
            }
        }
        return names;
    }

    /** Records {@code names} as moderators, matching them to the people already known. */
    void markModerators(List<String> names) {
        for (String name : names) {
            List<Participant> matches = matches(name);
            if (matches.size() == 1) {
                Participant p = matches.get(0);
                byKey.put(SpeakerNames.key(p.name()), new Participant(p.name(), p.role(), true));
            } else if (matches.isEmpty()) {
                add(name, "", true);
            }
        }
    }

    /**
     * The people {@code label} may name: the one with the same name, titles aside; else those with the same
     * first and last word; else, for a one-word label, those whose surname (or, failing that, first name) it is.
     */
    List<Participant> matches(String label) {
        String key = SpeakerNames.key(label);
        if (key.isEmpty()) {
            return List.of();
        }
        Participant exact = byKey.get(key);
        if (exact != null) {
            return List.of(exact);
        }
        boolean oneWord = key.indexOf(' ') < 0;
        List<String> keys = oneWord
                ? byLastWord.getOrDefault(key, byFirstWord.getOrDefault(key, List.of()))
                : byFirstAndLastWord.getOrDefault(firstAndLast(key), List.of());
        return keys.stream().map(byKey::get).toList();
    }

    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    private static String lastWord(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    private static String firstAndLast(String key) {
        return firstWord(key) + " " + lastWord(key);
    }

    private void add(String name, String role, boolean moderator) {
        String cleanName = SpeakerNames.withoutTitle(name);
        String key = SpeakerNames.key(cleanName);
        if (key.isEmpty()) {
            return;
        }
        Participant known = byKey.get(key);
        String cleanRole = withoutFinalStop(Paragraphs.singleSpaced(role));
        if (known == null) {
            byKey.put(key, new Participant(cleanName, cleanRole, moderator));
            byLastWord.computeIfAbsent(lastWord(key), k -> new ArrayList<>()).add(key);
            byFirstWord.computeIfAbsent(firstWord(key), k -> new ArrayList<>()).add(key);
            byFirstAndLastWord.computeIfAbsent(firstAndLast(key), k -> new ArrayList<>()).add(key);
        } else {
            byKey.put(key, new Participant(known.name(), known.role().isEmpty() ? cleanRole : known.role(),
                    known.moderator() || moderator));
        }
    }

    /**
     * The people an interview's introduction says it is with: "An interview with Jane Roe, director of the
     * Institute, on …" → Jane Roe, "director of the Institute". Answers labelled only "A:" are theirs when there is
     * exactly one.
     */
    static List<Participant> interviewees(String text) {
        String searched = text.length() > MAX_SEARCHED_CHARS ? text.substring(0, MAX_SEARCHED_CHARS) : text;
        String lower = searched.toLowerCase(Locale.ROOT);
        Map<String, Participant> found = new LinkedHashMap<>();
        for (String phrase : INTERVIEW_WITH) {
            for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
                int from = at + phrase.length();
                Optional<String> name = nameAt(searched, from);
                if (name.isPresent()) {
                    String role = appositive(searched, searched.indexOf(name.get(), from) + name.get().length());
                    found.putIfAbsent(SpeakerNames.key(name.get()), new Participant(
                            SpeakerNames.withoutTitle(name.get()), role, false));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** ", director of the Institute, on …" after a name → "director of the Institute"; "" when none follows. */
    private static String appositive(String text, int from) {
        if (from < 0 || from + 2 >= text.length() || text.charAt(from) != ',') {
            return "";
        }
        int end = from + 1;
        int limit = Math.min(text.length(), from + MAX_APPOSITIVE_LENGTH);
        while (end < limit && ",;()".indexOf(text.charAt(end)) < 0
                && !(text.charAt(end) == '.' && (end + 1 == text.length() || Paragraphs.isBlank(text.charAt(end + 1))))) {
            end++;
        }
        return end < limit || end == text.length() ? Paragraphs.singleSpaced(text.substring(from + 1, end)) : "";
    }

    /** The capitalised words starting at {@code from}: "Jane Roe" in "moderated by Jane Roe, editor of …". */
    private static Optional<String> nameAt(String text, int from) {
        int end = from;
        int words = 0;
        while (end < text.length() && words < 6) {
            int wordEnd = end;
            while (wordEnd < text.length() && !Paragraphs.isBlank(text.charAt(wordEnd))
                    && ",;:()".indexOf(text.charAt(wordEnd)) < 0) {
                wordEnd++;
            }
            String word = text.substring(end, wordEnd);
            if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || SpeakerNames.isTitle(word))) {
                break;
            }
            words++;
            end = wordEnd;
            if (end >= text.length() || text.charAt(end) != ' ') {
                break;
            }
            end++;
        }
        String name = withoutFinalStop(Paragraphs.trim(text.substring(from, Math.min(end, text.length()))));
        return SpeakerNames.isPlausible(name) && name.indexOf(' ') > 0 ? Optional.of(name) : Optional.empty();
    }

    /** The capitalised words ending just before {@code at}: "Jane Roe" in "… and Jane Roe (moderator)". */
    private static Optional<String> nameBefore(String text, int at) {
        int start = at;
        int words = 0;
        while (start > 0 && words < 4) {
            int wordStart = start;
            while (wordStart > 0 && !Paragraphs.isBlank(text.charAt(wordStart - 1))
                    && ",;:()".indexOf(text.charAt(wordStart - 1)) < 0) {
                wordStart--;
            }
            String word = text.substring(wordStart, start);
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                break;
            }
            words++;
            start = wordStart;
            if (start == 0 || text.charAt(start - 1) != ' ') {
                break;
            }
            start--;
        }
        String name = Paragraphs.trim(text.substring(Math.min(start, at), at));
        return SpeakerNames.isPlausible(name) && name.indexOf(' ') > 0 ? Optional.of(name) : Optional.empty();
    }

    /** "X (moderator)" → "moderator"; "" when {@code text} does not end in a bracket. */
    private static String trailingAside(String text) {
        if (!text.endsWith(")")) {
            return "";
        }
        int open = text.lastIndexOf('(');
        return open < 0 ? "" : Paragraphs.trim(text.substring(open + 1, text.length() - 1));
    }

    private static String withoutTrailingAside(String text) {
        int open = text.lastIndexOf('(');
        String before = Paragraphs.trim(open < 0 ? text : text.substring(0, open));
        return before.endsWith(",") ? Paragraphs.trim(before.substring(0, before.length() - 1)) : before;
    }

    /**
     * The text up to its first sentence end: a full stop and a blank after a word that is not an abbreviation
     * ("U.S.", "Dr.", "Inc." are; "Institute.", "MIT." are not).
     */
    private static String firstSentence(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '.' && Paragraphs.isBlank(text.charAt(i + 1))) {
                int start = i;
                while (start > 0 && !Paragraphs.isBlank(text.charAt(start - 1))) {
                    start--;
                }
                String word = text.substring(start, i);
                boolean abbreviation = word.indexOf('.') >= 0
                        || (word.length() <= 3 && !SpeakerNames.isAllCapitals(word) && !word.equals(word.toLowerCase(Locale.ROOT)));
                if (!word.isEmpty() && !abbreviation) {
                    return Paragraphs.singleSpaced(text.substring(0, i));
                }
            }
        }
        return withoutFinalStop(Paragraphs.singleSpaced(text));
    }

    private static String withoutFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
