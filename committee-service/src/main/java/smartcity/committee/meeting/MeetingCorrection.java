package smartcity.committee.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a correction of a meeting may change. The committee and the day it was held are not here: a meeting held on
 * another day is another meeting, and its resolutions' follow-up is dated against that day.
 *
 * <p>{@code required = false} in the schema: no member of a merge patch is required; the rules apply to the merged
 * whole, where they are checked.
 */
@Schema(name = "MeetingCorrection", description = "The correctable fields of a meeting, as a JSON merge patch (RFC 7396) "
        + "sets them: a member present replaces the field (a list is replaced as a whole), null clears an optional one")
public record MeetingCorrection(
        @NotBlank @Size(max = 500) @Schema(required = false, examples = "ห้องประชุมอินทนิล ชั้น 3 ศาลากลางจังหวัดเชียงใหม่") String placeTh,
        @Size(max = 500) @Schema(examples = "Inthanon Room, 3rd floor, Chiang Mai City Hall") String placeEn,
        @NotNull @Schema(required = false, description = "Who holds the chair") UUID chairPersonId,
        @Schema(description = "Who chaired this meeting for the chair, by delegation") UUID actingChairPersonId,
        @Size(max = 500) String delegationTh,
        @Size(max = 60000) String minutesTh,
        @Size(max = 500) List<MeetingDetails.@Valid @NotNull Attendee> attendees,
        @Size(max = 100) List<@NotBlank @Size(max = 1000) String> agenda) {

    static MeetingCorrection of(Meeting meeting) {
        return new MeetingCorrection(meeting.placeTh(), meeting.placeEn(), meeting.chairPersonId(),
                meeting.actingChairPersonId(), meeting.delegationTh(), meeting.minutesTh(),
                meeting.attendees().stream().map(a -> new MeetingDetails.Attendee(a.personId(), a.agencyId())).toList(),
                List.copyOf(meeting.agenda()));
    }

    List<MeetingDetails.Attendee> attendeesOrNone() {
        return attendees == null ? List.of() : attendees;
    }
}
