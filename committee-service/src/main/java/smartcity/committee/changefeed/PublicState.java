package smartcity.committee.changefeed;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.committee.assignment.Assignment;
import smartcity.committee.dimension.Dimension;
import smartcity.committee.meeting.Meeting;
import smartcity.committee.resolution.Resolution;
import smartcity.committee.person.Person;
import smartcity.committee.roster.Committee;
import smartcity.committee.roster.Membership;
import smartcity.committee.roster.RosterEnums.CommitteeLevel;
import smartcity.committee.roster.RosterEnums.CommitteeStatus;
import smartcity.committee.roster.RosterEnums.EndReason;
import smartcity.committee.roster.RosterEnums.SeatBasis;
import smartcity.committee.roster.RosterEnums.SeatRole;
import smartcity.committee.roster.Seat;
import smartcity.committee.roster.SeatVacancy;
import smartcity.committee.roster.VacancyPeriod;

/**
 * What the change feed says about a record: the fields a report needs, all of them public. The feed is open to
 * anyone, so nothing personal is here (no phone or email), nor who wrote the record.
 */
@Schema(name = "PublicState", description = "One record's public state; which shape depends on the item's `kind`",
        oneOf = {PublicState.DimensionState.class, PublicState.AssignmentState.class, PublicState.CommitteeState.class,
                PublicState.SeatState.class, PublicState.MembershipState.class, PublicState.SeatVacancyState.class, PublicState.PersonState.class,
                PublicState.MeetingState.class, PublicState.ResolutionState.class})
public sealed interface PublicState {

    @Schema(name = "DimensionState", description = "A dimension of the framework (kind DIMENSION)")
    record DimensionState(
            UUID id,
            @Schema(examples = "SMART_ENERGY") String code,
            @Schema(examples = "ด้านพลังงานอัจฉริยะ") String nameTh,
            @Schema(examples = "Smart Energy") String nameEn,
            String descriptionTh,
            String descriptionEn,
            @Schema(examples = "3") int displayOrder,
            @Schema(description = "False once retired") boolean active,
            UUID introducedByResolutionId,
            UUID retiredByResolutionId) implements PublicState {

        static DimensionState of(Dimension d) {
            return new DimensionState(d.id(), d.code(), d.nameTh(), d.nameEn(), d.descriptionTh(), d.descriptionEn(),
                    d.displayOrder(), d.active(), d.introducedByResolutionId(), d.retiredByResolutionId());
        }
    }

    @Schema(name = "AssignmentState", description = "An agency's responsibility for a dimension (kind ASSIGNMENT)")
    record AssignmentState(
            UUID id,
            UUID dimensionId,
            @Schema(description = "An agency-service id") UUID agencyId,
            @Schema(examples = "LEAD") Assignment.Role role,
            @Schema(examples = "A") String raci,
            @Schema(examples = "2022-06-06") LocalDate startDate,
            @Schema(description = "Last day; null while open-ended") LocalDate endDate,
            String basis,
            UUID resolutionId) implements PublicState {

        static AssignmentState of(Assignment a) {
            return new AssignmentState(a.id(), a.dimensionId(), a.agencyId(), a.role(), a.raci(), a.startDate(), a.endDate(),
                    a.basis(), a.resolutionId());
        }
    }

    @Schema(name = "CommitteeState", description = "A committee (kind COMMITTEE)")
    record CommitteeState(
            UUID id,
            @Schema(examples = "CM-SMART-CITY") String code,
            @Schema(examples = "คณะกรรมการการพัฒนาเมืองอัจฉริยะ (Smart City) จังหวัดเชียงใหม่") String nameTh,
            @Schema(examples = "Chiang Mai Smart City Development Committee") String nameEn,
            @Schema(examples = "PROVINCIAL") CommitteeLevel level,
            @Schema(examples = "ACTIVE") CommitteeStatus status,
            @Schema(examples = "คำสั่งจังหวัดเชียงใหม่") String establishedBy) implements PublicState {

        static CommitteeState of(Committee c) {
            return new CommitteeState(c.id(), c.code(), c.nameTh(), c.nameEn(), c.level(), c.status(), c.establishedBy());
        }
    }

    @Schema(name = "SeatState", description = "A seat on a committee (kind SEAT)")
    record SeatState(
            UUID id,
            UUID committeeId,
            @Schema(examples = "CHAIR") SeatRole role,
            @Schema(examples = "EX_OFFICIO") SeatBasis basis,
            @Schema(examples = "ประธานกรรมการ") String titleTh,
            @Schema(examples = "Chair") String titleEn,
            @Schema(description = "For an ex-officio seat: the position whose holder sits in it",
                    examples = "ผู้ว่าราชการจังหวัดเชียงใหม่") String positionTh,
            @Schema(implementation = String.class, format = "uuid", nullable = true, description = "For an ex-officio seat: the agency of that position (an agency-service id)") UUID agencyId,
            int displayOrder,
            @Schema(implementation = String.class, format = "date", nullable = true, description = "First day, for a seat a restructuring added") LocalDate establishedOn,
            @Schema(implementation = String.class, format = "date", nullable = true, description = "First day the seat no longer exists") LocalDate abolishedOn) implements PublicState {

        static SeatState of(Seat s) {
            return new SeatState(s.id(), s.committeeId(), s.role(), s.basis(), s.titleTh(), s.titleEn(), s.positionTh(),
                    s.agencyId(), s.displayOrder(), s.establishedOn(), s.abolishedOn());
        }
    }

