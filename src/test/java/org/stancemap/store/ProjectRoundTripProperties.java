package org.stancemap.store;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.stancemap.model.Band;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.Passage;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.ImportRecord;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectRoundTripProperties {
    private final ProjectStore store = new ProjectStore();

    @Property
    void anyProjectReadsBackEqualFromItsUtf8Bytes(@ForAll("projects") Project project) throws ProjectFileException {
        byte[] bytes = store.write(project).getBytes(StandardCharsets.UTF_8);
        assertThat(store.read(new String(bytes, StandardCharsets.UTF_8), "generated")).isEqualTo(project);
    }

    @Property
    void writingWhatWasReadGivesTheSameText(@ForAll("projects") Project project) throws ProjectFileException {
        String written = store.write(project);
        assertThat(store.write(store.read(written, "generated"))).isEqualTo(written);
    }

    @Provide
    Arbitrary<Project> projects() {
        return Combinators.combine(roundUps(), spectra(), voices().list().ofMaxSize(4).uniqueElements(Voice::id))
                .as(Project::new);
    }

    /** Any chars at all, including control characters, astral code points and unpaired surrogate halves. */
    private static Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars('"', '\\', '\u007f').ofMaxLength(3),
                Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT).map(Character::toString),
                Arbitraries.strings().alpha().ofMaxLength(8));
        return piece.list().ofMaxSize(4).map(pieces -> String.join("", pieces));
    }

    /** Tag keys become JSON field names, where the store writes an unpaired surrogate half as U+FFFD. */
    private static Arbitrary<String> tagKeys() {
        return texts().filter(text -> text.codePoints()
                .noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));
    }

    private static Arbitrary<String> nonBlankTexts() {
        return texts().filter(text -> !text.isBlank());
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static Arbitrary<Instant> instants() {
        return Combinators.combine(
                        Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    /** Every double from 0 to 1 is reachable, including subnormals, not just short decimals. */
    private static Arbitrary<Double> unitPositions() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, Double.doubleToLongBits(1.0)).map(Double::longBitsToDouble),
                Arbitraries.of(0.0, 0.5, 1.0, 0.1 + 0.2));
    }

    private static Arbitrary<Placement> placements() {
        Arbitrary<OptionalDouble> confidence = unitPositions().optional()
                .map(c -> c.map(OptionalDouble::of).orElse(OptionalDouble.empty()));
        return Combinators.combine(unitPositions(), texts(), confidence, texts(), instants()).as(Placement::new);
    }

    private static Arbitrary<CitationDate> citationDates() {
        Arbitrary<CitationDate> unknown = texts().map(CitationDate::unknown);
        Arbitrary<CitationDate> day = Combinators.combine(texts(), dates()).as(CitationDate::day);
        Arbitrary<CitationDate> period = Combinators.combine(texts(),
                        Arbitraries.of(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR, DatePrecision.RANGE),
                        dates(), dates())
                .as((text, precision, a, b) -> CitationDate.period(text, precision,
                        a.isBefore(b) ? a : b, a.isBefore(b) ? b : a));
        return Arbitraries.oneOf(unknown, day, period);
    }

    private static Arbitrary<Quote> quotes() {
        Arbitrary<Citation> citations = Combinators.combine(texts(), citationDates(), texts()).as(Citation::new);
        return Combinators.combine(texts(), citations, placements().optional()).as(Quote::new);
    }

    private static Arbitrary<Voice> voices() {
        Arbitrary<Person> people = Combinators.combine(nonBlankTexts(), texts(), nonBlankTexts().optional())
                .as(Person::new);
        return Combinators.combine(nonBlankTexts(), people.list().ofMinSize(1).ofMaxSize(3),
                        quotes().list().ofMaxSize(3), Arbitraries.maps(tagKeys(), texts()).ofMaxSize(3),
                        placements().list().ofMaxSize(3), texts())
                .as(Voice::new);
    }

    private static Arbitrary<RoundUp> roundUps() {
        return Combinators.combine(texts(), dates().optional(), texts().list().ofMaxSize(3), texts().optional(),
                        texts().optional(), texts().list().ofMaxSize(3), importRecords().optional(),
                        passages().list().ofMaxSize(3))
                .as(RoundUp::new);
    }

    private static Arbitrary<Passage> passages() {
        return Combinators.combine(texts().filter(t -> !t.isBlank()), Arbitraries.integers().between(1, 1_000_000))
                .as(Passage::new);
    }

    private static Arbitrary<ImportRecord> importRecords() {
        Arbitrary<ImportRecord.Warning> warnings = Combinators.combine(Arbitraries.integers().between(0, 1_000_000), texts())
                .as(ImportRecord.Warning::new);
        return Combinators.combine(texts(), texts(), Arbitraries.doubles().between(0, 1), warnings.list().ofMaxSize(3))
                .as(ImportRecord::new);
    }

    /** Unbanded, or bands cut at distinct points in (0, 1) so that they tile the axis exactly. */
    private static Arbitrary<Spectrum> spectra() {
        Arbitrary<List<Double>> cuts = Arbitraries.oneOf(
                        Arbitraries.doubles().between(0.0, false, 1.0, false).ofScale(6),
                        unitPositions().filter(p -> p > 0.0 && p < 1.0))
                .set().ofMaxSize(5)
                .map(set -> set.stream().sorted().collect(Collectors.toList()));
        Arbitrary<List<Band>> bands = Combinators.combine(cuts, texts().list().ofSize(6), texts().list().ofSize(6))
                .as((points, labels, definitions) -> {
                    List<Double> edges = new ArrayList<>(List.of(0.0));
                    edges.addAll(points);
                    edges.add(1.0);
                    List<Band> result = new ArrayList<>();
                    for (int i = 0; i + 1 < edges.size(); i++) {
                        result.add(new Band(labels.get(i), edges.get(i), edges.get(i + 1), definitions.get(i)));
                    }
                    return result;
                });
        Arbitrary<List<Band>> bandsOrNone = Arbitraries.oneOf(bands, Arbitraries.just(List.of()));
        return Combinators.combine(texts(), texts(), texts(), bandsOrNone).as(Spectrum::new);
    }
}
