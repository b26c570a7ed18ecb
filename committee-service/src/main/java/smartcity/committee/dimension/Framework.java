package smartcity.committee.dimension;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import smartcity.committee.correction.Corrections;
import smartcity.committee.resolution.ResolutionRepository;

/** The smart-city framework's use cases: reading it, and extending it with a new dimension. */
@ApplicationScoped
public class Framework {

    private final DimensionRepository dimensions;
    private final ResolutionRepository resolutions;
    private final Corrections corrections;

    public Framework(DimensionRepository dimensions, ResolutionRepository resolutions, Corrections corrections) {
        this.corrections = corrections;
        this.dimensions = dimensions;
        this.resolutions = resolutions;
    }

    public Dimension dimension(UUID id) {
        return dimensions.findByIdOptional(id).orElseThrow(() -> new DimensionNotFound(id));
    }

    @Transactional
    public Dimension retire(UUID id, Retirement retirement, String actor) {
        Dimension dimension = dimensions.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new DimensionNotFound(id));
        resolutions.requireCited(retirement.resolutionId(), "resolutionId");
        dimension.retire(retirement.resolutionId(), actor);
        dimensions.flush();
        return dimension;
    }

    /**
     * Corrects a dimension by merge patch, under its row lock (the one hand-overs and assignments of the dimension take
     * too): the If-Match is checked, the patch merged and validated, and the dimension corrected in one revision.
     */
    public Dimension correct(UUID id, JsonNode patch, String ifMatch, String actor) throws JsonProcessingException {
        return Corrections.inTransaction(() -> {
            Dimension dimension = dimensions.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new DimensionNotFound(id));
            DimensionCorrection corrected = corrections.apply(dimension, "Dimension " + dimension.code(), ifMatch,
                    DimensionCorrection.of(dimension), patch, DimensionCorrection.class);
            dimension.correct(corrected, actor);
            dimensions.flush();
            return dimension;
        });
    }

    @Transactional
    public Dimension introduce(DimensionCreate request, String actor) {
        if (dimensions.findByCode(request.code()).isPresent()) {
            throw new DimensionCodeTaken(request.code());
        }
        resolutions.requireCited(request.resolutionId(), "resolutionId");
        int displayOrder = request.displayOrder() != null ? request.displayOrder() : dimensions.nextDisplayOrder();
        Dimension dimension = Dimension.introduce(request.code(), request.nameTh().strip(), request.nameEn().strip(),
                request.descriptionTh(), request.descriptionEn(), displayOrder, request.resolutionId(), actor);
        dimensions.persistAndFlush(dimension);
        return dimension;
    }
}
