package org.stancemap.importer;

import org.stancemap.model.Person;

import java.util.ArrayList;
import java.util.List;

/**
 * The people a voice's header names, with their roles, as round-ups write them: {@code A, R1; and B, R2} is two
 * people; {@code A and B, R1 and R2, respectively, Org} gives A "R1, Org" and B "R2, Org"; {@code A and B, R}
 * gives both R.
 */
final class HeaderPeople {
    private HeaderPeople() {
    }

    static List<Person> read(String header) {
        List<Person> people = new ArrayList<>();
        for (String part : splitOutsideParentheses(header, ';')) {
            String entry = part.startsWith("and ") ? part.substring(4).strip() : part;
            List<String> segments = splitOutsideParentheses(entry, ',');
            if (segments.isEmpty()) {
                continue;
            }
            List<String> names = splitNames(segments.get(0));
            List<String> roles = segments.subList(1, segments.size());
            people.addAll(assignRoles(names, roles));
        }
        return people;
    }

    private static List<Person> assignRoles(List<String> names, List<String> roles) {
        int respectively = roles.indexOf("respectively");
        if (names.size() > 1 && respectively == 1) {
            List<String> own = splitNames(roles.get(0));
            String shared = String.join(", ", roles.subList(2, roles.size()));
            if (own.size() == names.size()) {
                List<Person> people = new ArrayList<>();
                for (int k = 0; k < names.size(); k++) {
                    people.add(new Person(names.get(k), shared.isEmpty() ? own.get(k) : own.get(k) + ", " + shared));
                }
                return people;
            }
        }
        String role = String.join(", ", roles.stream().filter(r -> !r.equals("respectively")).toList());
        return names.stream().map(n -> new Person(n, role)).toList();
    }

    /** "Feng Zhongping and Huang Jing" → both names; blank names dropped. */
    private static List<String> splitNames(String names) {
        List<String> out = new ArrayList<>();
        for (String n : names.split("\\s+(?:and|&)\\s+")) {
            if (!n.isBlank()) {
                out.add(n.strip());
            }
        }
        return out;
    }

    private static List<String> splitOutsideParentheses(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == separator && depth == 0) {
                addIfNotBlank(parts, text.substring(from, k));
                from = k + 1;
            }
        }
        addIfNotBlank(parts, text.substring(from));
        return parts;
    }

    private static void addIfNotBlank(List<String> parts, String part) {
        if (!part.isBlank()) {
            parts.add(part.strip());
        }
    }
}
