package org.stancemap.store;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * The shape of a {@code *.stancemap.json} file, format {@value #VERSION}, as Jackson binds it.
 *
 * <p>These records mirror the model but hold only JSON's own types: dates are ISO strings, enums are names, and
 * every field is nullable so that a missing value reaches the mapper, which names it by its JSON path. A
 * {@code null} here means "absent": the writer omits it, the reader accepts omitted or {@code null} for the
 * model's {@code Optional} fields and refuses it for every other field. Property order is fixed so that files
 * diff well.
 */
final class ProjectFileFormat {
    /** The format this version writes and the only one it reads. */
    static final int VERSION = 1;

    private ProjectFileFormat() {
    }

    /**
     * {@code plotRows}, how many rows the map makes room for, is optional: files written before it was kept have
     * none, and a map that keeps no rows writes none.
     */
    @JsonPropertyOrder({"formatVersion", "roundUp", "spectrum", "plotRows", "voices"})
    record ProjectJson(Integer formatVersion, RoundUpJson roundUp, SpectrumJson spectrum, Integer plotRows,
                       List<VoiceJson> voices) {
    }

    /**
     * {@code narrative}, the round-up's paragraphs between its expert entries, is optional: files written before it
     * was kept have none, and a round-up without narrative writes none.
     */
    @JsonPropertyOrder({"title", "date", "authors", "publisher", "url", "intro", "narrative", "imported"})
    record RoundUpJson(String title, String date, List<String> authors, String publisher, String url,
                       List<String> intro, List<PassageJson> narrative, ImportRecordJson imported) {
    }

    @JsonPropertyOrder({"text", "line"})
    record PassageJson(String text, Integer line) {
    }

    @JsonPropertyOrder({"format", "source", "confidence", "warnings"})
    record ImportRecordJson(String format, String source, Double confidence, List<ImportWarningJson> warnings) {
    }

    @JsonPropertyOrder({"line", "message"})
    record ImportWarningJson(Integer line, String message) {
    }

    @JsonPropertyOrder({"question", "leftLabel", "rightLabel", "bands"})
    record SpectrumJson(String question, String leftLabel, String rightLabel, List<BandJson> bands) {
    }

    @JsonPropertyOrder({"label", "from", "to", "definition"})
    record BandJson(String label, Double from, Double to, String definition) {
    }

    /** {@code row}, the chip's row on the map, is optional: files written before rows were kept have none. */
    @JsonPropertyOrder({"id", "people", "quotes", "tags", "placements", "note", "row"})
    record VoiceJson(String id, List<PersonJson> people, List<QuoteJson> quotes, Map<String, String> tags,
                     List<PlacementJson> placements, String note, Integer row) {
    }

    @JsonPropertyOrder({"name", "role", "familyName"})
    record PersonJson(String name, String role, String familyName) {
    }

    @JsonPropertyOrder({"text", "citation", "placement"})
    record QuoteJson(String text, CitationJson citation, PlacementJson placement) {
    }

    @JsonPropertyOrder({"publication", "date", "raw"})
    record CitationJson(String publication, CitationDateJson date, String raw) {
    }

    @JsonPropertyOrder({"text", "precision", "start", "end"})
    record CitationDateJson(String text, String precision, String start, String end) {
    }

    @JsonPropertyOrder({"position", "rationale", "confidence", "placedBy", "placedAt"})
    record PlacementJson(Double position, String rationale, Double confidence, String placedBy, String placedAt) {
    }
}
