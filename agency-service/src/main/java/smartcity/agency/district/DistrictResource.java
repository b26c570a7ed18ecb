package smartcity.agency.district;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import smartcity.agency.api.PageRequest;
import smartcity.agency.api.PageView;

@Path("/districts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Districts", description = "Chiang Mai's 25 districts, the reference list agencies are located by")
public class DistrictResource {

    private final DistrictRepository districts;

    public DistrictResource(DistrictRepository districts) {
        this.districts = districts;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listDistricts", summary = "List the districts", description = "Ordered by geocode.")
    @APIResponse(responseCode = "200", description = "One page of districts")
    @APIResponse(responseCode = "400", description = "Paging parameters out of range")
    public PageView<DistrictView> list(@Valid @BeanParam PageRequest page) {
        return PageView.of(districts.allByCode(), page, DistrictView::from);
    }

    @GET
    @PermitAll
    @Path("/{code}")
    @Operation(operationId = "getDistrict", summary = "Get one district by its geocode")
    @APIResponse(responseCode = "200", description = "The district")
    @APIResponse(responseCode = "404", description = "No district has this geocode")
    public DistrictView get(@PathParam("code") String code) {
        return districts.findByIdOptional(code)
                .map(DistrictView::from)
                .orElseThrow(() -> new NotFoundException("No district has the geocode '" + code + "'"));
    }
}
