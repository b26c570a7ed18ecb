/**
 * What the committees' meetings resolved. Below the features that cite a resolution (restructurings, dimensions,
 * assignments) and below the meetings that record them, so that each of them depends on it and it on none of them.
 */
package smartcity.committee.resolution;
