package smartcity.agency.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import smartcity.agency.Agency;
import smartcity.agency.AgencyDetails;
import smartcity.agency.AgencyRegistry;
import smartcity.agency.AgencyRepository;
import smartcity.agency.AgencyStatus;
import smartcity.agency.AgencyType;
import smartcity.agency.AgencyView;
import smartcity.agency.changefeed.AgencyEventType;
import smartcity.agency.LocalAdministrationKind;
import smartcity.agency.changefeed.AgencyEvents;

/**
 * Imports a CSV file of agencies, creating or updating each by its code, all or nothing: the whole file is checked
 * first (every broken rule listed by line), and only a file without any is written, in one transaction, parents
 * before their children. A dry run checks and reports the same way and writes nothing.
 */
@ApplicationScoped
public class AgencyImport {

    private final AgencyCsv csv;
    private final AgencyRepository agencies;
    private final AgencyRegistry registry;
    private final AgencyEvents events;
    private final Validator validator;

    AgencyImport(AgencyCsv csv, AgencyRepository agencies, AgencyRegistry registry, AgencyEvents events, Validator validator) {
        this.csv = csv;
        this.agencies = agencies;
        this.registry = registry;
        this.events = events;
        this.validator = validator;
    }

    private record Candidate(int line, AgencyDetails details, String parentCode) {
    }

