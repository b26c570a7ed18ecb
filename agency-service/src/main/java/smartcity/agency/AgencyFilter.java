package smartcity.agency;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and the order of the agency list, shared by its JSON and CSV forms. */
public class AgencyFilter {

    @QueryParam("type")
    @Parameter(description = "Only agencies of this type")
    public AgencyType type;

    @QueryParam("localKind")
    @Parameter(description = "Only local administrative organisations of this kind")
    public LocalAdministrationKind localKind;

    @QueryParam("district")
    @Parameter(description = "Only agencies in this district (TIS 1099 geocode)", example = "5001")
    public String district;

    @QueryParam("status")
    @Parameter(description = "Only agencies in this lifecycle status")
    public AgencyStatus status;

    @QueryParam("parentId")
    @Parameter(description = "Only the direct children of this agency")
    public UUID parentId;

    @QueryParam("q")
    @Size(max = 100)
    @Parameter(description = "Text found in the Thai or English name, the abbreviation or the code", example = "พลังงาน")
    public String q;

    @QueryParam("updatedSince")
    @Parameter(description = "Only agencies changed at or after this instant", example = "2022-06-06T09:30:00+07:00")
    public OffsetDateTime updatedSince;

    @QueryParam("sort")
    @DefaultValue("nameTh")
    @Pattern(regexp = "-?(nameTh|nameEn|code|updatedAt)", message = "must be one of nameTh, nameEn, code, updatedAt, optionally preceded by -")
    @Parameter(description = "Order: nameTh (Thai dictionary order), nameEn, code or updatedAt; a leading - reverses it. Ties are broken by id.")
    public String sort;
}
