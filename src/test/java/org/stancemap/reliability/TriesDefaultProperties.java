package org.stancemap.reliability;

import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that the build's tries setting reaches properties that leave {@code tries} unset, as all of this
 * project's do: 300 by default, 10,000 under {@code -Pthorough} (pom.xml passes it as {@code jqwik.tries.default}).
 */
class TriesDefaultProperties {

    /** jqwik's own default, which applies when the test runs outside Maven (e.g. from an IDE). */
    private static final int JQWIK_DEFAULT = 1000;

    private static final AtomicInteger TRIES = new AtomicInteger();

    @Property
    void countsItsTries(@ForAll long any) {
        TRIES.incrementAndGet();
    }

    @AfterContainer
    static void aPropertyWithoutExplicitTriesRanAsManyAsTheBuildAsks() {
        String configured = System.getProperty("jqwik.tries.default");
        int expected = configured == null ? JQWIK_DEFAULT : Integer.parseInt(configured);
        assertThat(TRIES.get()).as("tries of a property without explicit tries").isEqualTo(expected);
    }
}
