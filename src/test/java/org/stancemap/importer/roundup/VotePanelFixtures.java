package org.stancemap.importer.roundup;

import java.util.List;
import org.stancemap.importer.RoundUpFixtures;

/** The vote panel fixtures, as the test class path holds them. */
final class VotePanelFixtures {

    static final String BLOCKS = "vote-panel-blocks.txt";
    static final String NAMED_BLOCKS = "vote-panel-named-blocks.txt";
    static final String TABLE_TABS = "vote-panel-table-tabs.txt";
    static final String TABLE_SPACES = "vote-panel-table-spaces.txt";
    static final String RESULTS_PAGE = "vote-panel-results-page.txt";
    static final String RUN_TOGETHER = "vote-panel-run-together.txt";
    static final String MARKDOWN = "vote-panel-markdown.md";
    static final String LABELLED = "vote-panel-labelled.txt";

    static final List<String> ALL = List.of(BLOCKS, NAMED_BLOCKS, TABLE_TABS, TABLE_SPACES, RESULTS_PAGE, RUN_TOGETHER,
            MARKDOWN, LABELLED);

    private VotePanelFixtures() {
    }

    static String read(String name) {
        return RoundUpFixtures.text(name);
    }
}
