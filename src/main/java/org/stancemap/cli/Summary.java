package org.stancemap.cli;

import static org.stancemap.cli.TerminalText.shown;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.stancemap.importer.card.CardVoices;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.text.SourceLine;
import org.stancemap.model.Citation;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Quote;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;
import org.stancemap.model.Project;

/**
 * What {@code inspect} reports about one input, as text for people and as the JSON document scripts read:
 * {@code {"kind", "document": {...}, "voices": [...], "warnings": [...]}}.
 */
record Summary(InputKind kind, String title, Optional<LocalDate> date, List<String> authors, Optional<String> url,
               Optional<Spectrum> spectrum, Optional<ReadAs> readAs, List<SourceLine> dropped, List<Voice> voices,
               List<ImportWarning> warnings) {

    /**
     * How a round-up's text was read.
     *
     * @param source     the text's name, as the user knows it
     * @param format     the shape it was read as
     * @param confidence how sure that format was, 0–1
     */
    record ReadAs(String source, String format, double confidence) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s as %s, %d %% sure", source, format, Math.round(confidence * 100));
        }
    }

    /**
     * The widest the id column is padded to: longer ids push their own line's name along, since padding every line
     * to one 1 MB id printed gigabytes.
     */
    private static final int MAX_ID_COLUMN = 40;

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** A round-up text, as read into the project its draft proposes; {@code dropped} is what cleaning left out. */
    static Summary ofRoundUp(Project project, List<SourceLine> dropped, List<ImportWarning> warnings) {
        return of(InputKind.ROUNDUP, project, Optional.empty(), dropped, warnings);
    }

    /** A project file; the warnings are those its import recorded, if it was imported. */
    static Summary ofProject(Project project) {
        List<ImportWarning> warnings = project.roundUp().imported().stream()
                .flatMap(record -> record.warnings().stream())
                .map(w -> new ImportWarning(w.line(), w.message())).toList();
        return of(InputKind.PROJECT, project, Optional.of(project.spectrum()), List.of(), warnings);
    }

    private static Summary of(InputKind kind, Project project, Optional<Spectrum> spectrum, List<SourceLine> dropped,
                              List<ImportWarning> warnings) {
        var roundUp = project.roundUp();
        Optional<ReadAs> readAs = roundUp.imported().map(r -> new ReadAs(r.source(), r.format(), r.confidence()));
        return new Summary(kind, roundUp.title(), roundUp.date(), roundUp.authors(), roundUp.url(), spectrum,
                readAs, dropped, project.voices(), warnings);
    }

    static Summary ofCard(DebateCard card, List<ImportWarning> warnings) {
        var cite = card.cite();
        List<String> authors = cite.author().isEmpty() ? List.of() : List.of(cite.author());
        return new Summary(InputKind.CARD, cite.title(), cite.date().start(), authors, cite.url(), Optional.empty(),
                Optional.empty(), List.of(), CardVoices.of(card), warnings);
    }

    Map<String, Object> toJsonTree() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", title);
        document.put("date", date.map(LocalDate::toString).orElse(null));
        document.put("authors", authors);
        document.put("url", url.orElse(null));
        document.put("readAs", readAs.map(r -> {
            Map<String, Object> read = new LinkedHashMap<>();
            read.put("source", r.source());
            read.put("format", r.format());
            read.put("confidence", r.confidence());
            return read;
        }).orElse(null));

        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("kind", kind.label());
        tree.put("document", document);
        tree.put("dropped", dropped.stream().map(line -> {
            Map<String, Object> left = new LinkedHashMap<>();
            left.put("line", line.number());
            left.put("reason", line.dropped().orElse(""));
            left.put("text", line.shown());
            return left;
        }).toList());
        tree.put("voices", voices.stream().map(this::voiceTree).toList());
        tree.put("warnings", warnings.stream().map(w -> {
            Map<String, Object> warning = new LinkedHashMap<>();
            warning.put("line", w.line());
            warning.put("message", w.message());
            return warning;
        }).toList());
        return tree;
    }

    /** The summary for people; every string from the file goes through {@link TerminalText#shown}. */
    void print(PrintWriter out) {
        out.printf("%s: %s%n", capitalised(kind.label()), title.isEmpty() ? "(untitled)" : shown(title));
        String byline = shown(String.join(", ", authors));
        out.printf("%s%s%s%n", date.map(LONG_DATE::format).orElse("undated"),
                byline.isEmpty() ? "" : " · " + byline, url.map(u -> " · " + shown(u)).orElse(""));
        readAs.ifPresent(r -> out.printf("%s %s%n", kind == InputKind.PROJECT ? "Imported from" : "Read",
                shown(r.toString())));
        spectrum.ifPresent(s -> out.printf("Question: %s (%s → %s)%n", shown(s.question()), shown(s.leftLabel()),
                shown(s.rightLabel())));
        long placed = voices.stream().filter(v -> v.placement().isPresent()).count();
        out.printf("%d voices (%d placed), %d quotes, %d warnings%n", voices.size(), placed,
                voices.stream().mapToInt(v -> v.quotes().size()).sum(), warnings.size());
        if (!dropped.isEmpty()) {
            out.printf("Left out before reading: %s%n", dropped.stream()
                    .map(line -> "line " + line.number() + " (" + shown(line.dropped().orElse("")) + ")")
                    .collect(Collectors.joining(", ")));
        }
        int idWidth = Math.min(MAX_ID_COLUMN, voices.stream().mapToInt(v -> shown(v.id()).length()).max().orElse(0));
        for (Voice voice : voices) {
            out.printf("  %-" + Math.max(idWidth, 1) + "s  %s%s%n", shown(voice.id()), shown(voice.displayName()),
                    voice.placement().map(p -> "  [" + bandText(p) + "]").orElse(""));
        }
        spectrum.ifPresent(s -> s.bands().forEach(band -> out.printf("%s: %d%n", shown(band.label()),
                voices.stream().filter(v -> v.placement().map(p -> band.contains(p.position())).orElse(false))
                        .count())));
    }

    private Map<String, Object> voiceTree(Voice voice) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", voice.id());
        tree.put("people", voice.people().stream().map(Summary::personTree).toList());
        tree.put("tags", voice.tags());
        tree.put("placement", voice.placement().map(this::placementTree).orElse(null));
        tree.put("quotes", voice.quotes().stream().map(this::quoteTree).toList());
        return tree;
    }

    private static Map<String, Object> personTree(Person person) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", person.name());
        tree.put("role", person.role());
        return tree;
    }

    private Map<String, Object> quoteTree(Quote quote) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("text", quote.text());
        tree.put("citation", citationTree(quote.citation()));
        tree.put("placement", quote.placement().map(this::placementTree).orElse(null));
        return tree;
    }

    private static Map<String, Object> citationTree(Citation citation) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("publication", citation.publication());
        tree.put("date", citation.date().iso());
        tree.put("precision", citation.date().precision().name().toLowerCase(Locale.ROOT));
        tree.put("raw", citation.raw());
        return tree;
    }

    private Map<String, Object> placementTree(Placement placement) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("position", placement.position());
        tree.put("band", spectrum.flatMap(s -> s.bandAt(placement.position())).map(b -> b.label()).orElse(null));
        tree.put("rationale", placement.rationale());
        return tree;
    }

    private String bandText(Placement placement) {
        String position = Inputs.formatPosition(placement.position());
        return spectrum.flatMap(s -> s.bandAt(placement.position()))
                .map(band -> shown(band.label()) + " " + position).orElse(position);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