    @Schema(name = "MembershipState", description = "A person holding a seat from a date to a date (kind MEMBERSHIP)")
    record MembershipState(
            UUID id,
            UUID seatId,
            UUID personId,
            @Schema(examples = "2022-06-06") LocalDate startDate,
            @Schema(description = "Last day held; null while held") LocalDate endDate,
            @Schema(examples = "TRANSFERRED") EndReason endReason,
            @Schema(description = "The order or resolution that made it") String basis) implements PublicState {

        static MembershipState of(Membership m) {
            return new MembershipState(m.id(), m.seatId(), m.personId(), m.startDate(), m.endDate(), m.endReason(), m.basis());
        }
    }

    @Schema(name = "SeatVacancyState", description = "Whether a seat needs filling, for every day it exists (kind "
            + "SEAT_VACANCY), as committee-service concludes it: the seat is vacant, held, or held by a member whose "
            + "ex-officio basis lapsed. The item's id is the seat's. Derived, not edited: it comes in the revision of the "
            + "change that altered it (a seating, a membership's end, a transfer, a restructuring, an agency dissolved). "
            + "On a date D the seat needs filling exactly when its period covering D has a reason, as "
            + "`GET /committees/{id}/vacancies?asOf=D` answers; no period covers a day the seat does not exist. The "
            + "lapse is judged on the holder's post and the agency's status as they are now, for every period.")
    record SeatVacancyState(
            @Schema(description = "The seat's id") UUID seatId,
            UUID committeeId,
            @Schema(description = "In date order, without overlap") List<VacancyPeriod> periods) implements PublicState {

        static SeatVacancyState of(SeatVacancy v) {
            return new SeatVacancyState(v.id(), v.committeeId(), v.periods());
        }
    }

    @Schema(name = "PersonState", description = "A person's public fields (kind PERSON): never their contact data")
    record PersonState(
            UUID id,
            @Schema(examples = "นาย") String honorific,
            @Schema(examples = "สมชาย ใจดี") String nameTh,
            @Schema(examples = "Somchai Jaidee") String nameEn,
            @Schema(examples = "รองผู้ว่าราชการจังหวัดเชียงใหม่") String positionTh,
            @Schema(examples = "Deputy Governor of Chiang Mai") String positionEn,
            @Schema(description = "An agency-service id") UUID agencyId) implements PublicState {

        static PersonState of(Person p) {
            return new PersonState(p.id(), p.honorific(), p.nameTh(), p.nameEn(), p.positionTh(), p.positionEn(), p.agencyId());
        }
    }

    @Schema(name = "MeetingState", description = "A meeting of a committee (kind MEETING). Meetings have no number or "
            + "status of their own; their resolutions are RESOLUTION changes.")
    record MeetingState(
            UUID id,
            UUID committeeId,
            @Schema(examples = "2022-06-06") LocalDate heldOn,
            @Schema(examples = "ห้องประชุม 1 ชั้น 2 อาคารอำนวยการ ศาลากลางจังหวัดเชียงใหม่") String placeTh,
            String placeEn,
            @Schema(description = "Who holds the chair") UUID chairPersonId,
            @Schema(description = "Who chaired this meeting for the chair, when delegated") UUID actingChairPersonId)
            implements PublicState {

        static MeetingState of(Meeting m) {
            return new MeetingState(m.id(), m.committeeId(), m.heldOn(), m.placeTh(), m.placeEn(), m.chairPersonId(),
                    m.actingChairPersonId());
        }
    }

    @Schema(name = "ResolutionState", description = "What a meeting resolved, numbered within the meeting, and where "
            + "carrying it out stands (kind RESOLUTION). A change of follow-up is an UPDATED item.")
    record ResolutionState(
            UUID id,
            UUID meetingId,
            @Schema(examples = "3") int number,
            @Schema(examples = "FRAMEWORK_CHANGE") Resolution.Kind kind,
            @Schema(examples = "เสนอให้มีการขับเคลื่อนเมืองอัจฉริยะทางด้านการค้าและการลงทุน") String textTh,
            String textEn,
            @Schema(description = "OPEN until the committee records otherwise", examples = "DONE") Resolution.FollowUp followUp,
            @Schema(description = "The agency that sees to it (an agency-service id)") UUID responsibleAgencyId,
            @Schema(description = "By when it should be done", examples = "2022-09-30") LocalDate dueOn,
            @Schema(description = "The day it was done; null unless followUp is DONE", examples = "2022-06-06") LocalDate doneOn,
            @Schema(examples = "เพิ่มด้านการค้าและการลงทุนอัจฉริยะในกรอบการพัฒนาแล้ว") String noteTh,
            @Schema(examples = "Smart Trade and Investment added to the framework") String noteEn) implements PublicState {

        static ResolutionState of(Resolution r) {
            return new ResolutionState(r.id(), r.meetingId(), r.number(), r.kind(), r.textTh(), r.textEn(), r.followUp(),
                    r.responsibleAgencyId(), r.dueOn(), r.doneOn(), r.noteTh(), r.noteEn());
        }
    }
}
