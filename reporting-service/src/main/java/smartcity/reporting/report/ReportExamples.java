package smartcity.reporting.report;

/** Examples for the OpenAPI document: the figures of Chiang Mai's 2022 survey as the province reported them. */
final class ReportExamples {

    private ReportExamples() {
    }

    static final String SHARES_19_72 = "\"running\":{\"count\":19,\"percent\":20.9,\"wholePercent\":21},"
            + "\"none\":{\"count\":72,\"percent\":79.1,\"wholePercent\":79},"
            + "\"notResponded\":{\"count\":0,\"percent\":0.0,\"wholePercent\":0}";

    static final String DATA_AS_OF = "\"dataAsOf\":{\"reporting-service\":\"2022-06-06T03:00:00Z\","
            + "\"agency-service\":\"2022-06-06T02:59:58Z\"},\"warnings\":[]";

    static final String PARTICIPATION = "{\"roundId\":\"0b8f5d6e-4a51-4c1e-9d0a-2f1e4b7c9a10\","
            + "\"roundCode\":\"SMART-CITY-2565\",\"titleTh\":\"สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565\","
            + "\"titleEn\":\"Smart-city work survey, fiscal year 2022\"," + DATA_AS_OF + ","
            + "\"overall\":{\"group\":\"ALL\",\"label\":\"หน่วยงานที่สำรวจทั้งหมด\",\"labelTh\":\"หน่วยงานที่สำรวจทั้งหมด\","
            + "\"labelEn\":\"All agencies surveyed\",\"surveyed\":91,\"responded\":91," + SHARES_19_72 + "},"
            + "\"byType\":[{\"group\":\"LOCAL_ADMINISTRATION\",\"label\":\"องค์กรปกครองส่วนท้องถิ่น\","
            + "\"labelTh\":\"องค์กรปกครองส่วนท้องถิ่น\",\"labelEn\":\"Local administrative organisation\",\"surveyed\":40,"
            + "\"responded\":40,\"running\":{\"count\":3,\"percent\":7.5,\"wholePercent\":8},"
            + "\"none\":{\"count\":37,\"percent\":92.5,\"wholePercent\":92},"
            + "\"notResponded\":{\"count\":0,\"percent\":0.0,\"wholePercent\":0}}],"
            + "\"byLocalKind\":[],\"byDistrict\":[]}";

    static final String PARTICIPATION_CSV = "breakdown,group,label,surveyed,responded,running,running_percent,"
            + "running_whole_percent,none,none_percent,none_whole_percent,not_responded,not_responded_percent,"
            + "not_responded_whole_percent\r\n"
            + "overall,ALL,หน่วยงานที่สำรวจทั้งหมด,91,91,19,20.9,21,72,79.1,79,0,0.0,0\r\n"
            + "type,LOCAL_ADMINISTRATION,องค์กรปกครองส่วนท้องถิ่น,40,40,3,7.5,8,37,92.5,92,0,0.0,0\r\n";

    static final String PARTICIPATION_CSV_EN = "breakdown,group,label,surveyed,responded,running,running_percent,"
            + "running_whole_percent,none,none_percent,none_whole_percent,not_responded,not_responded_percent,"
            + "not_responded_whole_percent\r\n"
            + "overall,ALL,All agencies surveyed,91,91,19,20.9,21,72,79.1,79,0,0.0,0\r\n"
            + "type,LOCAL_ADMINISTRATION,Local administrative organisation,40,40,3,7.5,8,37,92.5,92,0,0.0,0\r\n";

    static final String TREND = "{" + DATA_AS_OF + ",\"rounds\":[{\"roundId\":\"0b8f5d6e-4a51-4c1e-9d0a-2f1e4b7c9a10\","
            + "\"roundCode\":\"SMART-CITY-2565\",\"titleTh\":\"สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565\","
            + "\"titleEn\":\"Smart-city work survey, fiscal year 2022\",\"periodStart\":\"2021-10-01\","
            + "\"periodEnd\":\"2022-09-30\",\"status\":\"CLOSED\",\"surveyed\":91,\"responded\":91," + SHARES_19_72
            + ",\"projects\":0,\"budgetThb\":0}]}";

    static final String DATA_AS_OF_BOTH = "\"dataAsOf\":{\"reporting-service\":\"2022-06-06T03:00:00Z\","
            + "\"agency-service\":\"2022-06-06T02:59:58Z\",\"committee-service\":\"2022-06-06T02:59:57Z\"},\"warnings\":[]";

