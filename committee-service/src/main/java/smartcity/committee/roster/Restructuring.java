package smartcity.committee.roster;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A restructuring of a committee, applied as a whole from one date: seats added and abolished, memberships ended (as
 * RESTRUCTURED, the day before) and people seated.
 */
@Schema(name = "Restructuring", description = "Changes to a committee's composition, applied together from one date")
public record Restructuring(
        @NotNull @Schema(examples = "2022-07-01") LocalDate effectiveDate,
        @Schema(description = "The resolution that decided it") UUID resolutionId,
        @Size(max = 100) List<@Valid @NotNull NewSeat> addSeats,
        @Size(max = 100) List<@NotNull UUID> abolishSeats,
        @Size(max = 100) List<@NotNull UUID> endMemberships,
        @Size(max = 100) List<@Valid @NotNull Appointment> appointments,
        @Valid @Schema(description = "The committee's duties from the effective date, amended in the same transaction "
                + "as the seats (cites the restructuring's resolution)") MandateText mandate) {

    @Schema(name = "RestructuringNewSeat", description = "A seat to add; `key` lets an appointment in the same request name it")
    public record NewSeat(@NotBlank @Size(max = 40) String key, @NotNull @Valid SeatDetails seat) {
    }

    @Schema(name = "RestructuringAppointment", description = "Seat a person, in an existing seat or one added by `seatKey`")
    public record Appointment(UUID seatId, @Size(max = 40) String seatKey, @NotNull UUID personId,
            @Size(max = 500) @Schema(description = "As a membership's `reason`: why someone whose post does not fit an "
                    + "ex-officio seat takes it all the same") String reason) {
    }

    @Schema(name = "RestructuringMandate", description = "The committee's mandate (duties) as amended")
    public record MandateText(
            @jakarta.validation.constraints.NotBlank @Size(max = 4000) String mandateTh,
            @Size(max = 4000) String mandateEn) {
    }

    List<NewSeat> seatsToAdd() {
        return addSeats == null ? List.of() : addSeats;
    }

    List<UUID> seatsToAbolish() {
        return abolishSeats == null ? List.of() : abolishSeats;
    }

    List<UUID> membershipsToEnd() {
        return endMemberships == null ? List.of() : endMemberships;
    }

    List<Appointment> seatings() {
        return appointments == null ? List.of() : appointments;
    }
}
