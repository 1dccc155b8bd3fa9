package org.stancemap.ui.control.impl;

import org.stancemap.model.Voice;
import org.stancemap.render.Palette;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which style classes colour a chip: {@code color-N} for the N-th value of the colour attribute present
 * (alphabetical, so colours do not depend on article order), {@code color-other} past the palette,
 * {@code color-unset} for voices without the tag, and {@code <attribute>-<value>} so that a stylesheet can give
 * one value its own colour.
 */
final class TagColours {

    /** Okabe–Ito has eight colours; black is kept for text, so seven values get their own colour, as in exports. */
    static final int PALETTE_SIZE = Palette.OKABE_ITO.size();
    static final String UNSET = "color-unset";

    private final String attribute;
    private final Map<String, Integer> counts;
    private final Map<String, Integer> paletteIndex = new TreeMap<>();
    private final int unset;

    private TagColours(String attribute, Map<String, Integer> counts, int unset) {
        this.attribute = attribute;
        this.counts = counts;
        this.unset = unset;
        int next = 0;
        for (String value : counts.keySet()) {
            paletteIndex.put(value, next++);
        }
    }

    static TagColours of(String attribute, Collection<Voice> voices) {
        Map<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int unset = 0;
        for (Voice voice : voices) {
            Optional<String> value = valueOf(attribute, voice);
            if (value.isPresent()) {
                counts.merge(value.get(), 1, Integer::sum);
            } else {
                unset++;
            }
        }
        return new TagColours(attribute, counts, attribute.isBlank() ? 0 : unset);
    }

    boolean isEmpty() {
        return attribute.isBlank() || counts.isEmpty();
    }

    String attribute() {
        return attribute;
    }

    /** The values present, alphabetically, with how many voices carry each. */
    Map<String, Integer> counts() {
        return counts;
    }

    int unsetCount() {
        return unset;
    }

    List<String> classesFor(Voice voice) {
        if (attribute.isBlank()) {
            return List.of();
        }
        return valueOf(attribute, voice).map(this::classesForValue).orElse(List.of(UNSET));
    }

    List<String> classesForValue(String value) {
        int index = paletteIndex.getOrDefault(value, PALETTE_SIZE);
        List<String> classes = new ArrayList<>(2);
        classes.add(index < PALETTE_SIZE ? "color-" + index : "color-other");
        classes.add(slug(attribute) + "-" + slug(value));
        return classes;
    }

    private static Optional<String> valueOf(String attribute, Voice voice) {
        return Optional.ofNullable(voice.tags().get(attribute)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** "Russian Federation" → "russian-federation": a CSS class name a briefer can type. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "blank" : slug;
    }
}
