package smartcity.committee.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.committee.resolution.Resolution;

/** Meetings and resolutions at the API edge. */
public final class MeetingViews {

    private MeetingViews() {
    }

    @Schema(name = "PersonRef", description = "A person by name and position (no contact data)")
    public record PersonRef(UUID id, String honorific, String nameTh, String nameEn, String positionTh) {
    }

    @Schema(name = "AttendeeView")
    public record AttendeeView(UUID personId, String personNameTh, UUID agencyId, String agencyNameTh) {
    }

    @Schema(name = "Resolution")
    public record ResolutionView(UUID id, UUID meetingId, int number, Resolution.Kind kind, String textTh, String textEn,
            @Schema(description = "The assignments this resolution made") List<UUID> assignments,
            @Schema(description = "The codes of the dimensions it introduced") List<String> dimensions,
            @Schema(description = "Where carrying it out stands; OPEN until the committee says otherwise", examples = "OPEN")
            Resolution.FollowUp followUp,
            @Schema(description = "The agency that sees to it (an agency-service id)") UUID responsibleAgencyId,
            @Schema(readOnly = true, description = "From the local copy of the agency registry",
                    examples = "สำนักงานพาณิชย์จังหวัดเชียงใหม่") String responsibleAgencyNameTh,
            @Schema(description = "By when it should be done") LocalDate dueOn,
            @Schema(description = "The day it was done; only when followUp is DONE") LocalDate doneOn,
            String noteTh,
            String noteEn,
            @Schema(readOnly = true, description = "Send it as If-Match (quoted) when changing the follow-up; also the ETag")
            long version) {
    }

    @Schema(name = "Meeting")
    public record MeetingView(UUID id, UUID committeeId, LocalDate heldOn, String placeTh, String placeEn,
            @Schema(description = "Who holds the chair") PersonRef chair,
            @Schema(description = "Who chaired this meeting for the chair, when delegated") PersonRef actingChair,
            String delegationTh, List<AttendeeView> attendees, List<String> agenda, String minutesTh,
            List<ResolutionView> resolutions,
            @Schema(readOnly = true, description = "Send it as If-Match (quoted) when correcting the meeting; also the ETag")
            long version) {
    }
}
