package smartcity.agency.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.FlushMode;
import org.hibernate.Session;
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
 * first (every broken rule listed by line), and only a file without any is written, in one transaction that holds the
 * registry's write lock, parents before their children. A dry run checks and reports the same way and writes nothing;
 * it only reads, in a read-only transaction of its own without the write lock, so that it never holds up the writes
 * to the registry; a write that commits meanwhile can make its answer stale.
 *
 * <p>Every check is linear in the size of the file (and, for the cycle check when the file moves existing agencies,
 * of the registry) and iterative, so that any file the body limit lets through is answered in bounded time.
 */
@ApplicationScoped
public class AgencyImport {

    private static final String CYCLE = "the parents form a cycle back to ";

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

        String code() {
            return details.code();
        }
    }

    /** A file that passed every check: its rows parents first, and the agencies it names that exist already. */
    private record Plan(List<Candidate> parentsFirst, Map<String, Agency> existing, Map<String, Agency> parents) {
    }

    /** Imports the file, or throws {@link ImportRejected} and writes nothing. */
    @Transactional
    public ImportReport run(byte[] body, String actor) {
        events.lockFeed();
        return write(plan(body), false, actor);
    }

    /**
     * What {@link #run} would do with the file, without writing: in a transaction of its own (not the caller's, which
     * may hold an Idempotency-Key record to write), read-only for the database and for Hibernate, and without the write
     * lock.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportReport dryRun(byte[] body) {
        EntityManager entityManager = agencies.getEntityManager();
        // before the transaction's first statement, so that it applies to the whole of it
        entityManager.createNativeQuery("SET TRANSACTION READ ONLY").executeUpdate();
        Session session = entityManager.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        return write(plan(body), true, null);
    }

    /** Reads and checks the file against the registry: every broken rule of the file, or none and the plan. */
    private Plan plan(byte[] body) {
        List<LineError> errors = new ArrayList<>();
        List<Candidate> candidates = parse(decode(body), errors);

        Map<String, Candidate> byCode = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            Candidate first = byCode.putIfAbsent(candidate.code(), candidate);
            if (first != null) {
                errors.add(new LineError(candidate.line(), "code", "'" + candidate.code()
                        + "' appears already on line " + first.line()));
            }
        }
        Map<String, Agency> existing = byCode(agencies.withCodes(byCode.keySet()));
        Map<String, Agency> parents = byCode(agencies.withCodes(byCode.values().stream().map(Candidate::parentCode)
                .filter(code -> code != null && !byCode.containsKey(code)).collect(Collectors.toSet())));
        for (Candidate candidate : byCode.values()) {
            String parentCode = candidate.parentCode();
            if (parentCode != null && !byCode.containsKey(parentCode) && !parents.containsKey(parentCode)) {
                errors.add(new LineError(candidate.line(), "parentCode", "no agency has the code '" + parentCode + "'"));
            }
            Agency current = existing.get(candidate.code());
            if (current != null && current.status() != AgencyStatus.ACTIVE) {
                errors.add(new LineError(candidate.line(), "code", "agency " + current.code() + " is "
                        + current.status().name().toLowerCase() + " and cannot be edited"));
            }
        }
        errors.addAll(cycles(byCode, existing, parents));
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        return new Plan(parentsFirst(byCode), existing, parents);
    }

    private static Map<String, Agency> byCode(List<Agency> list) {
        return list.stream().collect(Collectors.toMap(Agency::code, Function.identity()));
    }

    private ImportReport write(Plan plan, boolean dryRun, String actor) {
        Map<String, Agency> existing = plan.existing();
        Map<String, UUID> ids = new HashMap<>();
        plan.parents().forEach((code, agency) -> ids.put(code, agency.id()));
        existing.forEach((code, agency) -> ids.put(code, agency.id()));
        List<ImportReport.Row> rows = new ArrayList<>();
        // written agencies in file order, with their state before (null for a new one): their change events follow
        // once everything is flushed, so that each event carries the version the agency was written with
        List<Map.Entry<Agency, AgencyView>> written = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Candidate candidate : plan.parentsFirst()) {
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
                field.put(header.get(c), value(record[c]));
            }
            // this row's problems: the validator's are added only for the columns not reported already
            List<LineError> rowErrors = new ArrayList<>();
            AgencyType type = parseEnum(AgencyType.class, field.get("type"), line, "type", rowErrors);
            LocalAdministrationKind kind = parseEnum(LocalAdministrationKind.class, field.get("localKind"), line, "localKind", rowErrors);
            AgencyDetails details = new AgencyDetails(field.get("code"), field.get("nameTh"), field.get("nameEn"),
                    field.get("abbreviation"), type, kind, field.get("dlaCode"), null, field.get("district"),
                    field.get("address"), field.get("phone"), field.get("email"), field.get("website"));
            Set<String> reported = new HashSet<>();
            rowErrors.forEach(e -> reported.add(e.field()));
            for (ConstraintViolation<AgencyDetails> violation : validator.validate(details)) {
                String column = violation.getPropertyPath().toString();
                if (!reported.contains(column)) {
                    rowErrors.add(new LineError(line, column, violation.getMessage()));
                }
            }
            errors.addAll(rowErrors);
            if (details.code() != null) {
                candidates.add(new Candidate(line, details, field.get("parentCode")));
            }
        }
        return candidates;
    }

    /** A field as the agency has it: stripped, blank as absent, without the apostrophe the export put before a formula. */
    private static String value(String field) {
        return field.isBlank() ? null : SpreadsheetFormulas.restore(field.strip());
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

    /**
     * The rows on a cycle of parents: each agency's parent is the one the file gives it, or for an agency the file does
     * not name, the one the registry has. Linear and without recursion: every code is walked once, marked while its walk
     * is under way and finished after it; a walk that reaches a code of its own is a cycle from there on.
     */
    private List<LineError> cycles(Map<String, Candidate> byCode, Map<String, Agency> existing, Map<String, Agency> parents) {
        // the registry's own hierarchy has no cycle (each write checks it), so a cycle through it needs an agency of the
        // file that gets another parent than it has: only then is the registry's hierarchy read
        boolean moves = byCode.values().stream().anyMatch(candidate -> movesExisting(candidate, byCode, existing, parents));
        Map<String, String> registryParents = moves ? agencies.parentCodes() : Map.of();

        List<LineError> errors = new ArrayList<>();
        Map<String, Boolean> finished = new HashMap<>(); // false while the code's walk is under way
        List<String> walk = new ArrayList<>();
        for (Candidate start : byCode.values()) {
            walk.clear();
            String code = start.code();
            while (code != null && !finished.containsKey(code)) {
                finished.put(code, false);
                walk.add(code);
                Candidate row = byCode.get(code);
                code = row != null ? row.parentCode() : registryParents.get(code);
            }
            if (code != null && !finished.get(code)) {
                for (String member : walk.subList(walk.indexOf(code), walk.size())) {
                    Candidate row = byCode.get(member);
                    if (row != null) {
                        errors.add(new LineError(row.line(), "parentCode", CYCLE + member));
                    }
                }
            }
            walk.forEach(member -> finished.put(member, true));
        }
        return errors;
    }

    /** Whether the row is an existing agency that the file puts under another parent than the one it has. */
    private static boolean movesExisting(Candidate candidate, Map<String, Candidate> byCode, Map<String, Agency> existing,
            Map<String, Agency> parents) {
        Agency current = existing.get(candidate.code());
        if (current == null || candidate.parentCode() == null) {
            return false;
        }
        Agency parent = existing.containsKey(candidate.parentCode()) ? existing.get(candidate.parentCode())
                : parents.get(candidate.parentCode());
        // a parent the file creates is new, and one that does not exist is an error already
        return parent == null ? byCode.containsKey(candidate.parentCode()) : !parent.id().equals(current.parentId());
    }

    /**
     * Parents before their children, the file's order otherwise; without recursion: a row's ancestors in the file that
     * are not placed yet are stacked, nearest first, then placed from the top down. Each row is stacked once, so a
     * cycle (refused before) could not make it loop.
     */
    private static List<Candidate> parentsFirst(Map<String, Candidate> byCode) {
        List<Candidate> ordered = new ArrayList<>(byCode.size());
        Set<String> placed = new HashSet<>();
        Deque<Candidate> above = new ArrayDeque<>();
        for (Candidate candidate : byCode.values()) {
            for (Candidate next = candidate; next != null && placed.add(next.code());
                    next = next.parentCode() == null ? null : byCode.get(next.parentCode())) {
                above.push(next);
            }
            while (!above.isEmpty()) {
                ordered.add(above.pop());
            }
        }
        return ordered;
    }
}
