package org.teller.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.teller.core.Candidate;

class HtmlTest {

    @Test
    void partiesKeepTheirColoursAndNoTwoCandidatesShareOne() {
        List<String> colours = Html.colours(List.of(Candidate.of("A", "Labour Party"), Candidate.of("B", "The Conservative Party"
                + " Candidate"), Candidate.of("C", "Labour and Co-operative"), Candidate.of("D", "Independent"),
                Candidate.of("E", "Green Party")));
        assertThat(colours).containsExactly("#d50000", "#0087dc", "#0072b2", "#d55e00", "#02a95b");
    }

    @Test
    void aThousandCandidatesHaveAThousandColours() {
        List<Candidate> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(Candidate.of("C" + i, "Party " + i));
        }
        assertThat(new HashSet<>(Html.colours(many))).hasSize(1000);
    }

    @Test
    void textIsEscapedForElementsAndAttributes() {
        assertThat(Html.text("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    }
}
