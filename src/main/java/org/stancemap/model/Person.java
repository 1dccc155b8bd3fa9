package org.stancemap.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One person speaking in a voice: a name and the role or affiliation the round-up gives them.
 *
 * @param name      as written in the round-up, e.g. "Graham T. Allison"
 * @param role      as written, possibly empty, e.g. "Douglas Dillon Professor of Government, Harvard University"
 * @param familyName the family name, when it is not the name's last word, e.g. "Feng" for "Feng Zhongping";
 *                   a co-authored voice's label names each person by it
 */
public record Person(String name, String role, Optional<String> familyName) {
    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(familyName, "familyName");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a person needs a name");
        }
        if (familyName.isPresent() && familyName.get().isBlank()) {
            throw new IllegalArgumentException("a family name, when given, cannot be blank");
        }
    }

    public Person(String name, String role) {
        this(name, role, Optional.empty());
    }

    /** The name a chip shows for a co-authored voice: the family name, by default the name's last word. */
    public String shortName() {
        return familyName.orElseGet(() -> {
            String[] words = name.trim().split("\\s+");
            return words[words.length - 1];
        });
    }

    public Person withFamilyName(String newFamilyName) {
        return new Person(name, role, Optional.of(newFamilyName));
    }
}
