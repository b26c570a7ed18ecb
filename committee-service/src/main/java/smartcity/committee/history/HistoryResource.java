package smartcity.committee.history;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import smartcity.committee.api.DomainProblem;
import smartcity.committee.api.ProblemType;
import smartcity.committee.assignment.Assignment;
import smartcity.committee.dimension.Dimension;
import smartcity.committee.meeting.Meeting;
import smartcity.committee.person.Person;
import smartcity.committee.resolution.Resolution;
import smartcity.committee.roster.Committee;
import smartcity.committee.roster.Membership;
import smartcity.committee.roster.Seat;
import smartcity.committee.security.Caller;
import smartcity.committee.security.StaffOnly;

@Path("/history/{kind}/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History", description = "Every change to the committee's records: who, when, and the state after it")
public class HistoryResource {

    private static final Map<String, Class<?>> KINDS = Map.of(
            "people", Person.class, "committees", Committee.class, "seats", Seat.class,
            "memberships", Membership.class, "assignments", Assignment.class, "dimensions", Dimension.class,
            "meetings", Meeting.class, "resolutions", Resolution.class);
    /** Personal data stays with the secretariat and admins, in history as everywhere else. */
    private static final List<String> PERSONAL = List.of("phone", "email");

    @Schema(name = "Revision", description = "One change: its number, when, who, and the record's state after it")
    public record RevisionView(long revision, Instant occurredAt,
            @Schema(description = StaffOnly.DESCRIPTION) @StaffOnly String actor,
            @Schema(description = "ADD, MOD or DEL") String type, ObjectNode state) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper fields;
    private final Caller caller;

    HistoryResource(EntityManager entityManager, ObjectMapper json, Caller caller) {
        this.entityManager = entityManager;
        // records keep their state in fields; their accessors are not JavaBean getters
        this.fields = json.copy().setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getHistory", summary = "A record's history", description = "Oldest change first. `kind` is one of people, committees, "
            + "seats, memberships, assignments, dimensions, meetings, resolutions (a meeting's revisions carry its own "
            + "fields, not its attendees or agenda). People's contact data only for the secretariat and admins.")
    @APIResponse(responseCode = "200", description = "Every revision of the record, oldest first")
    @APIResponse(responseCode = "404", description = "Unknown kind, or no history for this id")
    public List<RevisionView> history(@PathParam("kind") @Parameter(example = "people") String kind, @PathParam("id") UUID id) {
        Class<?> type = KINDS.get(kind);
        if (type == null) {
            throw new DomainProblem(ProblemType.NOT_FOUND, "No history is kept for '" + kind + "'") { };
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        if (rows.isEmpty()) {
            throw new DomainProblem(ProblemType.NOT_FOUND, "No " + kind + " record has the id " + id) { };
        }
        boolean staff = caller.isStaff();
        return rows.stream().map(row -> {
            Revision revision = (Revision) row[1];
            ObjectNode state = fields.valueToTree(row[0]);
            if (!staff) {
                state.remove(PERSONAL);
            }
            return new RevisionView(revision.id(), Instant.ofEpochMilli(revision.occurredAt()), revision.actor(),
                    ((RevisionType) row[2]).name(), state);
        }).toList();
    }
}
