package smartcity.agency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import smartcity.agency.AgencyProblems.AgencyCodeTaken;
import smartcity.agency.AgencyProblems.AgencyNotFound;
import smartcity.agency.AgencyProblems.ParentCycle;
import smartcity.agency.AgencyProblems.StaleAgencyVersion;
import smartcity.agency.api.InvalidField;
import smartcity.agency.changefeed.AgencyEventType;
import smartcity.agency.changefeed.AgencyEvents;

/**
 * The registry's use cases. Every write takes the change feed's lock first, so writes to agencies are serialised:
 * the version check of {@code If-Match}, the duplicate-code check and the event sequence all see a settled state.
 */
@ApplicationScoped
public class AgencyRegistry {

    private final AgencyRepository agencies;
    private final AgencyEvents events;
    private final Validator validator;
    private final ObjectMapper json;

    AgencyRegistry(AgencyRepository agencies, AgencyEvents events, Validator validator, ObjectMapper json) {
        this.agencies = agencies;
        this.events = events;
        this.validator = validator;
        this.json = json;
    }

    public Agency agency(UUID id) {
        return agencies.findByIdOptional(id).orElseThrow(() -> new AgencyNotFound(id));
    }

    @Transactional
    public Agency register(AgencyDetails details, String actor) {
        events.lockFeed();
        return registerLocked(details, actor);
    }

    @Transactional
    public Agency replace(UUID id, AgencyDetails details, String ifMatch, String actor) {
        events.lockFeed();
        Agency agency = agency(id);
        requireVersion(agency, ifMatch);
        reviseLocked(agency, details, actor);
        return agency;
    }

    /** Applies a JSON merge patch (RFC 7396) to the agency's details, then validates the result as a whole. */
    @Transactional
    public Agency patch(UUID id, JsonNode patch, String ifMatch, String actor) throws JsonProcessingException {
        events.lockFeed();
        Agency agency = agency(id);
        requireVersion(agency, ifMatch);
        JsonNode merged = mergePatch(json.valueToTree(agency.details()), patch);
        AgencyDetails details = json.treeToValue(merged, AgencyDetails.class);
        Set<ConstraintViolation<AgencyDetails>> violations = validator.validate(details);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        reviseLocked(agency, details, actor);
        return agency;
    }

    @Transactional
    public Agency dissolve(UUID id, Dissolution dissolution, String ifMatch, String actor) {
        events.lockFeed();
        Agency agency = agency(id);
        requireVersion(agency, ifMatch);
        AgencyView before = AgencyView.from(agency);
        agency.dissolve(dissolution.effectiveDate(), actor);
        agencies.flush();
        events.record(AgencyEventType.AGENCY_DISSOLVED, agency.id(), before, AgencyView.from(agency), actor);
        return agency;
    }

    @Transactional
    public Agency merge(UUID id, Merger merger, String ifMatch, String actor) {
        events.lockFeed();
        Agency agency = agency(id);
        requireVersion(agency, ifMatch);
        Agency absorber = agencies.findByIdOptional(merger.intoAgencyId())
                .orElseThrow(() -> new InvalidField("intoAgencyId", "no agency has this id"));
        AgencyView before = AgencyView.from(agency);
        agency.mergeInto(absorber, merger.effectiveDate(), actor);
        agencies.flush();
        events.record(AgencyEventType.AGENCY_MERGED, agency.id(), before, AgencyView.from(agency), actor);
        return agency;
    }

    /** For callers that already hold the feed lock (the CSV import runs many of these in one transaction). */
    public Agency registerLocked(AgencyDetails details, String actor) {
        if (agencies.findByCode(details.code()).isPresent()) {
            throw new AgencyCodeTaken(details.code());
        }
        Agency agency = Agency.register(details, actor);
        agencies.persist(agency);
        agencies.flush();
        events.record(AgencyEventType.AGENCY_CREATED, agency.id(), null, AgencyView.from(agency), actor);
        return agency;
    }

    /**
     * For the CSV import, which holds the feed lock and has checked the codes of the whole file at once: persists
     * the new agency and leaves the flush and the change event to the import ({@link AgencyEvents#recordAll}).
     */
    public Agency registerInBatch(AgencyDetails details, String actor) {
        Agency agency = Agency.register(details, actor);
        agencies.persist(agency);
        return agency;
    }

    /**
     * For the CSV import, where the code identifies the agency: revises it, and returns its state before the change,
     * or null when nothing changed; the flush and the change event are left to the import.
     */
    public AgencyView reviseInBatch(Agency agency, AgencyDetails details, String actor) {
        agency.requireEditable();
        if (agency.sameDetails(details)) {
            return null;
        }
        requireNoCycle(agency, details.parentId());
        AgencyView before = AgencyView.from(agency);
        agency.revise(details, actor);
        return before;
    }

    /** Returns whether anything changed; an unchanged agency keeps its version and emits no event. */
    public boolean reviseLocked(Agency agency, AgencyDetails details, String actor) {
        agency.requireEditable();
        if (agency.sameDetails(details)) {
            return false;
        }
        agencies.findByCode(details.code())
                .filter(other -> !other.id().equals(agency.id()))
                .ifPresent(other -> {
                    throw new AgencyCodeTaken(details.code());
                });
        requireNoCycle(agency, details.parentId());
        AgencyView before = AgencyView.from(agency);
        agency.revise(details, actor);
        agencies.flush();
        events.record(AgencyEventType.AGENCY_UPDATED, agency.id(), before, AgencyView.from(agency), actor);
        return true;
    }

    private void requireNoCycle(Agency agency, UUID parentId) {
        for (UUID next = parentId; next != null; ) {
            if (next.equals(agency.id())) {
                throw new ParentCycle(agency.code());
            }
            next = agencies.findByIdOptional(next).map(Agency::parentId).orElse(null);
        }
    }

    private static void requireVersion(Agency agency, String ifMatch) {
        if (!agency.matches(ifMatch)) {
            throw new StaleAgencyVersion(agency.code(), agency.version());
        }
    }

    private static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? (ObjectNode) target.deepCopy() : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), mergePatch(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
