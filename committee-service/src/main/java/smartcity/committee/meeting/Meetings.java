package smartcity.committee.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import smartcity.committee.api.InvalidField;
import smartcity.committee.api.PageRequest;
import smartcity.committee.api.PageView;
import smartcity.committee.correction.Corrections;
import smartcity.committee.correction.RecordChanged;
import smartcity.committee.person.PersonRepository;
import smartcity.committee.resolution.FollowUpDetails;
import smartcity.committee.resolution.Resolution;
import smartcity.committee.resolution.ResolutionCorrection;
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
    private final Corrections corrections;

    Meetings(MeetingRepository meetings, ResolutionRepository resolutions, CommitteeRepository committees,
            PersonRepository people, AgencyDirectory agencies, Corrections corrections) {
        this.corrections = corrections;
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
        List<MeetingDetails.Attendee> attendees = details.attendees() == null ? List.of() : details.attendees();
        checkPeople(details.chairPersonId(), details.actingChairPersonId(), attendees);
        for (int i = 0; i < attendees.size(); i++) {
            if (attendees.get(i).agencyId() != null) {
                agencies.confirm(attendees.get(i).agencyId(), "attendees[" + i + "].agencyId");
            }
        }
    }

    /**
     * The chair, the acting chair and the attending people exist, and each attendee is either a person or an agency: a
     * 400 on the field otherwise. Only this database is read, so it may run under a row lock.
     */
    private void checkPeople(UUID chairPersonId, UUID actingChairPersonId, List<MeetingDetails.Attendee> attendees) {
        requirePerson(chairPersonId, "chairPersonId");
        if (actingChairPersonId != null) {
            requirePerson(actingChairPersonId, "actingChairPersonId");
            if (actingChairPersonId.equals(chairPersonId)) {
                throw new InvalidField("actingChairPersonId", "the chair does not act for themself; leave it empty");
            }
        }
        for (int i = 0; i < attendees.size(); i++) {
            MeetingDetails.Attendee attendee = attendees.get(i);
            String field = "attendees[" + i + "]";
            if ((attendee.personId() == null) == (attendee.agencyId() == null)) {
                throw new InvalidField(field, "must name either a person or an agency");
            }
            if (attendee.personId() != null) {
                requirePerson(attendee.personId(), field + ".personId");
            }
        }
    }

    /**
     * Corrects a meeting by merge patch. The agencies the patch names as attendees are confirmed with agency-service
     * first, outside any transaction (a list in a merge patch replaces the whole list, so those are exactly the new
     * ones; the others were confirmed when the meeting was recorded). Then, under the meeting's row lock, the If-Match
     * is checked, the patch merged, the people checked and the meeting corrected: one revision.
     */
    public Meeting correct(UUID id, JsonNode patch, String ifMatch, String actor) throws JsonProcessingException {
        AgencyDirectory.beforeTheTransaction(() -> {
            meetings.require(id);
            JsonNode attendees = patch == null ? null : patch.get("attendees");
            if (attendees != null && attendees.isArray()) {
                for (int i = 0; i < attendees.size(); i++) {
                    UUID agency = uuidOrNull(attendees.get(i).get("agencyId"));
                    if (agency != null) {
                        agencies.confirm(agency, "attendees[" + i + "].agencyId");
                    }
                }
            }
        });
        return Corrections.inTransaction(() -> {
            Meeting meeting = meetings.requireLocked(id);
            MeetingCorrection corrected = corrections.apply(meeting, "Meeting " + id, ifMatch, MeetingCorrection.of(meeting),
                    patch, MeetingCorrection.class);
            checkPeople(corrected.chairPersonId(), corrected.actingChairPersonId(), corrected.attendeesOrNone());
            meeting.correct(corrected, actor);
            meetings.flush();
            return meeting;
        });
    }

    /** A UUID the patch names, or null when it names none or something else (the merge then says what is wrong). */
    private static UUID uuidOrNull(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(value.asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Corrects a resolution's kind and text by merge patch, under its row lock: one revision. */
    public Resolution correctResolution(UUID id, JsonNode patch, String ifMatch, String actor)
            throws JsonProcessingException {
        return Corrections.inTransaction(() -> {
            Resolution resolution = resolutions.requireLocked(id);
            ResolutionCorrection corrected = corrections.apply(resolution, "Resolution " + id, ifMatch,
                    ResolutionCorrection.of(resolution), patch, ResolutionCorrection.class);
            resolution.correct(corrected, actor);
            resolutions.flush();
            return resolution;
        });
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

    /** One page of a committee's meetings, newest first. */
    public PageView<Meeting> of(UUID committeeId, PageRequest page) {
        committees.require(committeeId);
        return PageView.of(meetings.find("committeeId", Sort.descending("heldOn").and("id"), committeeId), page, m -> m);
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

    private static void requireVersion(Resolution resolution, String ifMatch) {
        RecordChanged.requireVersion(resolution, "Resolution " + resolution.id(), ifMatch);
    }
}
