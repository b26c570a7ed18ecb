package smartcity.committee.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** How posts are kept and compared: white space and Unicode form do not make another post. */
class PostTextTest {

    @Test
    void aDoubleSpaceInsideAThaiPostIsTheSamePost() {
        assertTrue(PostText.same("พลังงานจังหวัด  เชียงใหม่", "พลังงานจังหวัดเชียงใหม่"));
    }

    @Test
    void zeroWidthAndNoBreakSpacesAndEdgesDoNotCount() {
        assertTrue(PostText.same(" พลังงาน\u200Bจังหวัด\u00A0เชียงใหม่\t", "พลังงานจังหวัดเชียงใหม่"));
    }

    @Test
    void decomposedAndComposedFormsAreTheSamePost() {
        String composed = "Directeur de l'Énergie";
        assertTrue(PostText.same(Normalizer.normalize(composed, Normalizer.Form.NFD), composed));
    }

    @Test
    void englishFormsCompareWithoutCase() {
        assertTrue(PostText.same("Chiang Mai Provincial Energy Officer", "chiang mai  provincial energy officer"));
    }

    @Test
    void anotherProvinceIsAnotherPost() {
        assertFalse(PostText.same("พลังงานจังหวัดลำพูน", "พลังงานจังหวัดเชียงใหม่"));
        assertFalse(PostText.same(null, "พลังงานจังหวัดเชียงใหม่"));
    }

    @Test
    void keptTextIsAsSentWithoutItsEdges() {
        // a zero-width joiner inside an emoji, or a double space, is the sender's: only comparisons normalise
        assertEquals("พลังงานจังหวัด  เชียงใหม่ 👩🏽\u200D💼", PostText.display("  พลังงานจังหวัด  เชียงใหม่ 👩🏽\u200D💼 "));
        assertNull(PostText.display("   "));
    }
}
