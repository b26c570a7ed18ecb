package smartcity.committee.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import smartcity.committee.agency.AgencyCopy;
import smartcity.committee.agency.AgencyDirectory;
import smartcity.committee.assignment.Assignment;
import smartcity.committee.assignment.AssignmentRepository;
import smartcity.committee.dimension.Dimension;
import smartcity.committee.dimension.DimensionRepository;
import smartcity.committee.meeting.MeetingViews.AttendeeView;
import smartcity.committee.meeting.MeetingViews.MeetingView;
import smartcity.committee.meeting.MeetingViews.PersonRef;
import smartcity.committee.meeting.MeetingViews.ResolutionView;
import smartcity.committee.person.Person;
import smartcity.committee.person.PersonRepository;
import smartcity.committee.resolution.Resolution;

/** Turns meetings and resolutions into their representations: names from the people and the local agency copy. */
@ApplicationScoped
class MeetingPresenter {

    private final Meetings meetings;
    private final PersonRepository people;
    private final AgencyDirectory agencies;
    private final AssignmentRepository assignments;
    private final DimensionRepository dimensions;

    MeetingPresenter(Meetings meetings, PersonRepository people, AgencyDirectory agencies, AssignmentRepository assignments,
            DimensionRepository dimensions) {
        this.meetings = meetings;
        this.people = people;
        this.agencies = agencies;
        this.assignments = assignments;
        this.dimensions = dimensions;
    }

    MeetingView view(Meeting meeting) {
        List<AttendeeView> attendees = meeting.attendees().stream().map(a -> new AttendeeView(a.personId(),
                a.personId() == null ? null : people.findByIdOptional(a.personId()).map(Person::nameTh).orElse(null),
                a.agencyId(), agencies.known(a.agencyId()).map(AgencyCopy::nameTh).orElse(null))).toList();
        return new MeetingView(meeting.id(), meeting.committeeId(), meeting.heldOn(), meeting.placeTh(), meeting.placeEn(),
                person(meeting.chairPersonId()), person(meeting.actingChairPersonId()), meeting.delegationTh(), attendees,
                List.copyOf(meeting.agenda()), meeting.minutesTh(), views(meetings.resolutionsOf(meeting.id())),
                meeting.version());
    }

    ResolutionView view(Resolution r) {
        return views(List.of(r)).get(0);
    }

    /** A list of resolutions in the same order, with what they caused and agency names in three queries, however many. */
    List<ResolutionView> views(List<Resolution> resolutions) {
        Set<UUID> ids = resolutions.stream().map(Resolution::id).collect(Collectors.toSet());
        Map<UUID, List<UUID>> caused = assignments.causedBy(ids).stream().collect(Collectors.groupingBy(
                Assignment::resolutionId, Collectors.mapping(Assignment::id, Collectors.toList())));
        Map<UUID, List<String>> introduced = dimensions.introducedBy(ids).stream().collect(Collectors.groupingBy(
                Dimension::introducedByResolutionId, Collectors.mapping(Dimension::code, Collectors.toList())));
        Map<UUID, AgencyCopy> responsible = agencies.known(resolutions.stream().map(Resolution::responsibleAgencyId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return resolutions.stream().map(r -> {
            AgencyCopy agency = r.responsibleAgencyId() == null ? null : responsible.get(r.responsibleAgencyId());
            return new ResolutionView(r.id(), r.meetingId(), r.number(), r.kind(), r.textTh(), r.textEn(),
                    caused.getOrDefault(r.id(), List.of()), introduced.getOrDefault(r.id(), List.of()),
                    r.followUp(), r.responsibleAgencyId(), agency == null ? null : agency.nameTh(), r.dueOn(), r.doneOn(),
                    r.noteTh(), r.noteEn(), r.version());
        }).toList();
    }

    private PersonRef person(UUID id) {
        return id == null ? null : people.findByIdOptional(id)
                .map(p -> new PersonRef(p.id(), p.honorific(), p.nameTh(), p.nameEn(), p.positionTh())).orElse(null);
    }
}
