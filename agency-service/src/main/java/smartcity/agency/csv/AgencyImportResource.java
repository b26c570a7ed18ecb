package smartcity.agency.csv;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.agency.idempotency.Idempotent;
import smartcity.agency.security.Caller;
import smartcity.agency.security.Roles;

@Path("/agencies/import")
@Tag(name = "Agencies")
public class AgencyImportResource {

    private final AgencyImport agencyImport;
    private final Caller caller;

    AgencyImportResource(AgencyImport agencyImport, Caller caller) {
        this.agencyImport = agencyImport;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Consumes(AgencyCsv.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Import agencies from CSV",
            description = "Creates or updates agencies by their code, all or nothing. The columns are those of the CSV "
                    + "export: code, nameTh, nameEn, abbreviation, type, localKind, dlaCode, parentCode, district, "
                    + "address, phone, email, website (the export's id and status are ignored). UTF-8 (a byte-order mark "
                    + "is accepted), header row. A value that starts with one or more apostrophes followed by `=`, `+`, "
                    + "`-`, `@`, a tab or a carriage return loses its first apostrophe: the one the export puts before "
                    + "values a spreadsheet would take for a formula, so an exported file imports back unchanged "
                    + "(`'+66 53 112 233` is read as `+66 53 112 233`, `''=x` as `'=x`). "
                    + "A file with any broken rule is refused as a whole: `errors` lists the problems by line, the first "
                    + "50 of them, and `errorCount` gives their number when there are more. A dry run (`dryRun=true`) "
                    + "checks and reports the same way and writes nothing; it does not wait for or hold up the writes to "
                    + "the registry, so a change committed while it runs can make its answer stale. Secretariat or admin.",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @RequestBody(content = @Content(mediaType = AgencyCsv.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            example = "code,nameTh,nameEn,abbreviation,type,localKind,dlaCode,parentCode,district,address,phone,email,website\n"
                    + "CM-PEO,สำนักงานพลังงานจังหวัดเชียงใหม่,Chiang Mai Provincial Energy Office,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n"))
    @APIResponse(responseCode = "200", description = "What was (or, in a dry run, would be) created, updated or left unchanged")
    @APIResponse(responseCode = "400", description = "The file breaks at least one rule; `errors` lists them with their lines "
            + "(the first 50, sorted by line; `errorCount` is the total when there are more). Nothing was written.")
    @APIResponse(responseCode = "415", description = "The body is not text/csv")
    public RestResponse<ImportReport> importCsv(
            @QueryParam("dryRun") @DefaultValue("false") @Parameter(description = "Check and report, write nothing; read-only, without waiting for concurrent writes") boolean dryRun,
            byte[] body) {
        byte[] file = body == null ? new byte[0] : body;
        return RestResponse.ok(dryRun ? agencyImport.dryRun(file) : agencyImport.run(file, caller.name()));
    }
}
