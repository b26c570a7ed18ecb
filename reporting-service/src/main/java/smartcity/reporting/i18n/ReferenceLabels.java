package smartcity.reporting.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Names of the codes that reporting-service receives from agency-service: agency types and local-administration
 * kinds (agency-service's {@code AgencyType} and {@code LocalAdministrationKind}) and Chiang Mai's 25 districts by
 * TIS 1099 geocode (agency-service's district table). English here, Thai in {@code messages/ref_th.properties}.
 * Read them through {@link ReferenceNames}, which also copes with a code this table does not know yet.
 */
@MessageBundle(value = "ref", locale = "en")
public interface ReferenceLabels {

    // agency types
    @Message("Central government unit")
    String agencyType_CENTRAL_GOVERNMENT();

    @Message("Provincial government unit")
    String agencyType_PROVINCIAL_GOVERNMENT();

    @Message("Local administrative organisation")
    String agencyType_LOCAL_ADMINISTRATION();

    @Message("State enterprise")
    String agencyType_STATE_ENTERPRISE();

    @Message("Public organisation")
    String agencyType_PUBLIC_ORGANIZATION();

    @Message("Educational institution")
    String agencyType_EDUCATIONAL_INSTITUTION();

    @Message("Private sector or association")
    String agencyType_PRIVATE_SECTOR();

    @Message("Other")
    String agencyType_OTHER();


    // kinds of local administrative organisation
    @Message("Provincial administrative organisation")
    String localKind_PROVINCIAL_ADMINISTRATIVE_ORGANIZATION();

    @Message("City municipality")
    String localKind_CITY_MUNICIPALITY();

    @Message("Town municipality")
    String localKind_TOWN_MUNICIPALITY();

    @Message("Subdistrict municipality")
    String localKind_SUBDISTRICT_MUNICIPALITY();

    @Message("Subdistrict administrative organisation")
    String localKind_SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION();


    // districts of Chiang Mai, by TIS 1099 geocode
    @Message("Mueang Chiang Mai")
    String district_5001();

    @Message("Chom Thong")
    String district_5002();

    @Message("Mae Chaem")
    String district_5003();

    @Message("Chiang Dao")
    String district_5004();

    @Message("Doi Saket")
    String district_5005();

    @Message("Mae Taeng")
    String district_5006();

    @Message("Mae Rim")
    String district_5007();

    @Message("Samoeng")
    String district_5008();

    @Message("Fang")
    String district_5009();

    @Message("Mae Ai")
    String district_5010();

    @Message("Phrao")
    String district_5011();

    @Message("San Pa Tong")
    String district_5012();

    @Message("San Kamphaeng")
    String district_5013();

    @Message("San Sai")
    String district_5014();

    @Message("Hang Dong")
    String district_5015();

    @Message("Hot")
    String district_5016();

    @Message("Doi Tao")
    String district_5017();

    @Message("Omkoi")
    String district_5018();

    @Message("Saraphi")
    String district_5019();

    @Message("Wiang Haeng")
    String district_5020();

    @Message("Chai Prakan")
    String district_5021();

    @Message("Mae Wang")
    String district_5022();

    @Message("Mae On")
    String district_5023();

    @Message("Doi Lo")
    String district_5024();

    @Message("Galyani Vadhana")
    String district_5025();
}
