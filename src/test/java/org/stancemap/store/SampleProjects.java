package org.stancemap.store;

import org.stancemap.model.Band;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.ImportRecord;
import org.stancemap.model.Passage;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Hand-built projects for store tests, shaped like the bundled China-Russia round-up. */
final class SampleProjects {
    static final Instant FIRST_PASS = Instant.parse("2026-11-23T02:00:00Z");

    private SampleProjects() {
    }

    static Spectrum allianceSpectrum() {
        return new Spectrum("How likely is a China-Russia military alliance?", "No alliance", "De facto alliance",
                List.of(new Band("No alliance", 0.0, 0.2, "Sees no alliance now or ahead."),
                        new Band("Partnership with limits", 0.2, 0.4, "Close ties, but limits that hold."),
                        new Band("Alliance possible", 0.4, 0.6, "An alliance could form under pressure."),
                        new Band("Entente / functional alliance", 0.6, 0.8, "Acts as an alliance without a treaty."),
                        new Band("De facto alliance", 0.8, 1.0, "Already an alliance in all but name.")));
    }

    /** Every field set: dates, publisher, url, tags, a placement history, quote placements, confidence. */
    static Project everyFieldSet() {
        RoundUp roundUp = new RoundUp("Expert Round-Up: How Likely Is a China-Russia Military Alliance?",
                Optional.of(LocalDate.of(2019, 6, 14)), List.of("Simon Saradzhyan", "Natasha Yefimova-Trilling"),
                Optional.of("Russia Matters"), Optional.of("https://www.russiamatters.org/analysis/expert-round-up"),
                List.of("Russia and China have drawn closer.", "We asked experts how far this could go."),
                Optional.of(new ImportRecord("cited blocks", "round-up.txt", 0.75, List.of(
                        new ImportRecord.Warning(0, "No title was found before the first expert entry."),
                        new ImportRecord.Warning(212, "This paragraph does not end with a citation and was skipped.")))),
                List.of(new Passage("Chinese voices are more guarded still.", 212)));
        Voice allison = new Voice("graham-t-allison",
                List.of(new Person("Graham T. Allison", "Douglas Dillon Professor of Government, Harvard University")),
                List.of(new Quote("The most dangerous and least understood relationship…",
                                new Citation("The National Interest", CitationDate.day("12.14.18", LocalDate.of(2018, 12, 14)),
                                        "The National Interest, 12.14.18"),
                                Optional.of(new Placement(0.55, "least understood relationship", OptionalDouble.of(0.7),
                                        "analyst-a", FIRST_PASS))),
                        new Quote("A grand alliance of the aggrieved.",
                                new Citation("The Atlantic", CitationDate.period("July 2017", DatePrecision.MONTH,
                                        LocalDate.of(2017, 7, 1), LocalDate.of(2017, 7, 31)), "The Atlantic, July 2017"))),
                Map.of("role", "scholar", "region", "Western"),
                List.of(new Placement(0.5, "initial reading", OptionalDouble.empty(), "analyst-a", FIRST_PASS),
                        new Placement(0.6125, "moved after re-reading the 2018 piece", OptionalDouble.of(0.9), "analyst-b",
                                Instant.parse("2026-11-24T09:15:30.123456789Z"))),
                "Adjusted his views between 2017 and 2018.");
        Voice coAuthored = new Voice("charap-drennan-noel",
                List.of(new Person("Samuel Charap", "RAND"), new Person("John Drennan", "").withFamilyName("Drennan"),
                        new Person("Pierre Noël", "IISS")),
                List.of(new Quote("Neither wants to be entrapped.",
                        new Citation("Survival", CitationDate.period("2017-2018", DatePrecision.RANGE,
                                LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31)), "Survival, 2017-2018")),
                        new Quote("Said to the round-up itself, so it cites nothing.", Citation.unstated())),
                Map.of(), List.of(), "");
        return new Project(roundUp, allianceSpectrum(), List.of(allison, coAuthored));
    }

    /** No optional value present: no dates, publisher, url, confidence, bands or placements. */
    static Project everyOptionalEmpty() {
        RoundUp roundUp = new RoundUp("Untitled round-up", Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), List.of());
        Voice voice = Voice.unplaced("anonymous", List.of(new Person("An Expert", "")),
                List.of(new Quote("Hard to say.", new Citation("Unknown", CitationDate.unknown("n.d."), "Unknown, n.d."))));
        return new Project(roundUp, Spectrum.unbanded("Will it happen?", "No", "Yes"), List.of(voice));
    }

    /** Names, quotes and tags in several scripts, with emoji, quotes, backslashes and control characters. */
    static Project unicodeEverywhere() {
        Voice voice = new Voice("фэн-чжунпин-黄靖",
                List.of(new Person("Фэн Чжунпин", "中国现代国际关系研究院"), new Person("Pierre Noël", "Institut d’études")),
                List.of(new Quote("«Союз» — \"quoted\", back\\slash, tab\there, new\nline, bell\u0007, 🐉🐻 and ‮RTL‬",
                        new Citation("Коммерсантъ", CitationDate.day("14 июня 2019", LocalDate.of(2019, 6, 14)),
                                "Коммерсантъ, 14 июня 2019"),
                        Optional.of(new Placement(1.0, "«союз»", OptionalDouble.of(0.0), "分析员", FIRST_PASS)))),
                Map.of("régión", "Евразия", "role", "учёный 🎓", "with space", "x"),
                List.of(new Placement(0.0, "", OptionalDouble.empty(), "分析员", FIRST_PASS)),
                "Примечание\r\nс переводом строки");
        RoundUp roundUp = new RoundUp("Круглый стол: 中俄同盟?", Optional.of(LocalDate.of(2019, 6, 14)),
                List.of("Сараджян"), Optional.of("Россия Matters"), Optional.empty(), List.of("Ünïcödé ✓"));
        return new Project(roundUp, Spectrum.unbanded("Союз?", "Нет", "Да"), List.of(voice));
    }
}
