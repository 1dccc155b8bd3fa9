package org.stancemap.importer.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.stancemap.model.Person;

/**
 * Reads the line that opens an expert entry into its people, each with their own role.
 *
 * <p>The shapes a round-up uses: {@code Name, Role}; {@code A, Role; and B, Role} (any number of
 * semicolon-separated people); {@code A and B, X and Y, respectively, Organisation}; and {@code A and B, Role}
 * for people sharing one role. A line that reads as a sentence instead (it ends like one, or a "name" is too
 * long or starts in lower case) is not a header, which is how a quote that lost its citation is told apart.
 */
public final class ExpertHeader {

    /** The longest header of the seed article is 249 characters; prose paragraphs run far longer. */
    public static final int MAX_HEADER_LENGTH = 400;

    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_NAME_LENGTH = 60;
    private static final String RESPECTIVELY = ", respectively";

    private ExpertHeader() {
    }

    /** The people {@code header} names, or empty when it does not read as an expert header. */
    public static Optional<List<Person>> read(String text) {
        if (text.length() > MAX_HEADER_LENGTH) {
            return Optional.empty();
        }
        String header = Paragraphs.singleSpaced(text);
        if (header.isEmpty() || endsLikeSentence(header)) {
            return Optional.empty();
        }
        List<Person> people = new ArrayList<>();
        if (header.indexOf(';') >= 0) {
            for (String part : header.split(";")) {
                people.addAll(sharingOneRole(withoutLeadingAnd(Paragraphs.trim(part))));
            }
        } else if (header.contains(RESPECTIVELY)) {
            people.addAll(respectively(header));
        } else {
            people.addAll(sharingOneRole(header));
        }
        if (people.isEmpty() || !people.stream().allMatch(p -> isPlausibleName(p.name()))) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(people));
    }

    /** "A, Role" or "A and B, Role": everyone named before the first comma holds the role after it. */
    private static List<Person> sharingOneRole(String part) {
        int comma = part.indexOf(',');
        String names = comma < 0 ? part : part.substring(0, comma);
        String role = comma < 0 ? "" : Paragraphs.trim(part.substring(comma + 1));
        if (isNameSuffix(role)) {
            // "Martin Luther King, Jr., Pastor": the suffix belongs to the name, not the role
            int next = role.indexOf(',');
            names = names + ", " + (next < 0 ? role : role.substring(0, next));
            role = next < 0 ? "" : Paragraphs.trim(role.substring(next + 1));
            return List.of(new Person(Paragraphs.trim(names), role));
        }
        List<Person> people = new ArrayList<>();
        for (String name : listItems(names)) {
            people.add(new Person(name, role));
        }
        return people;
    }

    /**
     * "A and B, X and Y, respectively, Org": the i-th name holds the i-th role, each followed by the shared
     * organisation. Three or more people ("A, B and C, X, Y and Z, respectively") are told apart by counting.
     */
    private static List<Person> respectively(String header) {
        int at = header.indexOf(RESPECTIVELY);
        String before = header.substring(0, at);
        String organisation = Paragraphs.trim(header.substring(at + RESPECTIVELY.length()));
        if (organisation.startsWith(",")) {
            organisation = Paragraphs.trim(organisation.substring(1));
        }
        int comma = before.indexOf(',');
        if (comma < 0) {
            return sharingOneRole(header);
        }
        List<String> names = listItems(before.substring(0, comma));
        List<String> roles = listItems(before.substring(comma + 1));
        if (names.size() == 1) {
            List<String> items = listItems(before);
            if (items.size() % 2 != 0 || items.size() < 4) {
                return sharingOneRole(header);
            }
            names = items.subList(0, items.size() / 2);
            roles = items.subList(items.size() / 2, items.size());
        }
        if (roles.size() != names.size()) {
            // the roles themselves contain "and": give everyone the whole description rather than guess
            roles = Collections.nCopies(names.size(), Paragraphs.trim(before.substring(comma + 1)));
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String role = organisation.isEmpty() ? roles.get(i)
                    : roles.get(i).isEmpty() ? organisation : roles.get(i) + ", " + organisation;
            people.add(new Person(names.get(i), role));
        }
        return people;
    }

    /** "A", "A and B", "A, B and C", "A, B, and C", "A & B" → the items, trimmed, none empty. */
    public static List<String> listItems(String list) {
        List<String> items = new ArrayList<>();
        for (String byComma : list.split(",")) {
            String item = withoutLeadingAnd(Paragraphs.trim(byComma));
            for (String byAnd : splitOn(item.replace(" & ", " and "), " and ")) {
                String name = Paragraphs.trim(byAnd);
                if (!name.isEmpty()) {
                    items.add(name);
                }
            }
        }
        return items;
    }

    /** {@code text} cut at each {@code separator}, taken literally (String.split would compile a regex). */
    private static List<String> splitOn(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, start)) {
            parts.add(text.substring(start, at));
            start = at + separator.length();
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String withoutLeadingAnd(String part) {
        return part.startsWith("and ") ? Paragraphs.trim(part.substring(4)) : part;
    }

    private static boolean isNameSuffix(String role) {
        return role.startsWith("Jr.") || role.startsWith("Sr.") || role.equals("Jr") || role.equals("Sr")
                || role.startsWith("Jr,") || role.startsWith("Sr,");
    }

    private static boolean isPlausibleName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        char first = name.charAt(0);
        return Character.isLetter(first) && !Character.isLowerCase(first)
                && name.split(" ").length <= MAX_NAME_WORDS;
    }

    /**
     * A sentence ends in . ? ! … or a closing quote mark; a header may end in an abbreviation such as "Inc."
     * or "Univ.", a short capitalised word with its dot.
     */
    private static boolean endsLikeSentence(String header) {
        char last = header.charAt(header.length() - 1);
        if ("?!…\"”:".indexOf(last) >= 0) {
            return true;
        }
        if (last != '.') {
            return false;
        }
        int wordStart = header.lastIndexOf(' ') + 1;
        String word = header.substring(wordStart);
        return word.length() > 5 || !Character.isUpperCase(word.charAt(0));
    }
}
