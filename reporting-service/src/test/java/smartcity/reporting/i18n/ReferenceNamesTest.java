package smartcity.reporting.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceNamesTest {

    @Inject
    ReferenceNames names;

    @Test
    void agencyTypesAndLocalKindsAreNamedAsAgencyServiceNamesThem() {
        assertEquals(new Name("องค์กรปกครองส่วนท้องถิ่น", "Local administrative organisation"), names.agencyType("LOCAL_ADMINISTRATION"));
        assertEquals(new Name("รัฐวิสาหกิจ", "State enterprise"), names.agencyType("STATE_ENTERPRISE"));
        assertEquals(new Name("องค์การบริหารส่วนตำบล (อบต.)", "Subdistrict administrative organisation"),
                names.localKind("SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION"));
    }

    @Test
    void districtsAreNamedByTheirGeocode() {
        assertEquals(new Name("เมืองเชียงใหม่", "Mueang Chiang Mai"), names.district("5001"));
        assertEquals(new Name("กัลยาณิวัฒนา", "Galyani Vadhana"), names.district("5025"));
    }

    @Test
    void aCodeWithoutALabelIsNamedByItself() {
        assertEquals(new Name("NEW_KIND_OF_AGENCY", "NEW_KIND_OF_AGENCY"), names.agencyType("NEW_KIND_OF_AGENCY"));
        assertEquals(new Name("5026", "5026"), names.district("5026"));
    }

    @Test
    void aNameFallsBackToThaiWhenItHasNoEnglish() {
        assertEquals("หน่วยงาน", Name.thai("หน่วยงาน").in(Language.EN));
        assertEquals("Agency", new Name("หน่วยงาน", "Agency").in(Language.EN));
        assertEquals("หน่วยงาน", new Name("หน่วยงาน", "Agency").in(Language.TH));
    }
}
