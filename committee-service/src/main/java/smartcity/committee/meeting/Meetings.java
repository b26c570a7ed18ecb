package smartcity.committee.meeting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import smartcity.committee.agency.AgencyDirectory;
import smartcity.committee.api.DomainProblem;
import smartcity.committee.api.InvalidField;
import smartcity.committee.api.PageRequest;
import smartcity.committee.api.PageView;
import smartcity.committee.api.ProblemType;
import smartcity.committee.person.PersonRepository;
import smartcity.committee.resolution.FollowUpDetails;
import smartcity.committee.resolution.Resolution;
import smartcity.committee.resolution.ResolutionDetails;
import smartcity.committee.resolution.ResolutionRepository;
import smartcity.committee.roster.CommitteeRepository;

/**
 * Recording meetings and what they resolved.
 *
 * <p>The writes that name agencies check their references and confirm the agencies with agency-service first, outside
 * any transaction ({@code AgencyDirectory.beforeTheTransaction}, which also steps out of one an Idempotency-Key
 * opened), and then write in {@code QuarkusTransaction.joiningExisting()}: no row lock is held while agency-service is
 * waited for. Nothing here relies on ArC intercepting a call on {@code this}.
 */
@ApplicationScoped
public class Meetings {

    private final MeetingRepository meetings;
    private final ResolutionRepository resolutions;
    private final CommitteeRepository committees;
    private final PersonRepository people;
    private final AgencyDirectory agencies;

    Meetings(MeetingRepository meetings, ResolutionRepository resolutions, CommitteeRepository committees,
            PersonRepository people, AgencyDirectory agencies) {
        this.meetings = meetings;
        this.resolutions = resolutions;
        this.committees = committees;
        this.people = people;
        this.agencies = agencies;
    }

    public Meeting record(UUID committeeId, MeetingDetails details, String actor) {
        AgencyDirectory.beforeTheTransaction(() -> check(committeeId, details));
        return QuarkusTransaction.joiningExisting().call(() -> {
            Meeting meeting = Meeting.record(committeeId, details, actor);
            meetings.persistAndFlush(meeting);
            return meeting;
        });
    }

    /** The committee, the people and the agencies a meeting names, each a 404 or a 400 on its field when unknown. */
    private void check(UUID committeeId, MeetingDetails details) {
        committees.require(committeeId);
        requirePerson(details.chairPersonId(), "chairPersonId");
        if (details.actingChairPersonId() != null) {
            requirePerson(details.actingChairPersonId(), "actingChairPersonId");
            if (details.actingChairPersonId().equals(details.chairPersonId())) {
                throw new InvalidField("actingChairPersonId", "the chair does not act for themself; leave it empty");
            }
        }
        List<MeetingDetails.Attendee> attendees = details.attendees() == null ? List.of() : details.attendees();
        for (int i = 0; i < attendees.size(); i++) {
            MeetingDetails.Attendee attendee = attendees.get(i);
            String field = "attendees[" + i + "]";
            if ((attendee.personId() == null) == (attendee.agencyId() == null)) {
                throw new InvalidField(field, "must name either a person or an agency");
            }
            if (attendee.personId() != null) {
                requirePerson(attendee.personId(), field + ".personId");
            } else {
                agencies.confirm(attendee.agencyId(), field + ".agencyId");
            }
        }
    }

    /** Numbers resolutions 1, 2, 3 ... within the meeting, under the meeting's row lock. */
    @Transactional
    public Resolution resolve(UUID meetingId, ResolutionDetails details, String actor) {
        Meeting meeting = meetings.requireLocked(meetingId);
        int number = (int) resolutions.count("meetingId", meeting.id()) + 1;
        Resolution resolution = Resolution.resolve(meeting.id(), number, details, actor);
        resolutions.persistAndFlush(resolution);
        return resolution;
    }

    public Meeting meeting(UUID id) {
        return meetings.require(id);
    }

    public List<Meeting> of(UUID committeeId) {
        committees.require(committeeId);
        return meetings.list("committeeId", Sort.descending("heldOn").and("id"), committeeId);
    }

    public List<Resolution> resolutionsOf(UUID meetingId) {
        return resolutions.list("meetingId", Sort.by("number"), meetingId);
    }

    public Resolution resolution(UUID id) {
        return resolutions.require(id);
    }

    /**
     * One page of resolutions: those of the newest meeting first, each meeting's in number order. Only those with this
     * follow-up, and only the committee's, when given.
     */
    public PageView<Resolution> resolutions(Resolution.FollowUp followUp, UUID committeeId, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (followUp != null) {
            conditions.add("r.followUp = :followUp");
            parameters.put("followUp", followUp);
        }
        if (committeeId != null) {
            conditions.add("m.committeeId = :committeeId");
            parameters.put("committeeId", committeeId);
        }
        String from = "from Resolution r join Meeting m on m.id = r.meetingId"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        EntityManager entityManager = resolutions.getEntityManager();
        TypedQuery<Resolution> select = entityManager.createQuery(
                "select r " + from + " order by m.heldOn desc, m.id, r.number", Resolution.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(r) " + from, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Resolution> items = select
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page.page * page.size))
                .setMaxResults(page.size)
                .getResultList();
        long total = count.getSingleResult();
        return new PageView<>(items, page.page, page.size, total, (int) ((total + page.size - 1) / page.size));
    }

    /**
     * Replaces a resolution's follow-up, under its row lock so that the If-Match check and the write see the same
     * version. The resolution is found, the If-Match checked and the responsible agency confirmed with agency-service
     * before that lock is taken; the resolution checks the rest itself.
     */
    public Resolution followUp(UUID id, FollowUpDetails details, String ifMatch, String actor) {
        AgencyDirectory.beforeTheTransaction(() -> {
            requireVersion(resolutions.require(id), ifMatch);
            if (details.responsibleAgencyId() != null) {
                agencies.confirm(details.responsibleAgencyId(), "responsibleAgencyId");
            }
        });
        return QuarkusTransaction.joiningExisting().call(() -> {
            Resolution resolution = resolutions.requireLocked(id);
            requireVersion(resolution, ifMatch);
            resolution.followUp(details, meeting(resolution.meetingId()).heldOn(), actor);
            resolutions.flush();
            return resolution;
        });
    }

    private void requirePerson(UUID id, String field) {
        if (Objects.isNull(id) || people.findByIdOptional(id).isEmpty()) {
            throw new InvalidField(field, "no person has this id");
        }
    }

    /** No If-Match (or {@code *}) takes the resolution as it is; otherwise it must be the ETag of its current version. */
    private static void requireVersion(Resolution resolution, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (!tag.equals("\"" + resolution.version() + "\"")) {
            throw new ResolutionChanged(resolution);
        }
    }

    static final class ResolutionChanged extends DomainProblem {
        ResolutionChanged(Resolution resolution) {
            super(ProblemType.PRECONDITION_FAILED, "Resolution " + resolution.id() + " has changed since you read it: it is "
                    + "at version " + resolution.version() + ". Read it again and retry.");
        }
    }
}
