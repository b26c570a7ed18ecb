package smartcity.committee.api;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A problem's {@code instance}: the request path as a valid URI reference. What a client sent in a path segment is
 * echoed escaped ({@code /agencies/%3Cx%3E}), never as the decoded text ({@code /agencies/<x>}), which is not a URI and
 * which {@link URI#create} refuses with an exception that would turn a 4xx into a 500.
 */
public final class ProblemInstance {

    private ProblemInstance() {
    }

    /** @param decodedPath the request path as JAX-RS gives it ({@code UriInfo.getPath()}: percent-decoded) */
    public static URI of(String decodedPath) {
        if (decodedPath == null) {
            return null;
        }
        try {
            // the multi-argument constructor quotes every character that is not legal in a path, '%' included;
            // toASCIIString also quotes what is not ASCII (Thai)
            return URI.create(new URI(null, null, decodedPath, null).toASCIIString());
        } catch (URISyntaxException e) {
            // only a path that is relative and has a ':' in its first segment; request paths start with '/'
            return null;
        }
    }

    /** @param rawPath the request path as it came on the wire: kept when it is a URI reference, else escaped whole */
    public static URI ofRawPath(String rawPath) {
        try {
            return rawPath == null ? null : new URI(rawPath);
        } catch (URISyntaxException e) {
            return of(rawPath);
        }
    }
}
