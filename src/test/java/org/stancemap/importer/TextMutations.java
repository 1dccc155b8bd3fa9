package org.stancemap.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.stancemap.importer.text.Paragraphs;

/**
 * Changes to a real text the way editing, copying and truncation change it — lines deleted, inserted or doubled,
 * the text cut short — for property tests that start from a fixture, so that a mutated text still reaches deep
 * into a reader instead of being refused at its first line.
 */
public final class TextMutations {

    private record Mutation(int kind, double at, String inserted) {
    }

    private TextMutations() {
    }

    /**
     * Up to twelve mutations applied one after another; an inserted line is random text or one of {@code typical},
     * lines typical of the shape under test.
     */
    public static Arbitrary<UnaryOperator<String>> of(String... typical) {
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80), Arbitraries.of(typical)))
                .as(Mutation::new);
        return mutation.list().ofMaxSize(12).map(mutations -> text -> apply(text, mutations));
    }

    private static String apply(String text, List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(Paragraphs.lines(text));
        for (Mutation m : mutations) {
            int at = (int) (m.at() * lines.size());
            switch (m.kind()) {
                case 0 -> {
                    if (at < lines.size()) {
                        lines.remove(at);
                    }
                }
                case 1 -> lines.add(Math.min(at, lines.size()), m.inserted());
                case 2 -> {
                    if (at < lines.size()) {
                        lines.add(at, lines.get(at));
                    }
                }
                default -> {
                    String joined = String.join("\n", lines);
                    lines = new ArrayList<>(Paragraphs.lines(joined.substring(0, (int) (m.at() * joined.length()))));
                }
            }
        }
        return String.join("\n", lines);
    }
}
