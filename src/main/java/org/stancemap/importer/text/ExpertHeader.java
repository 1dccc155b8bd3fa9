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
 * for people sharing one role. The role may also be bracketed, {@code Name (Director, Institute)}, where every
 * comma and "and" inside the brackets is the role's; set off by a dash or bar, {@code Name — Role}; or glued to
 * the name with no separator at all, as text copied from a web page leaves it ({@code JANE ROEDirector of …}).
 * A line that reads as a sentence instead (it ends like one, or a "name" is too long or starts in lower case)
 * is not a header, which is how a quote that lost its citation is told apart.
 */
public final class ExpertHeader {

    /** The longest header of the seed article is 249 characters; prose paragraphs run far longer. */
    public static final int MAX_HEADER_LENGTH = 400;

    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_NAME_LENGTH = 60;
    private static final String RESPECTIVELY = ", respectively";
    private static final List<String> DASHES = List.of(" — ", " – ", " | ", " - ");

    private ExpertHeader() {
    }

    /** The people {@code header} names, or empty when it does not read as an expert header. */
    public static Optional<List<Person>> read(String text) {
        return read(text, "");
    }

    /**
     * The people {@code text} names, where {@code lead} is the emphasised words it starts with ("" if none): a
     * page that prints the name in bold tells where the name ends even when no separator follows it.
     */
    public static Optional<List<Person>> read(String text, String lead) {
        String trimmed = text.length() > MAX_HEADER_LENGTH ? "" : Paragraphs.trim(text);
        if (trimmed.isEmpty() || endsLikeSentence(trimmed)) {
            return Optional.empty(); // most paragraphs are sentences: refuse them before any copying
        }
        String header = unglued(Paragraphs.singleSpaced(trimmed), Paragraphs.trim(lead));
        List<Person> people = new ArrayList<>();
        List<String> parts = outsideBrackets(header, ';');
        if (parts.size() > 1) {
            for (String part : parts) {
                people.addAll(onePart(withoutLeadingAnd(Paragraphs.trim(part))));
            }
        } else {
            people.addAll(onePart(header));
        }
        if (people.isEmpty() || !people.stream().allMatch(p -> isPlausibleName(p.name()))) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(people));
    }

    /**
     * {@code text} with ", " put between a name and the role glued to it: after the bold {@code lead} when a
     * letter follows it at once, else where a lower-case letter or a run of capitals runs straight into a
     * capitalised role word ("Jane RoeSenior Fellow", "JANE ROEDirector"). Unchanged when nothing is glued.
     */
    public static String unglued(String text, String lead) {
        int length = lead.length();
        if (length > 0 && text.length() > length && text.startsWith(lead)
                && Character.isLetter(lead.charAt(length - 1)) && Character.isLetter(text.charAt(length))) {
            return lead + ", " + text.substring(length);
        }
        int end = Math.min(text.length() - 1, MAX_NAME_LENGTH + 1);
        for (int i = 2; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '(') {
                break;
            }
            char before = text.charAt(i - 1);
            boolean glued = Character.isUpperCase(c) && (Character.isLowerCase(before)
                    || Character.isUpperCase(before) && Character.isUpperCase(text.charAt(i - 2))
                            && Character.isLowerCase(text.charAt(i + 1)));
            if (glued && NameShape.isRoleWordAt(text, i)
                    && listItems(text.substring(0, i)).stream().allMatch(ExpertHeader::isPlausibleName)) {
                return text.substring(0, i) + ", " + text.substring(i);
            }
        }
        return text;
    }

    /** One person's or one group's part of a header: bracketed, "respectively", or "Names, Role". */
    private static List<Person> onePart(String part) {
        Optional<List<Person>> bracketed = bracketed(part);
        if (bracketed.isPresent()) {
            return bracketed.get();
        }
        String header = dashAsComma(part);
        return header.contains(RESPECTIVELY) ? respectively(header) : sharingOneRole(header);
    }

    /**
     * "A (Role)", "A and B (Role)", "A (Role) and B (Role)": the names before each bracket hold everything inside
     * it; empty when the part is not made only of such groups, or a comma comes before a bracket (then the
     * bracket is part of a role, as in "Jim Mattis, Secretary of Defense (2017-2018)").
     */
    private static Optional<List<Person>> bracketed(String part) {
        if (!part.endsWith(")")) {
            return Optional.empty();
        }
        List<Person> people = new ArrayList<>();
        int at = 0;
        while (at < part.length()) {
            int open = part.indexOf('(', at);
            int close = open < 0 ? -1 : closingBracket(part, open);
            if (close < 0) {
                return Optional.empty();
            }
            String names = withoutLeadingAnd(withoutLeadingComma(Paragraphs.trim(part.substring(at, open))));
            String role = Paragraphs.trim(part.substring(open + 1, close));
            if (names.isEmpty() || role.isEmpty() || names.indexOf(',') >= 0 || names.indexOf(')') >= 0) {
                return Optional.empty();
            }
            if (role.contains(RESPECTIVELY)) {
                people.addAll(respectively(names + ", " + role));
            } else {
                for (String name : listItems(names)) {
                    people.add(new Person(name, role));
                }
            }
            at = close + 1;
        }
        return Optional.of(people);
    }

    /** Index of the ')' closing the '(' at {@code open}, or -1. */
    private static int closingBracket(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} cut at each {@code separator} that no bracket encloses. */
    private static List<String> outsideBrackets(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (c == separator && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** "Jane Roe — Senior Fellow, X" reads as "Jane Roe, Senior Fellow, X" when the dash comes before any comma. */
    private static String dashAsComma(String part) {
        int comma = part.indexOf(',');
        int limit = comma < 0 ? part.length() : comma;
        for (String dash : DASHES) {
            int at = part.indexOf(dash);
            if (at > 0 && at < limit) {
                return part.substring(0, at) + ", " + part.substring(at + dash.length());
            }
        }
        return part;
    }

    private static String withoutLeadingComma(String part) {
        return part.startsWith(",") ? Paragraphs.trim(part.substring(1)) : part;
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
        if (part.startsWith("& ")) {
            return Paragraphs.trim(part.substring(2));
        }
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
        // a digit makes a short cite ("Kashin 17"), a date or a count, never a person's name
        return Character.isLetter(first) && !Character.isLowerCase(first)
                && name.chars().noneMatch(Character::isDigit) && name.split(" ").length <= MAX_NAME_WORDS;
    }

    /**
     * True when {@code header} (trimmed, not empty) ends as a sentence does. A sentence ends in . ? ! … : or a
     * closing quote mark; a header may end in an abbreviation such as "Inc."
     * or "Univ.", a short capitalised word with its dot.
     */
    public static boolean endsLikeSentence(String header) {
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
