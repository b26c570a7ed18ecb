package smartcity.reporting.framework;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of committee-service's change feed that reporting-service copies, each with its table and the fields it
 * keeps ({@code column <- data field}). Fields the feed adds later are ignored until a column is added here.
 */
enum CopiedKind {
    DIMENSION("dimension_copy", "code", "nameTh", "nameEn", "displayOrder", "active", "introducedByResolutionId",
            "retiredByResolutionId"),
    ASSIGNMENT("assignment_copy", "dimensionId", "agencyId", "role", "startDate", "endDate", "resolutionId"),
    COMMITTEE("committee_copy", "code", "nameTh", "nameEn", "status"),
    SEAT("seat_copy", "committeeId", "role", "basis", "titleTh", "titleEn", "positionTh", "agencyId", "displayOrder",
            "establishedOn", "abolishedOn"),
    MEMBERSHIP("membership_copy", "seatId", "personId", "startDate", "endDate", "endReason"),
    PERSON("person_copy", "honorific", "nameTh", "nameEn", "positionTh", "agencyId"),
    MEETING("meeting_copy", "committeeId", "heldOn"),
    RESOLUTION("resolution_copy", "meetingId", "number", "kind", "textTh", "textEn", "followUp", "responsibleAgencyId",
            "dueOn", "doneOn");

    final String table;
    final List<String> fields;

    CopiedKind(String table, String... fields) {
        this.table = table;
        this.fields = List.of(fields);
    }

    static Optional<CopiedKind> of(String kind) {
        return Arrays.stream(values()).filter(k -> k.name().equals(kind)).findFirst();
    }

    /** camelCase field to snake_case column: {@code nameTh -> name_th}. */
    static String column(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    /**
     * An upsert that takes the row's state only when the change is newer than the copy: each column is set from the
     * new values only if the incoming revision is higher, and the revision itself last.
     */
    String upsert() {
        String columns = String.join(", ", fields.stream().map(CopiedKind::column).toList());
        String params = String.join(", ", fields.stream().map(f -> "?").toList());
        StringBuilder update = new StringBuilder();
        for (String field : fields) {
            String c = column(field);
            update.append(c).append(" = IF(VALUES(revision) > revision, VALUES(").append(c).append("), ").append(c).append("), ");
        }
        update.append("revision = GREATEST(revision, VALUES(revision))");
        return "INSERT INTO " + table + " (id, " + columns + ", revision) VALUES (?, " + params + ", ?) "
                + "ON DUPLICATE KEY UPDATE " + update;
    }

    String delete() {
        return "DELETE FROM " + table + " WHERE id = ? AND revision < ?";
    }

    /** The data field as a JDBC parameter: text, number or boolean, or null. */
    static Object value(Map<String, Object> data, String field) {
        Object value = data.get(field);
        if (value == null || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return ((Number) value).longValue();
        }
        return value.toString();
    }
}
