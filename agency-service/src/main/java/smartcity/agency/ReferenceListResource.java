package smartcity.agency;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The registry's small reference lists, so that a portal can label types and kinds in Thai and English. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference lists", description = "Codes used in agency records, with Thai and English names")
public class ReferenceListResource {

    @Schema(name = "ReferenceEntry")
    public record Entry(@Schema(examples = "STATE_ENTERPRISE") String code,
            @Schema(examples = "รัฐวิสาหกิจ") String nameTh,
            @Schema(examples = "State enterprise") String nameEn) {
    }

    @GET
    @PermitAll
    @Path("agency-types")
    @Operation(summary = "The types of agency")
    public List<Entry> agencyTypes() {
        return Arrays.stream(AgencyType.values()).map(t -> new Entry(t.name(), t.nameTh(), t.nameEn())).toList();
    }

    @GET
    @PermitAll
    @Path("local-administration-kinds")
    @Operation(summary = "The kinds of local administrative organisation")
    public List<Entry> localAdministrationKinds() {
        return Arrays.stream(LocalAdministrationKind.values()).map(k -> new Entry(k.name(), k.nameTh(), k.nameEn())).toList();
    }
}
