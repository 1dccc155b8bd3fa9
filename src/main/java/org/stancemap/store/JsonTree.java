package org.stancemap.store;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes a tree of maps, lists, strings, numbers and booleans as pretty-printed JSON — for machine-readable
 * reports such as {@code inspect --json}, so that nothing outside the store needs Jackson.
 */
public final class JsonTree {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private JsonTree() {
    }

    /**
     * The tree as JSON text, keys in the maps' own iteration order, ending with a newline.
     *
     * @param tree {@code Map<String, ?>}, {@code List<?>}, {@code String}, {@code Number}, {@code Boolean} or null
     */
    public static String write(Object tree) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a JSON report", e);
        }
    }
}
