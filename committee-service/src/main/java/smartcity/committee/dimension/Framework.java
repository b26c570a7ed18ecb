package smartcity.committee.dimension;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import smartcity.committee.resolution.ResolutionRepository;

/** The smart-city framework's use cases: reading it, and extending it with a new dimension. */
@ApplicationScoped
public class Framework {

    private final DimensionRepository dimensions;
    private final ResolutionRepository resolutions;

    public Framework(DimensionRepository dimensions, ResolutionRepository resolutions) {
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
