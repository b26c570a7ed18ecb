package smartcity.reporting.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import smartcity.reporting.api.InvalidField;
import smartcity.reporting.api.ProblemDocument;

class LanguageTest {

    @Test
    void thaiWhenNothingIsAsked() {
        assertEquals(Language.TH, Language.resolve(null, null));
        assertEquals(Language.TH, Language.resolve("", ""));
    }

    @Test
    void theLangParameterWinsOverAcceptLanguage() {
        assertEquals(Language.EN, Language.resolve("en", "th-TH,th;q=0.9"));
        assertEquals(Language.TH, Language.resolve("th", "en-US,en;q=0.9"));
        assertEquals(Language.EN, Language.resolve(" EN ", null));
    }

    @Test
    void aBlankLangParameterLeavesTheChoiceToTheHeader() {
        assertEquals(Language.EN, Language.resolve(" ", "en"));
    }

    @Test
    void anUnknownLangParameterIsAValidationProblemOnLang() {
        InvalidField problem = assertThrows(InvalidField.class, () -> Language.resolve("fr", "en"));
        assertEquals(400, problem.getStatusCode());
        assertEquals(List.of(new ProblemDocument.FieldError("lang", "must be th or en")), problem.getParameters().get("errors"));
        assertThrows(InvalidField.class, () -> Language.resolve("th-TH", null), "a region is not a language we serve");
    }

    @ParameterizedTest(name = "Accept-Language: {0} gives {1}")
    @CsvSource(delimiter = '|', value = {
        "en-US,en;q=0.9|EN",
        "th-TH,th;q=0.9,en;q=0.8|TH",
        "fr-CH, fr;q=0.9, en;q=0.8, th;q=0.7|EN",
        "en;q=0.3, th;q=0.9|TH",
        "de, fr|TH",
        "en;q=0|TH",
        "*|TH",
        "EN-gb|EN",
        "this is ;; not a header|TH"
    })
    void theFirstOfOurLanguagesInAcceptLanguageByWeightElseThai(String header, Language expected) {
        assertEquals(expected, Language.preferred(header));
    }

    @Test
    void eachLanguageHasItsTagAndLocale() {
        assertEquals(Map.of("th", "th", "en", "en"),
                Map.of(Language.TH.code(), Language.TH.locale().getLanguage(), Language.EN.code(), Language.EN.locale().getLanguage()));
        assertEquals(Language.EN, Language.of("En").orElseThrow());
    }
}
