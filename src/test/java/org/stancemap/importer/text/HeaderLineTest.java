package org.stancemap.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.text.HeaderLine.Shape;
import org.stancemap.model.Person;

/** Header lines read strictly enough to tell them from short paragraphs, and the shape each one has. */
class HeaderLineTest {

    private static HeaderLine read(String text) {
        return HeaderLine.read(text, "", false).orElseThrow(() -> new AssertionError("not a header: " + text));
    }

    @Test
    void eachHeaderHasItsShape() {
        assertThat(read("Ingrid Aasen, Research Director, Norwegian Institute").shape()).isEqualTo(Shape.NAME_ROLE);
        assertThat(read("Élodie Marchand — Deputy Head, European Commission").shape()).isEqualTo(Shape.NAME_ROLE);
        assertThat(read("Jane Roe (Senior Fellow and Director, Center for X, Y University)").shape())
                .isEqualTo(Shape.BRACKETED);
        assertThat(read("JANE ROEDirector of programs at the Institute").shape()).isEqualTo(Shape.GLUED);
        assertThat(read("Tobias Brandt").shape()).isEqualTo(Shape.NAME_ONLY);
        assertThat(read("Tobias Brandt").withRole("Head of Digital Innovation,  Hamburger Tagesblatt"))
                .isEqualTo(new HeaderLine(List.of(new Person("Tobias Brandt",
                        "Head of Digital Innovation, Hamburger Tagesblatt")), Shape.TWO_LINE, false, true));
    }

    @Test
    void rolesNamingNoJobMustStillReadAsRoles() {
        assertThat(read("JEAN-BAPTISTE LEFÈVRE, an independent analyst").namesJob()).isTrue();
        assertThat(read("Kenji Watanabe (Tokyo)").namesJob()).isFalse();
        assertThat(read("Jane Roe, Director: Asia Program").people())
                .containsExactly(new Person("Jane Roe", "Director: Asia Program"));
        assertThat(HeaderLine.read("Jane Roe, for one, disagrees", "", false)).isEmpty();
    }

    @Test
    void sentencesLabelsDatesFurnitureAndOneWordNamesAreNotHeaders() {
        for (String text : new String[] {"Absolutely not.", "Kyiv, Warsaw and Vilnius first", "The sceptics",
            "Jane Roe, Senior Fellow at Eastbrook: “This is a partnership.” (Source: Daily Ledger)", "JANE ROE:",
            "June 3, 2024", "Published: Feb. 11, 2024", "Read more", "Photo: Tanks in Lithuania", "Madonna",
            "JANE ROE is Professor at Lakeside University"}) {
            assertThat(HeaderLine.read(text, "", false)).as(text).isEmpty();
        }
    }

    @Test
    void markupVouchesForOneWordNamesAndBareNames() {
        assertThat(HeaderLine.read("Madonna", "", true)).hasValueSatisfying(h -> assertThat(h.marked()).isTrue());
        assertThat(HeaderLine.read("Mina Park, Analyst", "Mina Park", false))
                .hasValueSatisfying(h -> assertThat(h.marked()).isTrue());
        assertThat(read("Mina Park, Analyst").marked()).isFalse();
    }

    @Test
    void aRoleLineIsShortNamesAJobAndIsNoHeaderItself() {
        assertThat(HeaderLine.isRole("an independent media consultant")).isTrue();
        assertThat(HeaderLine.isRole("Co-directors, Newsroom Futures Lab, Pacific Coast University")).isTrue();
        assertThat(HeaderLine.isRole("John Doe, Professor")).isFalse();
        assertThat(HeaderLine.isRole("We tested automated match reports.")).isFalse();
        assertThat(HeaderLine.isRole("June 3, 2024")).isFalse();
    }
}
