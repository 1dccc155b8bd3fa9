package org.stancemap.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names told from roles, headlines and page furniture by the shape of their words. */
class NameShapeTest {

    @Test
    void namesOfManyShapesAreNames() {
        assertThat(new String[] {"Jane Roe", "JEAN-BAPTISTE LEFÈVRE", "Dimitri K. Simes", "Ahmed al-Rashid",
            "Ursula von der Leyen", "Rafael Souza e Silva", "Patrick O’Sullivan", "Dr. Aisha Rahman",
            "Siobhán Ní Bhriain", "Valéry d’Estaing", "Dean Acheson", "Martin Luther King, Jr."})
                .allSatisfy(name -> assertThat(NameShape.isPersonName(name)).as(name).isTrue());
    }

    @Test
    void rolesHeadlinesAndFurnitureAreNotNames() {
        assertThat(new String[] {"Senior Fellow", "Brookings Institution", "The Skeptics", "Read More",
            "Shipping Lanes Under Fire", "In other words", "Water first", "Carmen Ortiz Co-directors", "Route 66",
            "russia", ""})
                .allSatisfy(text -> assertThat(NameShape.isPersonName(text)).as(text).isFalse());
    }

    @Test
    void roleWordsAreFoundWhateverTheirCaseOrNumber() {
        assertThat(NameShape.hasRoleWord("an independent analyst")).isTrue();
        assertThat(NameShape.hasRoleWord("Co-directors, Newsroom Futures Lab")).isTrue();
        assertThat(NameShape.hasRoleWord("Tokyo")).isFalse();
        assertThat(NameShape.isRoleWordAt("JANE ROEDirector", 8)).isTrue();
        assertThat(NameShape.isRoleWordAt("Dana McAllister", 7)).isFalse();
    }

    @Test
    void strayLinesAreCaptionsCreditsAndLinksButNotQuotesThatMentionThem() {
        assertThat(new String[] {"Photo: Tanks in Lithuania. Credit: Bundeswehr", "Read more", "Read more: five charts",
            "Photo by shared under a CC-BY-4.0 license.", "Image: Delegates. Getty Images", "© 2024 Northbridge Institute",
            "Caption: Reporters at work.", "Load more"})
                .allSatisfy(line -> assertThat(StrayLine.isStray(line)).as(line).isTrue());
        assertThat(new String[] {"Credit markets are tight.", "Imagine a Europe that buys from itself.",
            "Related to this, the budget matters.", "Read the room, not the communiqué, and you see it."})
                .allSatisfy(line -> assertThat(StrayLine.isStray(line)).as(line).isFalse());
    }
}
