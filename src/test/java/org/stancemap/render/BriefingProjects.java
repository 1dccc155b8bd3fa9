package org.stancemap.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;

import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;

/** Projects to lay out: the bundled map, and a crowded synthetic one with the bundled map's question and bands. */
final class BriefingProjects {

    private static final String[] REGIONS = {"Russian", "Chinese", "Western", "Indian", "Japanese"};

    private BriefingProjects() {
    }

    static Project bundled() {
        return BundledMap.load();
    }

    /** Voices with long and short names, bunched the way real round-ups bunch (most between 0.2 and 0.5). */
    static Project synthetic(int voices, long seed) {
        Project base = BundledMap.load();
        Random random = new Random(seed);
        List<Voice> list = new ArrayList<>();
        for (int i = 0; i < voices; i++) {
            double position = Math.min(1, Math.max(0, random.nextBoolean() ? 0.2 + random.nextDouble() * 0.3
                    : random.nextDouble()));
            String name = "Expert " + i + (i % 3 == 0 ? " Konstantinovich Vasilievsky-Rimsky" : " Li");
            Placement placement = new Placement(position, "synthetic", OptionalDouble.empty(), "Test analyst",
                    Instant.parse("2026-01-0" + (1 + i % 9) + "T10:00:00Z"));
            list.add(new Voice("expert-" + i, List.of(new Person(name, "Fellow")), List.of(),
                    Map.of("region", REGIONS[i % REGIONS.length]), List.of(placement), ""));
        }
        return new Project(base.roundUp(), base.spectrum(), list);
    }
}
