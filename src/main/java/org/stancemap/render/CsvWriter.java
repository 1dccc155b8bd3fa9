package org.stancemap.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.stancemap.model.Band;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;

/**
 * The map's data as CSV, one row per quote (a voice without quotes still gets one row): RFC 4180 quoting, CRLF line
 * ends, and a UTF-8 byte order mark so that Excel reads the names' accents right.
 */
public final class CsvWriter {

    static final List<String> HEADER = List.of("voice", "people", "roles", "tags", "band", "position", "rationale",
            "quote", "publication", "date", "round-up", "URL");

    private CsvWriter() {
    }

    /** Writes the voices the options show, BOM first; the writer should encode UTF-8. */
    public static void write(Project project, BriefingOptions options, Writer out) throws IOException {
        out.write('\uFEFF');
        row(out, HEADER);
        String roundUp = CitationText.roundUpReference(project.roundUp());
        String url = project.roundUp().url().orElse("");
        for (Voice voice : project.voices()) {
            if (!options.onlyVoices().map(ids -> ids.contains(voice.id())).orElse(true)) {
                continue;
            }
            Optional<Placement> placement = voice.placement();
            List<String> common = List.of(voice.displayName(),
                    voice.people().stream().map(Person::name).collect(Collectors.joining("; ")),
                    voice.people().stream().map(Person::role).collect(Collectors.joining("; ")),
                    voice.tags().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")),
                    placement.flatMap(p -> project.spectrum().bandAt(p.position())).map(Band::label).orElse(""),
                    placement.map(p -> String.format(Locale.ROOT, "%.2f", p.position())).orElse(""),
                    placement.map(Placement::rationale).orElse(""));
            if (voice.quotes().isEmpty()) {
                row(out, concat(common, List.of("", "", "", roundUp, url)));
            }
            for (Quote quote : voice.quotes()) {
                row(out, concat(common, List.of(quote.text(), quote.citation().publication(),
                        CitationText.date(quote.citation().date()), roundUp, url)));
            }
        }
        out.flush();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        out.write(cells.stream().map(CsvWriter::cell).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    /**
     * A field quoted when it holds a comma, quote or line break, inner quotes doubled (RFC 4180). Every cell can
     * hold an article's text, and a spreadsheet runs one opening with {@code = + - @}, tab or CR as a formula
     * ({@code =HYPERLINK(…)}), so such a cell gets a single quote before it, as OWASP advises.
     */
    static String cell(String text) {
        String value = opensAsFormula(text) ? "'" + text : text;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static boolean opensAsFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
