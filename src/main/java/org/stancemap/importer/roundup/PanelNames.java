package org.stancemap.importer.roundup;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stancemap.importer.text.ExpertHeader;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.model.Person;

/**
 * How vote panels write their experts: a block's header ("JANE ROE is Professor at Yale"), names in capitals
 * ("JAN VAN DER BERG"), a surname printed before the full name as the results page's sort key ("Berg Jan van der
 * Berg"), and a name run together with its institution when a table is pasted as text ("Lena Hartmann MIT").
 */
final class PanelNames {

    /**
     * An expert's name and institution as read from a row.
     *
     * @param guessed true when the words ran together and nothing but the usual length of a name says where the
     *                name ends; the user should check it
     */
    record Split(String name, String institution, boolean guessed) {
    }

    private static final int MAX_SORT_KEY_WORDS = 3;
    /** How far after the sort key its repetition, the surname that ends the full name, may come. */
    private static final int MAX_GIVEN_NAMES = 4;
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_ACRONYM_LENGTH = 8;
    private static final int MAX_HEADER_LENGTH = 300;

    private PanelNames() {
    }

    /**
     * The expert a block's header names: "JANE ROE is Professor at Yale", "Jane Roe (Yale)", "Jane Roe, Yale".
     * Every name must read as one, so that a sentence is never taken for a header.
     */
    static Optional<Person> expert(String text) {
        if (text.length() > MAX_HEADER_LENGTH || VoteLines.isHeaderRow(text)) {
            return Optional.empty();
        }
        int is = text.indexOf(" is ");
        if (is > 0 && isPersonName(text.substring(0, is))) {
            String description = Paragraphs.trim(text.substring(is + 4));
            for (String article : List.of("a ", "an ", "the ")) {
                description = description.startsWith(article) ? description.substring(article.length()) : description;
            }
            return Optional.of(new Person(titleCased(text.substring(0, is)), description));
        }
        int bracket = text.indexOf(" (");
        if (bracket > 0 && text.endsWith(")") && isPersonName(text.substring(0, bracket))) {
            return Optional.of(new Person(titleCased(text.substring(0, bracket)),
                    Paragraphs.trim(text.substring(bracket + 2, text.length() - 1))));
        }
        return ExpertHeader.read(text).filter(people -> people.size() == 1 && isPersonName(people.get(0).name()))
                .map(people -> new Person(titleCased(people.get(0).name()), people.get(0).role()));
    }

