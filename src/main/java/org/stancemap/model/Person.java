package org.stancemap.model;

import java.util.Objects;

/**
 * One person speaking in a voice: a name and the role or affiliation the round-up gives them.
 *
 * @param name as written in the round-up, e.g. "Graham T. Allison"
 * @param role as written, possibly empty, e.g. "Douglas Dillon Professor of Government, Harvard University"
 */
public record Person(String name, String role) {
    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a person needs a name");
        }
    }

    /** The name a chip shows for a co-authored voice: the family name as written last. */
    public String shortName() {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1];
    }
}