    static final String PEO = "{\"id\":\"3f0c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b\",\"code\":\"CM-PEO\","
            + "\"name\":\"สำนักงานพลังงานจังหวัดเชียงใหม่\",\"nameTh\":\"สำนักงานพลังงานจังหวัดเชียงใหม่\","
            + "\"nameEn\":\"Chiang Mai Provincial Energy Office\",\"status\":\"ACTIVE\"}";

    static final String PEA = "{\"id\":\"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"code\":\"CM-PEA\","
            + "\"name\":\"การไฟฟ้าส่วนภูมิภาคจังหวัดเชียงใหม่\",\"nameTh\":\"การไฟฟ้าส่วนภูมิภาคจังหวัดเชียงใหม่\","
            + "\"nameEn\":\"Provincial Electricity Authority Chiang Mai Province Office\",\"status\":\"ACTIVE\"}";

    static final String DIMENSIONS = "{\"roundId\":\"0b8f5d6e-4a51-4c1e-9d0a-2f1e4b7c9a10\",\"roundCode\":\"SMART-CITY-2565\","
            + "\"asOf\":\"2022-06-06\",\"asOfText\":\"6 มิ.ย. 2565\",\"asOfTextTh\":\"6 มิ.ย. 2565\","
            + "\"asOfTextEn\":\"6 Jun 2022 (B.E. 2565)\"," + DATA_AS_OF_BOTH + ",\"dimensions\":[{"
            + "\"dimensionId\":\"6d1c9a10-0003-4c3e-9a51-5c1b2e7f0003\",\"code\":\"SMART_ENERGY\","
            + "\"name\":\"ด้านพลังงานอัจฉริยะ\",\"nameTh\":\"ด้านพลังงานอัจฉริยะ\",\"nameEn\":\"Smart Energy\","
            + "\"lead\":[" + PEO + "],\"supporting\":[" + PEA + "],\"projects\":2,\"agencies\":[" + PEA + "],"
            + "\"budgetThb\":4500000.00,\"gaps\":[]},{\"dimensionId\":\"6d1c9a10-0008-4c3e-9a51-5c1b2e7f0008\","
            + "\"code\":\"TRADE_INVESTMENT\",\"name\":\"ด้านการค้าและการลงทุนอัจฉริยะ\","
            + "\"nameTh\":\"ด้านการค้าและการลงทุนอัจฉริยะ\",\"nameEn\":\"Smart Trade and Investment\",\"lead\":[],"
            + "\"supporting\":[],\"projects\":0,\"agencies\":[],\"budgetThb\":0,\"gaps\":[\"NO_LEAD\",\"NO_PROJECTS\"]}]}";

    static final String DIMENSIONS_CSV = "dimension_code,dimension_name,lead_agencies,supporting_agencies,projects,"
            + "agencies,budget_thb,gaps\r\n"
            + "SMART_ENERGY,ด้านพลังงานอัจฉริยะ,CM-PEO,CM-PEA,2,CM-PEA,4500000.00,\r\n"
            + "TRADE_INVESTMENT,ด้านการค้าและการลงทุนอัจฉริยะ,,,0,,0,NO_LEAD;NO_PROJECTS\r\n";

    static final String COMMITTEE = "{\"asOf\":\"2022-06-06\",\"asOfText\":\"6 มิ.ย. 2565\",\"asOfTextTh\":\"6 มิ.ย. 2565\","
            + "\"asOfTextEn\":\"6 Jun 2022 (B.E. 2565)\"," + DATA_AS_OF_BOTH
            + ",\"committees\":[{\"committeeId\":\"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9\",\"code\":\"CM-SMART-CITY\","
            + "\"name\":\"คณะกรรมการการพัฒนาเมืองอัจฉริยะ (Smart City) ของจังหวัดเชียงใหม่\","
            + "\"nameTh\":\"คณะกรรมการการพัฒนาเมืองอัจฉริยะ (Smart City) ของจังหวัดเชียงใหม่\","
            + "\"nameEn\":\"Chiang Mai Smart City Development Committee\",\"seats\":7,\"filled\":5,"
            + "\"vacant\":2,\"vacancies\":[{\"seatId\":\"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\",\"role\":\"MEMBER\","
            + "\"title\":\"กรรมการ\",\"titleTh\":\"กรรมการ\",\"titleEn\":\"Member\",\"position\":\"สถิติจังหวัดเชียงใหม่\"}],"
            + "\"lapsed\":[{\"seatId\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"title\":\"กรรมการ\",\"titleTh\":\"กรรมการ\","
            + "\"titleEn\":\"Member\",\"position\":\"พลังงานจังหวัดเชียงใหม่\","
            + "\"personId\":\"3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f\",\"name\":\"พลังงานจังหวัดเชียงใหม่คนก่อน\","
            + "\"nameTh\":\"พลังงานจังหวัดเชียงใหม่คนก่อน\",\"nameEn\":\"Former Chiang Mai Provincial Energy Officer\","
            + "\"reason\":\"POSITION_NO_LONGER_HELD\"}],"
            + "\"lastMeeting\":{\"meetingId\":\"4d5e6f7a-8b9c-4d0e-1f2a-3b4c5d6e7f8a\",\"heldOn\":\"2022-06-06\","
            + "\"heldOnText\":\"6 มิ.ย. 2565\",\"heldOnTextTh\":\"6 มิ.ย. 2565\",\"heldOnTextEn\":\"6 Jun 2022 (B.E. 2565)\"},"
            + "\"openResolutions\":[{\"resolutionId\":\"5e6f7a8b-9c0d-4e1f-2a3b-4c5d6e7f8a9b\","
            + "\"meetingHeldOn\":\"2022-06-06\",\"number\":1,\"kind\":\"RESTRUCTURE\","
            + "\"text\":\"ให้ปรับโครงสร้างและอำนาจหน้าที่ของคณะกรรมการ\",\"textTh\":\"ให้ปรับโครงสร้างและอำนาจหน้าที่ของคณะกรรมการ\","
            + "\"textEn\":\"To restructure the composition and duties of the committee\",\"followUp\":\"IN_PROGRESS\","
            + "\"dueOn\":\"2022-07-01\"}]}]}";

