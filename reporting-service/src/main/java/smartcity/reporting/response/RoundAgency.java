package smartcity.reporting.response;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** An agency in a round's population, as agency-service described it when the round opened. */
@Entity
@Table(name = "round_agency")
public class RoundAgency {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "round_id")
        UUID roundId;

        @Column(name = "agency_id")
        UUID agencyId;

        protected Key() {
        }

        public Key(UUID roundId, UUID agencyId) {
            this.roundId = roundId;
            this.agencyId = agencyId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.roundId.equals(roundId) && key.agencyId.equals(agencyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, agencyId);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name_th", nullable = false, length = 300)
    private String nameTh;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    @Column(name = "type", nullable = false, length = 40)
    private String type;

    @Column(name = "local_kind", length = 60)
    private String localKind;

    @Column(name = "district", length = 4)
    private String district;

    protected RoundAgency() {
    }

    public UUID roundId() {
        return key.roundId;
    }

    public UUID agencyId() {
        return key.agencyId;
    }

    public String code() {
        return code;
    }

    public String nameTh() {
        return nameTh;
    }

    public String type() {
        return type;
    }

    public String localKind() {
        return localKind;
    }

    public String district() {
        return district;
    }
}
