package smartcity.committee.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
            @Schema(description = "The codes of the dimensions it introduced") List<String> dimensions) {
    }

    @Schema(name = "Meeting")
    public record MeetingView(UUID id, UUID committeeId, LocalDate heldOn, String placeTh, String placeEn,
            @Schema(description = "Who holds the chair") PersonRef chair,
            @Schema(description = "Who chaired this meeting for the chair, when delegated") PersonRef actingChair,
            String delegationTh, List<AttendeeView> attendees, List<String> agenda, String minutesTh,
            List<ResolutionView> resolutions) {
    }
}
