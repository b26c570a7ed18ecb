package smartcity.agency;

/** The kinds of local administrative organisation (องค์กรปกครองส่วนท้องถิ่น). */
public enum LocalAdministrationKind {
    PROVINCIAL_ADMINISTRATIVE_ORGANIZATION("องค์การบริหารส่วนจังหวัด (อบจ.)", "Provincial administrative organisation"),
    CITY_MUNICIPALITY("เทศบาลนคร", "City municipality"),
    TOWN_MUNICIPALITY("เทศบาลเมือง", "Town municipality"),
    SUBDISTRICT_MUNICIPALITY("เทศบาลตำบล", "Subdistrict municipality"),
    SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION("องค์การบริหารส่วนตำบล (อบต.)", "Subdistrict administrative organisation");

    private final String nameTh;
    private final String nameEn;

    LocalAdministrationKind(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }
}
