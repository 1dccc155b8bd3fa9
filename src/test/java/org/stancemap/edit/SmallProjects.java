package org.stancemap.edit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.stancemap.model.Band;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;

/** Hand-built projects small enough to reason about in a test. */
final class SmallProjects {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private SmallProjects() {
    }

    static Project threeVoices() {
        Spectrum spectrum = new Spectrum("How likely?", "No", "Yes", List.of(
                new Band("Low", 0.0, 0.5, "Sees it as unlikely."),
                new Band("High", 0.5, 1.0, "Sees it as likely.")));
        RoundUp roundUp = new RoundUp("Round-up", Optional.of(LocalDate.of(2019, 6, 14)), List.of("A. Author"),
                Optional.empty(), Optional.empty(), List.of("Intro."));
        Citation citation = new Citation("Journal", CitationDate.day("01.02.18", LocalDate.of(2018, 1, 2)),
                "Journal, 01.02.18");
        return new Project(roundUp, spectrum, List.of(
                voice("ann-ames", "Ann Ames", 0.1, citation),
                voice("bo-berg", "Bo Berg", 0.4, citation),
                voice("cy-cole", "Cy Cole", 0.9, citation)));
    }

    static Placement at(double position, String by) {
        return new Placement(position, "because", OptionalDouble.empty(), by, T0);
    }

    private static Voice voice(String id, String name, double position, Citation citation) {
        return new Voice(id, List.of(new Person(name, "Fellow")), List.of(new Quote("Said a thing.", citation)),
                Map.of("region", "Western"), List.of(at(position, "seed")), "");
    }
}
