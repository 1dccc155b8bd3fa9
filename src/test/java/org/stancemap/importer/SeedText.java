package org.stancemap.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed documents as the jar ships them. */
public final class SeedText {

    public static final String ROUND_UP = "expert-roundup-china-russia-alliance-2019-06-14.txt";
    public static final String CARD = "debate-card-rm-6-14.txt";

    private SeedText() {
    }

    public static String roundUp() {
        return read(ROUND_UP);
    }

    public static String read(String name) {
        try (InputStream in = SeedText.class.getResourceAsStream("/org/stancemap/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
