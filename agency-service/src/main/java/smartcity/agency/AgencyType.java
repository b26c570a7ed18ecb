package smartcity.agency;

/** The kinds of organisation in Thai public administration that take part in the programme. */
public enum AgencyType {
    CENTRAL_GOVERNMENT("ราชการส่วนกลาง", "Central government unit"),
    PROVINCIAL_GOVERNMENT("ราชการส่วนภูมิภาค", "Provincial government unit"),
    LOCAL_ADMINISTRATION("องค์กรปกครองส่วนท้องถิ่น", "Local administrative organisation"),
    STATE_ENTERPRISE("รัฐวิสาหกิจ", "State enterprise"),
    PUBLIC_ORGANIZATION("องค์การมหาชน", "Public organisation"),
    EDUCATIONAL_INSTITUTION("สถาบันการศึกษา", "Educational institution"),
    PRIVATE_SECTOR("ภาคเอกชนและสมาคม", "Private sector or association"),
    OTHER("อื่น ๆ", "Other");

    private final String nameTh;
    private final String nameEn;

    AgencyType(String nameTh, String nameEn) {
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
