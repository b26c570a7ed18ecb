package smartcity.agency.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A district (amphoe) of Chiang Mai, identified by its TIS 1099 geocode. Reference data: loaded by migration, read-only. */
@Entity
@Table(name = "district")
public class District {

    @Id
    @Column(name = "code", length = 4)
    private String code;

    @Column(name = "name_th", nullable = false, length = 100)
    private String nameTh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    protected District() {
        // for Hibernate
    }

    public String code() {
        return code;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }
}
