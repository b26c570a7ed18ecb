package smartcity.reporting.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which callback URLs the service will call. Only https, or http for the hosts listed as allowed; no credentials in the
 * URL; and, against server-side request forgery, no host that resolves to a loopback, private, link-local, multicast or
 * unspecified address unless it is listed as an allowed internal host. Checked when a subscription is created and again
 * before every attempt, since what a name resolves to can change.
 */
public class CallbackUrlPolicy {

    /** Resolves a host name to its addresses (DNS in production; a table in tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHttpHosts;
    private final Set<String> allowedInternalHosts;
    private final Resolver resolver;

    public CallbackUrlPolicy(Set<String> allowedHttpHosts, Set<String> allowedInternalHosts, Resolver resolver) {
        this.allowedHttpHosts = lowerCase(allowedHttpHosts);
        this.allowedInternalHosts = lowerCase(allowedInternalHosts);
        this.resolver = resolver;
    }

    /** What is wrong with the URL; empty when it may be called. */
    public List<String> problems(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return List.of("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : bare(uri.getHost().toLowerCase(Locale.ROOT));
        if (!uri.isAbsolute() || host == null || host.isEmpty()) {
            return List.of("must be an absolute https URL with a host");
        }
        List<String> problems = new ArrayList<>();
        if ("http".equals(scheme)) {
            if (!allowedHttpHosts.contains(host)) {
                problems.add("must use https (http is allowed only for the configured hosts)");
            }
        } else if (!"https".equals(scheme)) {
            problems.add("must use https");
        }
        if (uri.getRawUserInfo() != null) {
            problems.add("must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            problems.add("must not have a fragment");
        }
        if (!problems.isEmpty() || allowedInternalHosts.contains(host)) {
            return problems;
        }
        try {
            for (InetAddress address : resolver.resolve(host)) {
                if (internal(address)) {
                    problems.add("must not point to a loopback, private, link-local or otherwise internal address");
                    break;
                }
            }
        } catch (UnknownHostException e) {
            problems.add("the host does not resolve");
        }
        return problems;
    }

    /** Loopback, private (RFC 1918, IPv6 unique local), shared (RFC 6598), link-local, multicast or unspecified. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            boolean v4Compatible = true; // ::a.b.c.d and ::ffff:a.b.c.d carry an IPv4 address: judge that one
            for (int i = 0; i < 10; i++) {
                v4Compatible &= b[i] == 0;
            }
            if (v4Compatible && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
                try {
                    return internal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static Set<String> lowerCase(Set<String> hosts) {
        return hosts.stream().map(h -> bare(h.strip().toLowerCase(Locale.ROOT))).collect(java.util.stream.Collectors.toSet());
    }
}
