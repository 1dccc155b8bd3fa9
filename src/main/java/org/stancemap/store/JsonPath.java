package org.stancemap.store;

import java.util.regex.Pattern;

/** A location inside a project file in JSONPath notation, e.g. {@code $.voices[3].placements[0].position}. */
record JsonPath(String text) {
    static final JsonPath ROOT = new JsonPath("$");

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    JsonPath field(String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return new JsonPath(text + "." + name);
        }
        // Tag keys can be any text; bracket notation keeps the path unambiguous.
        return new JsonPath(text + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
    }

    JsonPath index(int index) {
        return new JsonPath(text + "[" + index + "]");
    }

    @Override
    public String toString() {
        return text;
    }
}
