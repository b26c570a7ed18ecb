package smartcity.committee.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A problem's instance is a URI reference whatever the path carried. */
class ProblemInstanceTest {

    @Test
    void whatAPathMustEscapeIsEchoedEscaped() {
        assertEquals("/agencies/%3Cx%3E/dissolution", ProblemInstance.of("/agencies/<x>/dissolution").toString());
        assertEquals("/agencies/a%20b/%22%7B%7D%7C%5C%5E%60", ProblemInstance.of("/agencies/a b/\"{}|\\^`").toString());
        assertEquals("/agencies/%00", ProblemInstance.of("/agencies/\u0000").toString());
    }

    @Test
    void aDecodedPercentSignStaysAPercentSign() {
        assertEquals("/agencies/100%25", ProblemInstance.of("/agencies/100%").toString());
        assertEquals("/agencies/%253C", ProblemInstance.of("/agencies/%3C").toString());
    }

    @Test
    void thaiIsPercentEncodedAsUtf8() {
        assertEquals("/agencies/%E0%B8%81", ProblemInstance.of("/agencies/ก").toString());
    }

    @Test
    void whatIsLegalInAPathIsKept() {
        assertEquals("/committees/'/meetings", ProblemInstance.of("/committees/'/meetings").toString());
        assertEquals("/a/b;c=d/e:f@g", ProblemInstance.of("/a/b;c=d/e:f@g").toString());
        assertNull(ProblemInstance.of(null));
    }

    @Test
    void aRawPathIsKeptWhenItIsAUriAndEscapedWholeWhenItIsNot() {
        assertEquals("/agencies/%3Cx%3E", ProblemInstance.ofRawPath("/agencies/%3Cx%3E").toString());
        assertEquals("/agencies/%253Cx%3E", ProblemInstance.ofRawPath("/agencies/%3Cx>").toString());
    }
}
