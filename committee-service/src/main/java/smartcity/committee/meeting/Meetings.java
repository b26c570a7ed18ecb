package smartcity.committee.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import smartcity.committee.agency.AgencyDirectory;
import smartcity.committee.api.DomainProblem;
import smartcity.committee.api.InvalidField;
import smartcity.committee.api.ProblemType;
import smartcity.committee.person.PersonRepository;
import smartcity.committee.roster.Rosters;

/** Recording meetings and what they resolved. */
@ApplicationScoped
public class Meetings {

    @ApplicationScoped
    static class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {
    }

    @ApplicationScoped
    public static class ResolutionRepository implements PanacheRepositoryBase<Resolution, UUID> {
    }

    private final MeetingRepository meetings;
    private final ResolutionRepository resolutions;
    private final Rosters rosters;
    private final PersonRepository people;
    private final AgencyDirectory agencies;

    Meetings(MeetingRepository meetings, ResolutionRepository resolutions, Rosters rosters, PersonRepository people,
            AgencyDirectory agencies) {
        this.meetings = meetings;
        this.resolutions = resolutions;
        this.rosters = rosters;
        this.people = people;
        this.agencies = agencies;
    }

    @Transactional
    public Meeting record(UUID committeeId, MeetingDetails details, String actor) {
        rosters.committee(committeeId);
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
        Meeting meeting = Meeting.record(committeeId, details, actor);
        meetings.persistAndFlush(meeting);
        return meeting;
    }

    /** Numbers resolutions 1, 2, 3 ... within the meeting, under the meeting's row lock. */
    @Transactional
    public Resolution resolve(UUID meetingId, ResolutionDetails details, String actor) {
        Meeting meeting = meetings.findByIdOptional(meetingId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> notFound("meeting", meetingId));
        int number = (int) resolutions.count("meetingId", meeting.id()) + 1;
        Resolution resolution = Resolution.resolve(meeting.id(), number, details, actor);
        resolutions.persistAndFlush(resolution);
        return resolution;
    }

    public Meeting meeting(UUID id) {
        return meetings.findByIdOptional(id).orElseThrow(() -> notFound("meeting", id));
    }

    public List<Meeting> of(UUID committeeId) {
        rosters.committee(committeeId);
        return meetings.list("committeeId", Sort.descending("heldOn").and("id"), committeeId);
    }

    public List<Resolution> resolutionsOf(UUID meetingId) {
        return resolutions.list("meetingId", Sort.by("number"), meetingId);
    }

    public Resolution resolution(UUID id) {
        return resolutions.findByIdOptional(id).orElseThrow(() -> notFound("resolution", id));
    }

    /** For the writes that cite a resolution: a 400 on the field when it does not exist. */
    public void requireResolution(UUID id, String field) {
        if (id != null && resolutions.findByIdOptional(id).isEmpty()) {
            throw new InvalidField(field, "no resolution has this id");
        }
    }

    private void requirePerson(UUID id, String field) {
        if (Objects.isNull(id) || people.findByIdOptional(id).isEmpty()) {
            throw new InvalidField(field, "no person has this id");
        }
    }

    private static DomainProblem notFound(String what, UUID id) {
        return new DomainProblem(ProblemType.NOT_FOUND, "No " + what + " has the id " + id) { };
    }
}
