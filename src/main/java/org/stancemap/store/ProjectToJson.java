package org.stancemap.store;

import org.stancemap.model.Band;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.ImportRecord;
import org.stancemap.model.Passage;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;
import org.stancemap.store.ProjectFileFormat.BandJson;
import org.stancemap.store.ProjectFileFormat.CitationDateJson;
import org.stancemap.store.ProjectFileFormat.CitationJson;
import org.stancemap.store.ProjectFileFormat.PersonJson;
import org.stancemap.store.ProjectFileFormat.PlacementJson;
import org.stancemap.store.ProjectFileFormat.ProjectJson;
import org.stancemap.store.ProjectFileFormat.QuoteJson;
import org.stancemap.store.ProjectFileFormat.ImportRecordJson;
import org.stancemap.store.ProjectFileFormat.ImportWarningJson;
import org.stancemap.store.ProjectFileFormat.PassageJson;
import org.stancemap.store.ProjectFileFormat.RoundUpJson;
import org.stancemap.store.ProjectFileFormat.SpectrumJson;
import org.stancemap.store.ProjectFileFormat.VoiceJson;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Model to file shape. Empty {@code Optional}s become {@code null}, which the writer omits. */
final class ProjectToJson {
    private ProjectToJson() {
    }

    static ProjectJson project(Project project) {
        return new ProjectJson(ProjectFileFormat.VERSION, roundUp(project.roundUp()), spectrum(project.spectrum()),
                project.plotRows() == 0 ? null : project.plotRows(),
                project.voices().stream().map(v -> voice(v, project.rows().get(v.id()))).toList());
    }

    private static RoundUpJson roundUp(RoundUp roundUp) {
        return new RoundUpJson(roundUp.title(), roundUp.date().map(LocalDate::toString).orElse(null),
                roundUp.authors(), roundUp.publisher().orElse(null), roundUp.url().orElse(null), roundUp.intro(),
                roundUp.narrative().isEmpty() ? null
                        : roundUp.narrative().stream().map(n -> new PassageJson(n.text(), n.line())).toList(),
                roundUp.imported().map(ProjectToJson::importRecord).orElse(null));
    }

    private static ImportRecordJson importRecord(ImportRecord record) {
        return new ImportRecordJson(record.format(), record.source(), record.confidence(),
                record.warnings().stream().map(w -> new ImportWarningJson(w.line(), w.message())).toList());
    }

    private static SpectrumJson spectrum(Spectrum spectrum) {
        return new SpectrumJson(spectrum.question(), spectrum.leftLabel(), spectrum.rightLabel(),
                spectrum.bands().stream().map(ProjectToJson::band).toList());
    }

    private static BandJson band(Band band) {
        return new BandJson(band.label(), band.from(), band.to(), band.definition());
    }

    private static VoiceJson voice(Voice voice, Integer row) {
        return new VoiceJson(voice.id(),
                voice.people().stream().map(ProjectToJson::person).toList(),
                voice.quotes().stream().map(ProjectToJson::quote).toList(),
                tags(voice.tags()),
                voice.placements().stream().map(ProjectToJson::placement).toList(),
                voice.note(), row);
    }

    /**
     * Tags sorted by key. Jackson reads an unpaired surrogate half in a value but refuses one in a field name, so
     * in tag keys alone such a half is written as U+FFFD, as any UTF-8 encoder would; should two keys then
     * coincide, the first in order is kept. Keys come from typed or imported attribute names, where a half
     * character cannot arise from real text.
     */
    private static Map<String, String> tags(Map<String, String> tags) {
        Map<String, String> sorted = new TreeMap<>();
        tags.forEach((key, value) -> sorted.merge(wellFormed(key), value, (first, second) -> first));
        return sorted;
    }

    private static String wellFormed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        // codePoints() joins every proper pair, so any surrogate it still yields is an unpaired half.
        text.codePoints().forEach(c -> out.appendCodePoint(
                c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE ? 0xFFFD : c));
        return out.toString();
    }

    private static PersonJson person(Person person) {
        return new PersonJson(person.name(), person.role(), person.familyName().orElse(null));
    }

    private static QuoteJson quote(Quote quote) {
        return new QuoteJson(quote.text(), citation(quote.citation()),
                quote.placement().map(ProjectToJson::placement).orElse(null));
    }

    private static CitationJson citation(Citation citation) {
        return new CitationJson(citation.publication(), citationDate(citation.date()), citation.raw());
    }

    private static CitationDateJson citationDate(CitationDate date) {
        return new CitationDateJson(date.text(), date.precision().name(),
                date.start().map(LocalDate::toString).orElse(null), date.end().map(LocalDate::toString).orElse(null));
    }

    private static PlacementJson placement(Placement placement) {
        return new PlacementJson(placement.position(), placement.rationale(),
                placement.confidence().isPresent() ? placement.confidence().getAsDouble() : null,
                placement.placedBy(), placement.placedAt().toString());
    }
}
