/**
 * Corrections of records by JSON Merge Patch (RFC 7396): the one If-Match check and merge that meetings, resolutions,
 * dimensions and assignments share. Below those features, above the platform's {@code api} and {@code persistence}.
 */
package smartcity.committee.correction;
