package org.stancemap.store;

import org.stancemap.model.Band;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.ImportRecord;
import org.stancemap.model.Passage;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.ChipRows;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;
import org.stancemap.store.ProjectFileFormat.BandJson;
import org.stancemap.store.ProjectFileFormat.CitationDateJson;
import org.stancemap.store.ProjectFileFormat.CitationJson;
import org.stancemap.store.ProjectFileFormat.ImportRecordJson;
import org.stancemap.store.ProjectFileFormat.ImportWarningJson;
import org.stancemap.store.ProjectFileFormat.PassageJson;
import org.stancemap.store.ProjectFileFormat.PersonJson;
import org.stancemap.store.ProjectFileFormat.PlacementJson;
import org.stancemap.store.ProjectFileFormat.ProjectJson;
import org.stancemap.store.ProjectFileFormat.QuoteJson;
import org.stancemap.store.ProjectFileFormat.RoundUpJson;
import org.stancemap.store.ProjectFileFormat.SpectrumJson;
import org.stancemap.store.ProjectFileFormat.VoiceJson;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * File shape to model, naming the JSON path of the first thing that is missing or invalid.
 *
 * <p>The model's constructors stay the single source of its rules; their {@link IllegalArgumentException}s are
 * caught here and reported at the path of the object being built. Only checks whose message gains a more exact
 * path (positions, dates, duplicate ids) are made here first.
 */
final class JsonToProject {
    private JsonToProject() {
    }

    static Project project(ProjectJson json) {
        JsonPath root = JsonPath.ROOT;
        RoundUp roundUp = roundUp(required(json.roundUp(), root.field("roundUp")), root.field("roundUp"));
        Spectrum spectrum = spectrum(required(json.spectrum(), root.field("spectrum")), root.field("spectrum"));
        JsonPath voicesPath = root.field("voices");
        List<Voice> voices = list(json.voices(), voicesPath, JsonToProject::voice);
        requireUniqueIds(voices, voicesPath);
        Map<String, Integer> rows = rows(json.voices(), voicesPath);
        int plotRows = plotRows(json.plotRows(), voices.size(), root.field("plotRows"));
        return build(root, () -> new Project(roundUp, spectrum, voices, rows, plotRows));
    }

    private static RoundUp roundUp(RoundUpJson json, JsonPath path) {
        String title = required(json.title(), path.field("title"));
        Optional<LocalDate> date = Optional.ofNullable(json.date()).map(d -> date(d, path.field("date")));
        List<String> authors = list(json.authors(), path.field("authors"), (author, p) -> author);
        List<String> intro = list(json.intro(), path.field("intro"), (paragraph, p) -> paragraph);
        List<Passage> narrative = json.narrative() == null ? List.of()
                : list(json.narrative(), path.field("narrative"), JsonToProject::passage);
        Optional<ImportRecord> imported = Optional.ofNullable(json.imported())
                .map(record -> importRecord(record, path.field("imported")));
        return build(path, () -> new RoundUp(title, date, authors, Optional.ofNullable(json.publisher()),
                Optional.ofNullable(json.url()), intro, imported, narrative));
    }

    private static Passage passage(PassageJson json, JsonPath path) {
        String text = required(json.text(), path.field("text"));
        int line = required(json.line(), path.field("line"));
        return build(path, () -> new Passage(text, line));
    }

    private static ImportRecord importRecord(ImportRecordJson json, JsonPath path) {
        String format = required(json.format(), path.field("format"));
        String source = required(json.source(), path.field("source"));
        double confidence = unitInterval(json.confidence(), path.field("confidence"));
        List<ImportRecord.Warning> warnings = list(json.warnings(), path.field("warnings"), JsonToProject::importWarning);
        return build(path, () -> new ImportRecord(format, source, confidence, warnings));
    }

    private static ImportRecord.Warning importWarning(ImportWarningJson json, JsonPath path) {
        int line = required(json.line(), path.field("line"));
        String message = required(json.message(), path.field("message"));
        return build(path.field("line"), () -> new ImportRecord.Warning(line, message));
    }

    private static Spectrum spectrum(SpectrumJson json, JsonPath path) {
        String question = required(json.question(), path.field("question"));
        String left = required(json.leftLabel(), path.field("leftLabel"));
        String right = required(json.rightLabel(), path.field("rightLabel"));
        List<Band> bands = list(json.bands(), path.field("bands"), JsonToProject::band);
        return build(path.field("bands"), () -> new Spectrum(question, left, right, bands));
    }

    private static Band band(BandJson json, JsonPath path) {
        String label = required(json.label(), path.field("label"));
        double from = unitInterval(json.from(), path.field("from"));
        double to = unitInterval(json.to(), path.field("to"));
        String definition = required(json.definition(), path.field("definition"));
        return build(path, () -> new Band(label, from, to, definition));
    }

    private static Voice voice(VoiceJson json, JsonPath path) {
        String id = required(json.id(), path.field("id"));
        List<Person> people = list(json.people(), path.field("people"), JsonToProject::person);
        List<Quote> quotes = list(json.quotes(), path.field("quotes"), JsonToProject::quote);
        Map<String, String> tags = tags(json.tags(), path.field("tags"));
        List<Placement> placements = list(json.placements(), path.field("placements"), JsonToProject::placement);
        String note = required(json.note(), path.field("note"));
        return build(path, () -> new Voice(id, people, quotes, tags, placements, note));
    }

    private static Map<String, String> tags(Map<String, String> json, JsonPath path) {
        Map<String, String> tags = new TreeMap<>();
        required(json, path).forEach((key, value) -> tags.put(key, required(value, path.field(key))));
        return tags;
    }

