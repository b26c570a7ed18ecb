package smartcity.reporting.idempotency;

import java.util.List;
import smartcity.reporting.api.InvalidField;

/** The value of an {@code Idempotency-Key} header: 1 to 255 printable ASCII characters, compared exactly. */
record IdempotencyKey(String value) {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    /** The key the request carries; a 400 naming the header when it is sent twice or breaks the syntax. */
    static IdempotencyKey of(List<String> values) {
        if (values.size() != 1) {
            throw new InvalidField(HEADER, "must be sent once");
        }
        String value = values.get(0);
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new InvalidField(HEADER, "must be 1 to " + MAX_LENGTH + " printable ASCII characters");
        }
        return new IdempotencyKey(value);
    }
}
