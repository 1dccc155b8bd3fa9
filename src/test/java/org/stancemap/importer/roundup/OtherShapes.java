package org.stancemap.importer.roundup;

/**
 * Small made-up texts in the shapes other formats read (a transcript, a quote sheet, a vote panel), for the tests
 * that check a format leaves them alone.
 */
final class OtherShapes {

    static final String TRANSCRIPT = """
            Podcast Transcript: Is a Sino-Russian Alliance Coming?

            Recorded April 4, 2024

            MODERATOR:
            Welcome back. Today we ask whether the partnership between Moscow and Beijing is becoming an alliance.

            JANE ROE:
            I think the partnership has limits that neither side wants to test. Trade is lopsided and growing more so.

            JOHN DOE:
            I disagree. The military exercises tell a different story, and they have grown every year since 2018.

            MODERATOR:
            What would change your mind?

            JANE ROE:
            A mutual defence clause. Nothing less.

            JOHN DOE:

            MODERATOR:
            Thank you both.

            About the authors

            Jane Roe, Senior Fellow, Eastbrook Institute

            Jane Roe studies Russian foreign policy and the politics of energy.

            John Doe, Professor of Politics, Lakeside University

            John Doe writes about China's relations with its neighbours.
            """;

    static final String QUOTE_SHEET = """
            Quote Sheet: Reactions to the Summit

            - Jane Roe, Senior Fellow at Eastbrook: “This is a partnership, not an alliance.” (Source: Daily Ledger)
            - John Doe in 2016: “They will never sign a treaty.” (Source: Lakeside Review)
            - Ana Ortiz, Professor: “Watch the exercises, not the communiqués.” (Source: Harbour Review)
            - Attributed to several officials: “We are friends without limits.” (Source: State media)
            - The summit ended without a joint statement on security.
            """;

    static final String VOTE_PANEL = """
            Expert Panel: Will Russia and China Sign a Military Alliance Within Ten Years?

            Proposition: Russia and China will sign a formal military alliance within ten years.

            JANE ROE is Professor at Lakeside University
            Vote: Disagree
            Confidence: 7
            Comment: The treaty would cost them both too much freedom.

            JOHN DOE is Senior Fellow at Eastbrook Institute
            Vote: Strongly disagree
            Confidence: 9

            ANA ORTIZ is Associate Professor at Harbour University
            Vote: Uncertain
            Confidence: 4
            Comment: It depends on Taiwan.
            """;

    private OtherShapes() {
    }
}
