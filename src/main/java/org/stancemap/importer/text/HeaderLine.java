package org.stancemap.importer.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stancemap.model.Person;

/**
 * One line read as the people it names, strictly enough to tell it from a short paragraph when no citation says
 * which is which (uncited blocks, author lists): {@link ExpertHeader} reads it, every name must be shaped like one
 * ({@link NameShape}; two words at least unless markup vouches for it), every role must read as a role, and lines
 * that are sentences, speakers' labels, dates or page furniture are refused before any closer look.
 *
 * @param people   who the line names, each with their role ("" when it gives none)
 * @param shape    how the line sets names and roles apart
 * @param marked   whether the markup vouches for it: a heading, or the name in bold
 * @param namesJob whether some role holds a word of a job or an institution ("Fellow", "Institute")
 */
public record HeaderLine(List<Person> people, Shape shape, boolean marked, boolean namesJob) {

    /** The seed's longest header is 249 characters; a header read without citations is no longer. */
    public static final int MAX_LENGTH = 300;
    private static final int MAX_ROLE_AFTER_COLON = 60;
    private static final String QUOTE_MARKS = "“\"‘«";

    /** How a header sets names and roles apart; a document's headers mostly share one. */
    public enum Shape {
        /** "Name, Role", or "Name — Role". */
        NAME_ROLE,
        /** "Name (Role)". */
        BRACKETED,
        /** "NAMERole": the role glued to the name. */
        GLUED,
        /** A name line over a role line (see {@link #withRole}). */
        TWO_LINE,
        /** A name and no role. */
        NAME_ONLY
    }

    public HeaderLine {
        people = List.copyOf(people);
    }

    /**
     * {@code text} read as a header line, where {@code lead} is the bold words it starts with ("" if none) and
     * {@code heading} whether the markup makes it a heading; empty when it does not read as one.
     */
    public static Optional<HeaderLine> read(String text, String lead, boolean heading) {
        String line = text.length() > MAX_LENGTH ? "" : Paragraphs.trim(text);
        if (line.isEmpty() || ExpertHeader.endsLikeSentence(line) || speaksAfterColon(line)) {
            return Optional.empty(); // most paragraphs are sentences: refuse them before any closer look
        }
        String spaced = Paragraphs.singleSpaced(line);
        if (StrayLine.isStray(spaced) || DateLine.read(spaced).isPresent()) {
            return Optional.empty();
        }
        String header = ExpertHeader.unglued(spaced, Paragraphs.trim(lead));
        List<Person> people = ExpertHeader.read(header).orElse(List.of());
        if (people.isEmpty()) {
            return Optional.empty();
        }
        boolean marked = heading || leads(lead, people.get(0).name());
        boolean namesJob = false;
        for (Person person : people) {
            boolean job = NameShape.hasRoleWord(person.role());
            if (!NameShape.isPersonName(person.name()) || !marked && NameShape.words(person.name()) < 2
                    || !job && !isRoleShaped(person.role())) {
                return Optional.empty();
            }
            namesJob |= job;
        }
        boolean roleless = people.stream().allMatch(p -> p.role().isEmpty());
        int comma = header.indexOf(',');
        Shape shape = !header.equals(spaced) ? Shape.GLUED
                : roleless ? Shape.NAME_ONLY
                : header.endsWith(")") && header.indexOf('(') < (comma < 0 ? header.length() : comma)
                        ? Shape.BRACKETED : Shape.NAME_ROLE;
        return Optional.of(new HeaderLine(people, shape, marked, namesJob));
    }

    /**
     * True when {@code line}, under a name line, is its role: short, not a sentence, a date or page furniture,
     * naming a job or holding a comma ("Kyiv School of Economics", "Fellow, Lab"), and no header itself.
     */
    public static boolean isRole(String line) {
        String role = Paragraphs.trim(line);
        return !role.isEmpty() && role.length() <= MAX_LENGTH && !speaksAfterColon(role)
                && !ExpertHeader.endsLikeSentence(role) && !StrayLine.isStray(role) && DateLine.read(role).isEmpty()
                && (NameShape.hasRoleWord(role) || role.indexOf(',') >= 0) && read(role, "", false).isEmpty();
    }

    /** This name line with {@code roleLine}, the line under it, as every person's role. */
    public HeaderLine withRole(String roleLine) {
        String role = Paragraphs.singleSpaced(roleLine);
        List<Person> withRole = people.stream().map(p -> new Person(p.name(), role)).toList();
        return new HeaderLine(withRole, Shape.TWO_LINE, marked, NameShape.hasRoleWord(role));
    }

    /** True when {@code text} opens a sentence, as a quote does: a capital, a quote mark or an editor's "[T]he". */
    public static boolean startsSentence(String text) {
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        return Character.isUpperCase(first) || first == '[' || QUOTE_MARKS.indexOf(first) >= 0;
    }

    /**
     * "Jane Roe, Fellow: “We disagree.”" or "JANE ROE, Fellow: I think…": a speaker's label and what they said,
     * not a header. A short role after a colon ("Director: Asia Program") is still a role.
     */
    private static boolean speaksAfterColon(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String after = Paragraphs.trim(line.substring(colon + 1));
        return after.length() > MAX_ROLE_AFTER_COLON || after.isEmpty() || QUOTE_MARKS.indexOf(after.charAt(0)) >= 0;
    }

    /** A role that names no job starts with a capital, "a", "an" or "the"; "for one, disagrees" is prose. */
    private static boolean isRoleShaped(String role) {
        if (role.isEmpty() || Character.isUpperCase(role.charAt(0))) {
            return true;
        }
        String lower = role.toLowerCase(Locale.ROOT);
        return lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("the ");
    }

    /** True when the bold words a line starts with are the name, so the markup vouches for the header. */
    private static boolean leads(String lead, String name) {
        String bold = Paragraphs.trim(lead);
        while (!bold.isEmpty() && ",;:—–-".indexOf(bold.charAt(bold.length() - 1)) >= 0) {
            bold = Paragraphs.trim(bold.substring(0, bold.length() - 1));
        }
        return bold.length() >= 2 && (bold.startsWith(name) || name.startsWith(bold));
    }
}