    private static Person person(PersonJson json, JsonPath path) {
        String name = required(json.name(), path.field("name"));
        String role = required(json.role(), path.field("role"));
        Optional<String> familyName = Optional.ofNullable(json.familyName());
        return build(path, () -> new Person(name, role, familyName));
    }

    private static Quote quote(QuoteJson json, JsonPath path) {
        String text = required(json.text(), path.field("text"));
        Citation citation = citation(required(json.citation(), path.field("citation")), path.field("citation"));
        Optional<Placement> placement = Optional.ofNullable(json.placement())
                .map(p -> placement(p, path.field("placement")));
        return build(path, () -> new Quote(text, citation, placement));
    }

    private static Citation citation(CitationJson json, JsonPath path) {
        String publication = required(json.publication(), path.field("publication"));
        CitationDate date = citationDate(required(json.date(), path.field("date")), path.field("date"));
        String raw = required(json.raw(), path.field("raw"));
        return build(path, () -> new Citation(publication, date, raw));
    }

    private static CitationDate citationDate(CitationDateJson json, JsonPath path) {
        String text = required(json.text(), path.field("text"));
        DatePrecision precision = precision(required(json.precision(), path.field("precision")),
                path.field("precision"));
        Optional<LocalDate> start = Optional.ofNullable(json.start()).map(d -> date(d, path.field("start")));
        Optional<LocalDate> end = Optional.ofNullable(json.end()).map(d -> date(d, path.field("end")));
        return build(path, () -> new CitationDate(text, precision, start, end));
    }

    private static Placement placement(PlacementJson json, JsonPath path) {
        double position = unitInterval(json.position(), path.field("position"));
        String rationale = required(json.rationale(), path.field("rationale"));
        OptionalDouble confidence = json.confidence() == null
                ? OptionalDouble.empty()
                : OptionalDouble.of(unitInterval(json.confidence(), path.field("confidence")));
        String placedBy = required(json.placedBy(), path.field("placedBy"));
        Instant placedAt = instant(required(json.placedAt(), path.field("placedAt")), path.field("placedAt"));
        return build(path, () -> new Placement(position, rationale, confidence, placedBy, placedAt));
    }

    /**
     * The rows kept for chips. A map needs at most one row per voice, so a larger row can only be a damaged file,
     * and would make the plot that many rows tall.
     */
    private static Map<String, Integer> rows(List<VoiceJson> voices, JsonPath path) {
        Map<String, Integer> rows = new HashMap<>();
        for (int i = 0; i < voices.size(); i++) {
            Integer row = voices.get(i).row();
            if (row != null) {
                if (row < 0 || row >= voices.size()) {
                    throw new FormatProblem(path.index(i).field("row") + " must be a whole number from 0 to "
                            + (voices.size() - 1) + ", but is " + row);
                }
                rows.put(voices.get(i).id(), row);
            }
        }
        return rows;
    }

    /**
     * The rows the map makes room for: absent in files written before it was kept. No map needs more than two rows
     * per voice (a name on two lines) and a spare one, so more can only be a damaged file.
     */
    private static int plotRows(Integer plotRows, int voices, JsonPath path) {
        if (plotRows == null) {
            return 0;
        }
        int most = 2 * voices + ChipRows.SPARE;
        if (plotRows < 0 || plotRows > most) {
            throw new FormatProblem(path + " must be a whole number from 0 to " + most + ", but is " + plotRows);
        }
        return plotRows;
    }

    private static void requireUniqueIds(List<Voice> voices, JsonPath path) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < voices.size(); i++) {
            Integer earlier = firstIndex.putIfAbsent(voices.get(i).id(), i);
            if (earlier != null) {
                throw new FormatProblem(path.index(i).field("id") + " " + quoted(voices.get(i).id())
                        + " is already the id of " + path.index(earlier));
            }
        }
    }

    private static <J, M> List<M> list(List<J> items, JsonPath path, BiFunction<J, JsonPath, M> element) {
        List<M> result = new ArrayList<>();
        for (int i = 0; i < required(items, path).size(); i++) {
            JsonPath itemPath = path.index(i);
            result.add(element.apply(required(items.get(i), itemPath), itemPath));
        }
        return result;
    }

    private static <T> T required(T value, JsonPath path) {
        if (value == null) {
            throw new FormatProblem(path + " is missing");
        }
        return value;
    }

    private static double unitInterval(Double value, JsonPath path) {
        double number = required(value, path);
        if (!Placement.isValidPosition(number)) {
            throw new FormatProblem(path + " must be a number from 0 to 1, but is " + number);
        }
        return number;
    }

    private static DatePrecision precision(String name, JsonPath path) {
        return Arrays.stream(DatePrecision.values()).filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new FormatProblem(path + " must be one of "
                        + Arrays.toString(DatePrecision.values()).replaceAll("[\\[\\]]", "")
                        + ", but is " + quoted(name)));
    }

    private static LocalDate date(String text, JsonPath path) {
        return parsed(text, path, LocalDate::parse, "a date like 2019-06-14");
    }

    private static Instant instant(String text, JsonPath path) {
        return parsed(text, path, Instant::parse, "a UTC time like 2026-11-23T02:00:00Z");
    }

    private static <T> T parsed(String text, JsonPath path, Function<String, T> parser, String expected) {
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            throw new FormatProblem(path + " must be " + expected + ", but is " + quoted(text), e);
        }
    }

    private static <T> T build(JsonPath path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new FormatProblem("at " + path + ", " + e.getMessage(), e);
        }
    }

    /** A value as a message shows it: quoted, and cut short so that one bad field cannot flood the message. */
    static String quoted(String text) {
        String shown = text.codePointCount(0, text.length()) > 40
                ? text.substring(0, text.offsetByCodePoints(0, 40)) + "…"
                : text;
        return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
