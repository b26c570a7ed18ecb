package smartcity.committee.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import smartcity.committee.agency.AgencyCopy;
import smartcity.committee.agency.AgencyDirectory;
import smartcity.committee.assignment.Assignment;
import smartcity.committee.assignment.Responsibilities;
import smartcity.committee.dimension.Dimension;
import smartcity.committee.dimension.Framework;
import smartcity.committee.meeting.MeetingViews.AttendeeView;
import smartcity.committee.meeting.MeetingViews.MeetingView;
import smartcity.committee.meeting.MeetingViews.PersonRef;
import smartcity.committee.meeting.MeetingViews.ResolutionView;
import smartcity.committee.person.Person;
import smartcity.committee.person.PersonRepository;

/** Turns meetings and resolutions into their representations: names from the people and the local agency copy. */
@ApplicationScoped
class MeetingPresenter {

    private final Meetings meetings;
    private final PersonRepository people;
    private final AgencyDirectory agencies;
    private final Responsibilities responsibilities;
    private final Framework framework;

    MeetingPresenter(Meetings meetings, PersonRepository people, AgencyDirectory agencies, Responsibilities responsibilities,
            Framework framework) {
        this.meetings = meetings;
        this.people = people;
        this.agencies = agencies;
        this.responsibilities = responsibilities;
        this.framework = framework;
    }

    MeetingView view(Meeting meeting) {
        List<AttendeeView> attendees = meeting.attendees().stream().map(a -> new AttendeeView(a.personId(),
                a.personId() == null ? null : people.findByIdOptional(a.personId()).map(Person::nameTh).orElse(null),
                a.agencyId(), agencies.known(a.agencyId()).map(AgencyCopy::nameTh).orElse(null))).toList();
        return new MeetingView(meeting.id(), meeting.committeeId(), meeting.heldOn(), meeting.placeTh(), meeting.placeEn(),
                person(meeting.chairPersonId()), person(meeting.actingChairPersonId()), meeting.delegationTh(), attendees,
                List.copyOf(meeting.agenda()), meeting.minutesTh(),
                meetings.resolutionsOf(meeting.id()).stream().map(this::view).toList());
    }

    ResolutionView view(Resolution r) {
        return new ResolutionView(r.id(), r.meetingId(), r.number(), r.kind(), r.textTh(), r.textEn(),
                responsibilities.causedBy(r.id()).stream().map(Assignment::id).toList(),
                framework.introducedBy(r.id()).stream().map(Dimension::code).toList());
    }

    private PersonRef person(UUID id) {
        return id == null ? null : people.findByIdOptional(id)
                .map(p -> new PersonRef(p.id(), p.honorific(), p.nameTh(), p.nameEn(), p.positionTh())).orElse(null);
    }
}
