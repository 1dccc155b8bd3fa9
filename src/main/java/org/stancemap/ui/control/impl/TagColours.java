package org.stancemap.ui.control.impl;

import org.stancemap.model.Voice;
import org.stancemap.render.Palette;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

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
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private final String attribute;
    private final Map<String, Integer> counts;
    private final Map<String, Integer> paletteIndex = new TreeMap<>();
    /** Thousands of chips share a handful of values; each value's classes are worked out once. */
    private final Map<String, List<String>> classesByValue = new HashMap<>();
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
        if (attribute == null) {
            return of("", voices); // a colour-by choice box emptied by a map without tags sets null
        }
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
        return classesByValue.computeIfAbsent(value, v -> {
            int index = paletteIndex.getOrDefault(v, PALETTE_SIZE);
            return List.of(index < PALETTE_SIZE ? "color-" + index : "color-other", slug(attribute) + "-" + slug(v));
        });
    }

    private static Optional<String> valueOf(String attribute, Voice voice) {
        return Optional.ofNullable(voice.tags().get(attribute)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** "Russian Federation" → "russian-federation": a CSS class name a briefer can type. */
    static String slug(String text) {
        String dashed = NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        String slug = EDGE_DASHES.matcher(dashed).replaceAll("");
        return slug.isEmpty() ? "blank" : slug;
    }
}