    static final String COMMITTEE_CSV = "committee_code,committee_name,seats,filled,vacant,lapsed,last_meeting,"
            + "open_resolutions\r\n"
            + "CM-SMART-CITY,คณะกรรมการการพัฒนาเมืองอัจฉริยะ (Smart City) ของจังหวัดเชียงใหม่,7,5,2,1,2022-06-06,1\r\n";

    static final String COMMITTEE_CSV_EN = "committee_code,committee_name,seats,filled,vacant,lapsed,last_meeting,"
            + "open_resolutions\r\n"
            + "CM-SMART-CITY,Chiang Mai Smart City Development Committee,7,5,2,1,2022-06-06,1\r\n";

    static final String SCORECARD = "{\"agencyId\":\"3f0c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b\",\"code\":\"CM-PEO\","
            + "\"name\":\"สำนักงานพลังงานจังหวัดเชียงใหม่\",\"nameTh\":\"สำนักงานพลังงานจังหวัดเชียงใหม่\","
            + "\"nameEn\":\"Chiang Mai Provincial Energy Office\",\"type\":\"PROVINCIAL_GOVERNMENT\","
            + "\"typeName\":\"ราชการส่วนภูมิภาค\",\"typeNameTh\":\"ราชการส่วนภูมิภาค\","
            + "\"typeNameEn\":\"Provincial government unit\",\"district\":\"5001\",\"districtName\":\"เมืองเชียงใหม่\","
            + "\"districtNameTh\":\"เมืองเชียงใหม่\",\"districtNameEn\":\"Mueang Chiang Mai\","
            + "\"status\":\"ACTIVE\"," + DATA_AS_OF_BOTH + ",\"responsibilities\":[{\"dimensionCode\":\"SMART_ENERGY\","
            + "\"dimension\":\"ด้านพลังงานอัจฉริยะ\",\"dimensionTh\":\"ด้านพลังงานอัจฉริยะ\",\"dimensionEn\":\"Smart Energy\","
            + "\"role\":\"LEAD\",\"startDate\":\"2022-06-06\",\"endDate\":null,"
            + "\"current\":true}],\"projects\":[{\"titleTh\":\"โซลาร์รูฟท็อปในสถานที่ราชการ\",\"titleEn\":\"Rooftop solar on "
            + "government buildings\",\"dimensions\":[\"SMART_ENERGY\"],\"status\":\"ONGOING\",\"budgetThb\":3000000.00,"
            + "\"startsOn\":\"2021-10-01\",\"endsOn\":\"2022-09-30\"}],\"projectsRoundCode\":\"SMART-CITY-2565\","
            + "\"surveys\":[{\"roundId\":\"0b8f5d6e-4a51-4c1e-9d0a-2f1e4b7c9a10\",\"roundCode\":\"SMART-CITY-2565\","
            + "\"title\":\"สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565\","
            + "\"titleTh\":\"สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565\","
            + "\"titleEn\":\"Smart-city work survey, fiscal year 2022\",\"periodStart\":\"2021-10-01\","
            + "\"periodEnd\":\"2022-09-30\",\"status\":\"CLOSED\",\"surveyed\":true,\"answered\":true,"
            + "\"runsSmartCityProjects\":true,\"projects\":1}]}";
}