    /** Two to six words, each capitalised, an initial or a particle: "Jan van der Berg", "JANE ROE", "Robert E. Hall". */
    static boolean isPersonName(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        for (String word : words) {
            boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !hasDigitOrStop(word);
            if (!capitalised && !VoteLines.isParticle(word)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code key} is the surname that {@code name} ends with, printed before it in its own cell. */
    static boolean isSortKey(List<String> key, List<String> name) {
        if (key.size() > MAX_SORT_KEY_WORDS || name.size() <= key.size()) {
            return false;
        }
        int offset = name.size() - key.size();
        for (int i = 0; i < key.size(); i++) {
            if (!key.get(i).equalsIgnoreCase(name.get(offset + i))) {
                return false;
            }
        }
        return true;
    }

    /** "Berg Jan van der Berg" → "Jan van der Berg"; any other cell as it is. */
    static List<String> withoutSortKey(List<String> words) {
        int[] name = sortKeyedName(words);
        return name != null && name[1] == words.size() ? words.subList(name[0], name[1]) : words;
    }

    /**
     * The name and institution in words that ran together. In order: a sort key before the name marks where the
     * name ends; else the name is a given name, initials, particles and a surname, and the institution starts at
     * an acronym ("MIT") or the word before an institution word ("Yale University", but "University of Oslo");
     * else whatever follows that shortest name is the institution.
     */
    static Optional<Split> split(List<String> words) {
        int[] keyed = sortKeyedName(words);
        if (keyed != null) {
            return split(words, keyed[0], keyed[1], false);
        }
        int shortest = shortestNameEnd(words);
        if (shortest < 0) {
            return Optional.empty();
        }
        boolean capitals = isCapitals(words.subList(0, shortest));
        for (int i = shortest; i < words.size(); i++) {
            String word = words.get(i);
            if (!capitals && isAcronym(word)) {
                return split(words, 0, i, i > shortest);
            }
            if (VoteLines.isInstitutionWord(word)) {
                boolean leads = i + 1 < words.size() && word.toLowerCase(Locale.ROOT).startsWith("univers")
                        && VoteLines.isNameOrInstitutionWord(words.get(i + 1))
                        && Character.isLowerCase(words.get(i + 1).charAt(0));
                int start = leads ? i : Math.max(shortest, i - 1);
                return split(words, 0, start, start > shortest);
            }
        }
        return split(words, 0, shortest, words.size() - shortest >= 2);
    }

    private static Optional<Split> split(List<String> words, int nameFrom, int nameTo, boolean guessed) {
        if (nameTo - nameFrom > MAX_NAME_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Split(String.join(" ", words.subList(nameFrom, nameTo)),
                String.join(" ", words.subList(nameTo, words.size())), guessed));
    }

    /**
     * {from, to} of the full name in "Key Given… Key Rest…", where the key is one to three words repeated as the
     * end of the name; the longest key is tried first, so that "van der Berg Jan van der Berg" keeps its particles.
     */
    private static int[] sortKeyedName(List<String> words) {
        for (int k = Math.min(MAX_SORT_KEY_WORDS, words.size() / 2); k >= 1; k--) {
            for (int j = k + 1; j <= k + MAX_GIVEN_NAMES && j + k <= words.size(); j++) {
                if (sameWords(words, 0, j, k)) {
                    return new int[] {k, j + k};
                }
            }
        }
        return null;
    }

    private static boolean sameWords(List<String> words, int a, int b, int count) {
        for (int i = 0; i < count; i++) {
            if (!words.get(a + i).equalsIgnoreCase(words.get(b + i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the shortest plausible name ends: initials, a given name, initials, particles, a surname; -1 if none. */
    private static int shortestNameEnd(List<String> words) {
        int n = words.size();
        int i = 0;
        while (i < n && isInitial(words.get(i))) {
            i++;
        }
        i++;
        while (i < n && isInitial(words.get(i))) {
            i++;
        }
        while (i < n && VoteLines.isParticle(words.get(i))) {
            i++;
        }
        return i < n ? i + 1 : -1;
    }

    private static boolean isInitial(String word) {
        return (word.length() == 1 || (word.length() == 2 && word.charAt(1) == '.'))
                && Character.isUpperCase(word.charAt(0));
    }

    /** "MIT", "LSE", "INSEAD": two or more capitals and nothing in lower case. */
    private static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > MAX_ACRONYM_LENGTH) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        return capitals >= 2;
    }

    private static boolean isCapitals(List<String> words) {
        for (String word : words) {
            if (!isInCapitals(word)) {
                return false;
            }
        }
        return true;
    }

    /** No letter in lower case: "ROE", "O'NEIL", "E." (but also "8"; callers look at names only). */
    private static boolean isInCapitals(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A digit, or punctuation that ends a name ("Roe," in "Jane Roe, LSE"; "Answer:"). */
    private static boolean hasDigitOrStop(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || ",:;()[]\"“”/".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "JAN VAN DER BERG" → "Jan van der Berg", "O'NEIL" → "O'Neil", "MCLEAN" → "McLean": words printed in capitals
     * take a name's usual case, particles after the first word in lower case; other words are left as written.
     */
    static String titleCased(String name) {
        String[] words = name.split(" ");
        StringBuilder out = new StringBuilder(name.length());
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            boolean capitals = word.length() >= 2 && isInCapitals(word) && !word.equals(word.toLowerCase(Locale.ROOT));
            out.append(w == 0 ? "" : " ");
            if (!capitals) {
                out.append(word);
            } else if (w > 0 && VoteLines.isParticle(word)) {
                out.append(word.toLowerCase(Locale.ROOT));
            } else {
                out.append(capitalised(word.toLowerCase(Locale.ROOT)));
            }
        }
        return out.toString();
    }

    private static String capitalised(String lower) {
        StringBuilder out = new StringBuilder(lower);
        boolean startOfPart = true;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (startOfPart && Character.isLetter(c)) {
                out.setCharAt(i, Character.toUpperCase(c));
                startOfPart = false;
            } else {
                startOfPart = c == '-' || c == '\'' || c == '’';
            }
        }
        if (lower.startsWith("mc") && out.length() > 3) {
            out.setCharAt(2, Character.toUpperCase(out.charAt(2)));
        }
        return out.toString();
    }
}
