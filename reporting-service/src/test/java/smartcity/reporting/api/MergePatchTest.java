package smartcity.reporting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final MergePatch patches = new MergePatch(JSON,
            Validation.buildDefaultValidatorFactory().getValidator());

    record Place(@NotBlank @Size(max = 20) String nameTh, String nameEn, String room) {
    }

    /** RFC 7396, appendix A: every example, target | patch | result. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'a':'b'}                | {'a':'c'}             | {'a':'c'}",
        "{'a':'b'}                | {'b':'c'}             | {'a':'b','b':'c'}",
        "{'a':'b'}                | {'a':null}            | {}",
        "{'a':'b','b':'c'}        | {'a':null}            | {'b':'c'}",
        "{'a':['b']}              | {'a':'c'}             | {'a':'c'}",
        "{'a':'c'}                | {'a':['b']}           | {'a':['b']}",
        "{'a':{'b':'c'}}          | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
        "{'a':[{'b':'c'}]}        | {'a':[1]}             | {'a':[1]}",
        "['a','b']                | ['c','d']             | ['c','d']",
        "{'a':'b'}                | ['c']                 | ['c']",
        "{'a':'foo'}              | null                  | null",
        "{'a':'foo'}              | 'bar'                 | 'bar'",
        "{'e':null}               | {'a':1}               | {'e':null,'a':1}",
        "[1,2]                    | {'a':'b','c':null}    | {'a':'b'}",
        "{}                       | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}"
    })
    void mergesAsRfc7396Says(String target, String patch, String result) throws Exception {
        assertEquals(json(result), MergePatch.merge(json(target), json(patch)));
    }

    @Test
    void aCorrectionChangesOnlyTheFieldsItNamesAndRemovesTheNulledOnes() throws Exception {
        Place corrected = patches.apply(new Place("ศาลากลาง", "City Hall", "2"),
                json("{'nameEn':'Chiang Mai City Hall','room':null}"), Place.class);
        assertEquals(new Place("ศาลากลาง", "Chiang Mai City Hall", null), corrected);
    }

    @Test
    void aFieldTheRecordDoesNotHaveIsRefusedByName() {
        UnrecognizedPropertyException refused = assertThrows(UnrecognizedPropertyException.class,
                () -> patches.apply(new Place("ศาลากลาง", null, null), json("{'version':7}"), Place.class));
        assertEquals("version", refused.getPropertyName());
    }

    @Test
    void theCorrectedWholeIsValidated() {
        assertThrows(ConstraintViolationException.class,
                () -> patches.apply(new Place("ศาลากลาง", null, null), json("{'nameTh':null}"), Place.class));
    }

    @Test
    void aPatchThatIsNotAnObjectIsAMalformedRequest() {
        assertThrows(MalformedRequest.class,
                () -> patches.apply(new Place("ศาลากลาง", null, null), json("['nameTh']"), Place.class));
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) throws Exception {
        return JSON.readTree(text.strip().replace('\'', '"'));
    }
}
