package smartcity.committee.roster;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.committee.api.PageRequest;
import smartcity.committee.api.PageView;
import smartcity.committee.api.ProblemDocument;
import smartcity.committee.idempotency.Idempotent;
import smartcity.committee.person.PersonRepository;
import smartcity.committee.roster.RosterViews.CommitteeView;
import smartcity.committee.roster.RosterViews.MembershipView;
import smartcity.committee.roster.RosterViews.RosterView;
import smartcity.committee.roster.RosterViews.SeatView;
import smartcity.committee.roster.RosterViews.VacancyView;
import smartcity.committee.security.Caller;
import smartcity.committee.security.Roles;

@Path("/committees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Committees", description = "Committees, their seats, and who held each seat when")
public class CommitteeResource {

    private static final String PROBLEM = "application/problem+json";
    /** Dates are Thai dates: "today" is today in Bangkok. */
    static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    private final Committees committees;
    private final CommitteeRepository repository;
    private final PersonRepository people;
    private final Caller caller;

    CommitteeResource(Committees committees, CommitteeRepository repository, PersonRepository people, Caller caller) {
        this.committees = committees;
        this.repository = repository;
        this.people = people;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCommittees", summary = "List committees")
    public PageView<CommitteeView> list(@Valid @BeanParam PageRequest page) {
        return PageView.of(repository.findAll(io.quarkus.panache.common.Sort.by("nameTh").and("id")), page, CommitteeView::from);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(operationId = "getCommittee", summary = "Get one committee")
    @APIResponse(responseCode = "404", description = "No committee has this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "200", description = "The committee")
    public CommitteeView get(@PathParam("id") UUID id) {
        return CommitteeView.from(committees.committee(id));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "createCommittee", summary = "Establish a committee", description = "Secretariat or admin.",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @APIResponse(responseCode = "201", description = "Established",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CommitteeView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    public RestResponse<CommitteeView> create(@NotNull @Valid CommitteeDetails details, @Context UriInfo uri) {
        Committee committee = committees.establish(details, caller.name());
        return RestResponse.ResponseBuilder.<CommitteeView>created(uri.getAbsolutePathBuilder().path(committee.id().toString()).build())
                .entity(CommitteeView.from(committee)).build();
    }

    @GET
    @PermitAll
    @Path("/{id}/seats")
    @Operation(summary = "The committee's seats", description = "In display order.")
    public List<SeatView> seats(@PathParam("id") UUID id) {
        return committees.seats(id).stream().map(SeatView::from).toList();
    }

    @GET
    @PermitAll
    @Path("/{id}/seats/{seatId}")
    @Operation(operationId = "getSeat", summary = "One seat of the committee", description = "Where an added seat's Location points.")
    @APIResponse(responseCode = "200", description = "The seat")
    @APIResponse(responseCode = "404", description = "No such committee, or it has no seat with this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    public SeatView seat(@PathParam("id") UUID id, @PathParam("seatId") UUID seatId) {
        return SeatView.from(committees.seatOf(id, seatId));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/seats")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Add a seat", description = "Secretariat or admin. An ex-officio seat names its position; its agency "
            + "is confirmed with agency-service (503 when that cannot be done).",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SeatView.class)))
    @APIResponse(responseCode = "400", description = "The body breaks a rule",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    public RestResponse<SeatView> addSeat(@PathParam("id") UUID id, @NotNull @Valid SeatDetails details, @Context UriInfo uri) {
        Seat seat = committees.addSeat(id, details, caller.name());
        return RestResponse.ResponseBuilder.<SeatView>created(uri.getAbsolutePathBuilder().path(seat.id().toString()).build())
                .entity(SeatView.from(seat)).build();
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/memberships")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Seat a person", description = "Secretariat or admin. A seat has at most one holder on any date, "
            + "also when requests arrive together.",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @APIResponse(responseCode = "201", description = "Seated",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "400", description = "Unknown seat or person, or dates out of order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "409", description = "Someone holds the seat during part of that period",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    public RestResponse<MembershipView> seatPerson(@PathParam("id") UUID id, @NotNull @Valid MembershipRequest request,
            @Context UriInfo uri) {
        Membership membership = committees.seatPerson(id, request, caller.name());
        return RestResponse.ResponseBuilder.<MembershipView>created(
                        uri.getAbsolutePathBuilder().path(membership.id().toString()).build())
                .entity(view(membership)).build();
    }

    @GET
    @PermitAll
    @Path("/{id}/memberships/{membershipId}")
    @Operation(operationId = "getMembership", summary = "One membership of the committee",
            description = "Who held which seat, from when to when; where a new membership's Location points.")
    @APIResponse(responseCode = "200", description = "The membership")
    @APIResponse(responseCode = "404", description = "No such committee, or it has no membership with this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    public MembershipView membership(@PathParam("id") UUID id, @PathParam("membershipId") UUID membershipId) {
        return view(committees.membership(id, membershipId));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/memberships/{membershipId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endMembership", summary = "End a membership", description = "The last day held and why (transferred, retired, ...).")
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "409", description = "It has ended already",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    public MembershipView end(@PathParam("id") UUID id, @PathParam("membershipId") UUID membershipId,
            @NotNull @Valid MembershipEnd end) {
        return view(committees.endMembership(id, membershipId, end, caller.name()));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/restructurings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Restructure the committee", description = "Secretariat or admin. Seats added and abolished, "
            + "memberships ended and people seated, all from one effective date and all or nothing. With dryRun=true "
            + "nothing is written and the answer shows the roster before and after.")
    @APIResponse(responseCode = "200", description = "The roster on the effective date before and after")
    @APIResponse(responseCode = "400", description = "A reference or a rule is broken; nothing was changed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "409", description = "A seat would have two holders, or a seat or membership has already ended",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    public RosterViews.RestructuringView restructure(@PathParam("id") UUID id, @NotNull @Valid Restructuring change,
            @QueryParam("dryRun") @jakarta.ws.rs.DefaultValue("false") boolean dryRun) {
        return committees.restructure(id, change, dryRun, caller.name());
    }

    @GET
    @PermitAll
    @Path("/{id}/roster")
    @Operation(summary = "Who sits on the committee on a date", description = "Names and roles only; today when no date is given.")
    @APIResponse(responseCode = "400", description = "asOf is not a date",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "200", description = "Every seat on the date, with its holder")
    public RosterView roster(@PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(description = "ISO date; today (Thailand) when absent", example = "2022-06-06") LocalDate asOf) {
        return committees.roster(id, asOf == null ? LocalDate.now(THAILAND) : asOf);
    }

    @GET
    @PermitAll
    @Path("/{id}/vacancies")
    @Operation(summary = "Seats to fill", description = "Seats nobody holds on the date, and ex-officio seats whose holder "
            + "no longer holds the position they require (e.g. moved to a post elsewhere).")
    public List<VacancyView> vacancies(@PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(description = "ISO date; today (Thailand) when absent") LocalDate asOf) {
        return committees.vacancies(id, asOf == null ? LocalDate.now(THAILAND) : asOf);
    }

    private MembershipView view(Membership membership) {
        return MembershipView.of(membership, committees.seat(membership.seatId()).orElse(null),
                people.findByIdOptional(membership.personId()).orElse(null));
    }
}
