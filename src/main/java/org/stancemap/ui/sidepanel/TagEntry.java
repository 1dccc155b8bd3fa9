package org.stancemap.ui.sidepanel;

import java.util.Objects;

/**
 * One of a voice's tags, e.g. region → Russian.
 *
 * @param key   the attribute, e.g. "region"
 * @param value its value for this voice, e.g. "Russian"
 */
public record TagEntry(String key, String value) {
    public TagEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
