package smartcity.agency.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters every list accepts. Asking for more than {@value #MAX_SIZE} items is a 400, not a silent cut;
 * so is a page beyond {@value #MAX_PAGE}, where the first item's position ({@code page × size}) would no longer be a
 * number the database query takes.
 */
public class PageRequest {

    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 10_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Zero-based page number, at most " + MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, at most " + MAX_SIZE)
    public int size;
}
