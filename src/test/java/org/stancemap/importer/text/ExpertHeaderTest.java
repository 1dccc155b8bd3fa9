package org.stancemap.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Person;

/** The header shapes beyond the seed's "Name, Role": bracketed roles, dashes, and names glued to their roles. */
class ExpertHeaderTest {

    private static List<Person> read(String header) {
        return ExpertHeader.read(header).orElseThrow(() -> new AssertionError("not read as a header: " + header));
    }

    @Test
    void bracketedRoleKeepsItsCommasAndAndsAsOnePersonsRole() {
        assertThat(read("Jane Roe (Senior Fellow and Director, Center for X, Y University)"))
                .containsExactly(new Person("Jane Roe", "Senior Fellow and Director, Center for X, Y University"));
        assertThat(read("AMARA OKONKWO (Director, INSTITUTE FOR AGRICULTURAL MARKETS)"))
                .containsExactly(new Person("AMARA OKONKWO", "Director, INSTITUTE FOR AGRICULTURAL MARKETS"));
    }

    @Test
    void bracketedRoleMayHoldBracketsAndSemicolonsOfItsOwn() {
        assertThat(read("Zhao Lingmin (Columnist, Financial Times (Chinese edition))"))
                .containsExactly(new Person("Zhao Lingmin", "Columnist, Financial Times (Chinese edition)"));
        assertThat(read("Dmitri Volkov (Former Deputy Minister; now Adviser, Grain Council)"))
                .containsExactly(new Person("Dmitri Volkov", "Former Deputy Minister; now Adviser, Grain Council"));
    }

    @Test
    void bracketedCoAuthorsEachKeepTheirOwnRole() {
        assertThat(read("Samuel Charap (Senior Political Scientist, RAND Corporation); and Pierre Noël (Senior Fellow, IISS)"))
                .containsExactly(new Person("Samuel Charap", "Senior Political Scientist, RAND Corporation"),
                        new Person("Pierre Noël", "Senior Fellow, IISS"));
        assertThat(read("Nguyen Thi Lan (Research Fellow, Mekong Institute) and Tran Van Minh (Associate Professor, Can Tho University)"))
                .containsExactly(new Person("Nguyen Thi Lan", "Research Fellow, Mekong Institute"),
                        new Person("Tran Van Minh", "Associate Professor, Can Tho University"));
        assertThat(read("Li Wei and Ana Ortiz (Fellows, Lab)"))
                .containsExactly(new Person("Li Wei", "Fellows, Lab"), new Person("Ana Ortiz", "Fellows, Lab"));
    }

    @Test
    void bracketedRespectivelyPairsNamesWithRoles() {
        assertThat(read("Feng Zhongping and Huang Jing (Vice President and Assistant Researcher, respectively, CICIR)"))
                .containsExactly(new Person("Feng Zhongping", "Vice President, CICIR"),
                        new Person("Huang Jing", "Assistant Researcher, CICIR"));
    }

    @Test
    void bracketAfterACommaStaysPartOfTheRole() {
        assertThat(read("Jim Mattis, U.S. Secretary of Defense (2017-2018)"))
                .containsExactly(new Person("Jim Mattis", "U.S. Secretary of Defense (2017-2018)"));
        assertThat(read("Sam O’Neil, Captain (retired)")).containsExactly(new Person("Sam O’Neil", "Captain (retired)"));
    }

    @Test
    void dashOrBarBeforeAnyCommaSetsTheRoleOff() {
        assertThat(read("Élodie Marchand — Deputy Head, Policy Unit, European Commission"))
                .containsExactly(new Person("Élodie Marchand", "Deputy Head, Policy Unit, European Commission"));
        assertThat(read("Jane Roe | Director")).containsExactly(new Person("Jane Roe", "Director"));
        assertThat(read("Jane Roe, Director – Asia Program"))
                .containsExactly(new Person("Jane Roe", "Director – Asia Program"));
    }

    @Test
    void nameGluedToItsRoleIsSplitBeforeTheRoleWord() {
        assertThat(read("JANE ROEDirector of programs at the Institute"))
                .containsExactly(new Person("JANE ROE", "Director of programs at the Institute"));
        assertThat(read("Jane RoeSenior Fellow, Brookings"))
                .containsExactly(new Person("Jane Roe", "Senior Fellow, Brookings"));
        assertThat(read("Dana McAllisterProfessor of Political Science"))
                .containsExactly(new Person("Dana McAllister", "Professor of Political Science"));
        assertThat(read("ANNA-LENA SCHÄFERResearch Associate, Berlin Peace Lab"))
                .containsExactly(new Person("ANNA-LENA SCHÄFER", "Research Associate, Berlin Peace Lab"));
    }

    @Test
    void namesWithInnerCapitalsAreNotSplitWithoutARoleWord() {
        assertThat(ExpertHeader.unglued("Dana McAllister, Fellow", "")).isEqualTo("Dana McAllister, Fellow");
        assertThat(ExpertHeader.unglued("Ray DeLongMcKinsey partner", "")).isEqualTo("Ray DeLongMcKinsey partner");
    }

    @Test
    void boldNameTellsWhereTheNameEndsWhateverFollows() {
        assertThat(ExpertHeader.read("Jane RoeMcKinsey partner", "Jane Roe").orElseThrow())
                .containsExactly(new Person("Jane Roe", "McKinsey partner"));
        assertThat(ExpertHeader.read("Jane Roe, Director", "Jane Roe").orElseThrow())
                .containsExactly(new Person("Jane Roe", "Director"));
    }

    @Test
    void sentencesAreStillNotHeaders() {
        assertThat(ExpertHeader.read("Russia and China will not ally (not soon, anyway).")).isEmpty();
        assertThat(ExpertHeader.read("JANE ROE:")).isEmpty();
    }
}
