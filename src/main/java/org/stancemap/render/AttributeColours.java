package org.stancemap.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.stancemap.model.Voice;

/** The colour each value of one tag gives a chip: the app's palette in alphabetical order of the values. */
final class AttributeColours {

    private final String attribute;
    private final Map<String, Rgb> colours = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /** Colours for every value the tag takes among the voices, shown or not, so a filter does not recolour. */
    AttributeColours(List<Voice> voices, String attribute) {
        this.attribute = attribute;
        if (attribute.isBlank()) {
            return;
        }
        voices.forEach(v -> valueOf(v).ifPresent(value -> colours.put(value, Palette.OTHER)));
        int index = 0;
        for (Map.Entry<String, Rgb> entry : colours.entrySet()) {
            entry.setValue(Palette.forIndex(index++));
        }
    }

    String attribute() {
        return attribute;
    }

    boolean isEmpty() {
        return colours.isEmpty();
    }

    /** The colour of a value the tag takes, as {@link #valueOf} returns it. */
    Rgb of(String value) {
        return colours.get(value);
    }

    Rgb of(Voice voice) {
        if (attribute.isBlank()) {
            return Palette.OTHER;
        }
        return valueOf(voice).map(colours::get).orElse(Palette.UNSET);
    }

    Optional<String> valueOf(Voice voice) {
        return Optional.ofNullable(voice.tags().get(attribute)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