    @Transactional
    public ImportReport run(byte[] body, boolean dryRun, String actor) {
        events.lockFeed();
        List<LineError> errors = new ArrayList<>();
        List<Candidate> candidates = parse(decode(body), errors);

        Map<String, Agency> existing = agencies.list("code in ?1", candidates.stream().map(c -> c.details().code()).toList())
                .stream().collect(Collectors.toMap(Agency::code, Function.identity()));
        Map<String, Candidate> byCode = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            Candidate first = byCode.putIfAbsent(candidate.details().code(), candidate);
            if (first != null) {
                errors.add(new LineError(candidate.line(), "code", "'" + candidate.details().code()
                        + "' appears already on line " + first.line()));
            }
        }
        Map<String, Agency> parents = agencies.list("code in ?1", candidates.stream().map(Candidate::parentCode)
                        .filter(code -> code != null && !byCode.containsKey(code)).distinct().toList())
                .stream().collect(Collectors.toMap(Agency::code, Function.identity()));
        for (Candidate candidate : byCode.values()) {
            String parentCode = candidate.parentCode();
            if (parentCode != null && !byCode.containsKey(parentCode) && !parents.containsKey(parentCode)) {
                errors.add(new LineError(candidate.line(), "parentCode", "no agency has the code '" + parentCode + "'"));
            }
            Agency current = existing.get(candidate.details().code());
            if (current != null && current.status() != AgencyStatus.ACTIVE) {
                errors.add(new LineError(candidate.line(), "code", "agency " + current.code() + " is "
                        + current.status().name().toLowerCase() + " and cannot be edited"));
            }
        }
        errors.addAll(cycles(byCode, parents));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(LineError::line));
            throw new ImportRejected(errors);
        }
        return write(order(byCode), existing, parents, dryRun, actor);
    }

    private ImportReport write(List<Candidate> ordered, Map<String, Agency> existing, Map<String, Agency> parents,
            boolean dryRun, String actor) {
        Map<String, UUID> ids = new HashMap<>();
        parents.forEach((code, agency) -> ids.put(code, agency.id()));
        existing.forEach((code, agency) -> ids.put(code, agency.id()));
        List<ImportReport.Row> rows = new ArrayList<>();
        // written agencies in file order, with their state before (null for a new one): their change events follow
        // once everything is flushed, so that each event carries the version the agency was written with
        List<Map.Entry<Agency, AgencyView>> written = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Candidate candidate : ordered) {
            UUID parentId = candidate.parentCode() == null ? null : ids.get(candidate.parentCode());
            AgencyDetails details = candidate.details().withParent(parentId);
            Agency current = existing.get(details.code());
            if (current == null) {
                Agency agency = dryRun ? null : registry.registerInBatch(details, actor);
                if (agency != null) {
                    written.add(new java.util.AbstractMap.SimpleImmutableEntry<>(agency, null));
                }
                UUID id = agency == null ? null : agency.id();
                // in a dry run a new parent has no id yet; a stand-in keeps its children comparable
                ids.put(details.code(), id != null ? id : UUID.randomUUID());
                rows.add(new ImportReport.Row(candidate.line(), details.code(), ImportReport.Action.CREATE, id));
                created++;
            } else if (current.sameDetails(details)) {
                rows.add(new ImportReport.Row(candidate.line(), details.code(), ImportReport.Action.UNCHANGED, current.id()));
                unchanged++;
            } else {
                if (!dryRun) {
                    written.add(new java.util.AbstractMap.SimpleImmutableEntry<>(current,
                            registry.reviseInBatch(current, details, actor)));
                }
                rows.add(new ImportReport.Row(candidate.line(), details.code(), ImportReport.Action.UPDATE, current.id()));
                updated++;
            }
        }
        if (!written.isEmpty()) {
            agencies.flush();
            events.recordAll(written.stream().map(entry -> new AgencyEvents.Pending(
                    entry.getValue() == null ? AgencyEventType.AGENCY_CREATED : AgencyEventType.AGENCY_UPDATED,
                    entry.getKey().id(), entry.getValue(), AgencyView.from(entry.getKey()))).toList(), actor);
        }
        rows.sort(Comparator.comparingInt(ImportReport.Row::line));
        return new ImportReport(dryRun, created, updated, unchanged, rows);
    }

    private String decode(byte[] body) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = utf8.decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportRejected(List.of(new LineError(firstLineNotUtf8(body), null,
                    "the file is not UTF-8 text; save it as CSV in UTF-8")));
        }
    }

    private static int firstLineNotUtf8(byte[] body) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(body, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }

    private List<Candidate> parse(String text, List<LineError> errors) {
        List<String[]> records;
        try {
            records = csv.read(text);
        } catch (IOException | RuntimeException e) {
            throw new ImportRejected(List.of(new LineError(1, null, "the file is not well-formed CSV: "
                    + e.getMessage().lines().findFirst().orElse("unreadable"))));
        }
        if (records.isEmpty()) {
            throw new ImportRejected(List.of(new LineError(1, null, "the file is empty; it needs a header row")));
        }
        List<String> header = Arrays.stream(records.get(0)).map(String::strip).toList();
        List<LineError> headerErrors = new ArrayList<>();
        for (String column : AgencyCsv.COLUMNS) {
            if (!header.contains(column)) {
                headerErrors.add(new LineError(1, column, "the header has no column '" + column + "'"));
            }
        }
        for (String column : header) {
            if (!AgencyCsv.COLUMNS.contains(column) && !AgencyCsv.READ_ONLY_COLUMNS.contains(column)) {
                headerErrors.add(new LineError(1, column, "unknown column '" + column + "'"));
            }
        }
        if (!headerErrors.isEmpty()) {
            throw new ImportRejected(headerErrors);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            int line = i + 1;
            String[] record = records.get(i);
            if (record.length == 1 && record[0].isBlank()) {
                continue;
            }
            if (record.length != header.size()) {
                errors.add(new LineError(line, null, "has " + record.length + " fields, the header " + header.size()));
                continue;
            }
            Map<String, String> field = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                field.put(header.get(c), record[c].isBlank() ? null : record[c].strip());
            }
            AgencyType type = parseEnum(AgencyType.class, field.get("type"), line, "type", errors);
            LocalAdministrationKind kind = parseEnum(LocalAdministrationKind.class, field.get("localKind"), line, "localKind", errors);
            AgencyDetails details = new AgencyDetails(field.get("code"), field.get("nameTh"), field.get("nameEn"),
                    field.get("abbreviation"), type, kind, field.get("dlaCode"), null, field.get("district"),
                    field.get("address"), field.get("phone"), field.get("email"), field.get("website"));
            Set<String> reported = new HashSet<>();
            errors.stream().filter(e -> e.line() == line).forEach(e -> reported.add(e.field()));
            for (ConstraintViolation<AgencyDetails> violation : validator.validate(details)) {
                String column = violation.getPropertyPath().toString();
                if (!reported.contains(column)) {
                    errors.add(new LineError(line, column, violation.getMessage()));
                }
            }
            if (details.code() != null) {
                candidates.add(new Candidate(line, details, field.get("parentCode")));
            }
        }
        return candidates;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, int line, String column, List<LineError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new LineError(line, column, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    /** Rows whose parent chain (through the file, then the registry) comes back to themselves. */
    private static List<LineError> cycles(Map<String, Candidate> byCode, Map<String, Agency> parents) {
        List<LineError> errors = new ArrayList<>();
        for (Candidate candidate : byCode.values()) {
            Set<String> seen = new HashSet<>();
            String code = candidate.parentCode();
            while (code != null && byCode.containsKey(code) && seen.add(code)) {
                if (code.equals(candidate.details().code())) {
                    errors.add(new LineError(candidate.line(), "parentCode", "the parents form a cycle back to "
                            + candidate.details().code()));
                    break;
                }
                code = byCode.get(code).parentCode();
            }
        }
        return errors;
    }

    /** Parents before their children; the file's order otherwise. Assumes no cycles. */
    private static List<Candidate> order(Map<String, Candidate> byCode) {
        List<Candidate> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Candidate candidate : byCode.values()) {
            place(candidate, byCode, placed, ordered);
        }
        return ordered;
    }

    private static void place(Candidate candidate, Map<String, Candidate> byCode, Set<String> placed, List<Candidate> ordered) {
        if (placed.contains(candidate.details().code())) {
            return;
        }
        Candidate parent = candidate.parentCode() == null ? null : byCode.get(candidate.parentCode());
        if (parent != null) {
            place(parent, byCode, placed, ordered);
        }
        placed.add(candidate.details().code());
        ordered.add(candidate);
    }
}
