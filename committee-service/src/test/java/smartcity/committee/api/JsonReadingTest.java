package smartcity.committee.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lists are refused while they are read once they pass their {@code @Size(max)}, wherever they are in a body. */
class JsonReadingTest {

    record Item(String name, @Size(max = 2) List<String> tags) {
    }

    record Body(@Size(max = 3) List<Item> items, @Size(max = 2) Set<String> kinds, List<String> unbounded) {
    }

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonReading().customize(mapper);
        return mapper;
    }

    @Test
    void aListUpToItsMaximumIsReadAsItWas() throws Exception {
        Body body = mapper.readValue("{\"items\": [{\"name\": \"a\", \"tags\": [\"x\", \"y\"]}, {}, {\"name\": \"c\"}],"
                + " \"kinds\": [\"K\", \"L\"], \"unbounded\": [\"1\", \"2\", \"3\", \"4\", \"5\"]}", Body.class);
        assertEquals(3, body.items().size());
        assertEquals(List.of("x", "y"), body.items().get(0).tags());
        assertEquals("c", body.items().get(2).name());
        assertEquals(Set.of("K", "L"), body.kinds());
        assertEquals(5, body.unbounded().size());
    }

    @Test
    void aListOverItsMaximumIsRefusedWithItsPathAndItsMaximum() {
        JsonReading.TooManyItems refused = assertThrows(JsonReading.TooManyItems.class,
                () -> mapper.readValue("{\"items\": [{}, {}, {}, {}]}", Body.class));
        assertEquals(3, refused.max());
        assertEquals("items", refused.getPath().get(0).getFieldName());
    }

    @Test
    void aNestedListAndASetAreBoundedToo() {
        JsonReading.TooManyItems nested = assertThrows(JsonReading.TooManyItems.class,
                () -> mapper.readValue("{\"items\": [{}, {\"tags\": [\"a\", \"b\", \"c\"]}]}", Body.class));
        assertEquals(2, nested.max());
        assertEquals(1, nested.getPath().get(1).getIndex());
        assertEquals("tags", nested.getPath().get(2).getFieldName());
        assertThrows(JsonReading.TooManyItems.class,
                () -> mapper.readValue("{\"kinds\": [\"A\", \"B\", \"C\"]}", Body.class));
    }

    @Test
    void readingStopsAtTheFirstElementOverTheMaximum() {
        // what follows the fourth element is not even JSON: it is never read
        JsonMappingException refused = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"items\": [{}, {}, {}, {}, this is not read", Body.class));
        assertEquals(JsonReading.TooManyItems.class, refused.getClass());
    }
}
