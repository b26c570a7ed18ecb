package smartcity.reporting.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which callback URLs the service will call. Only https, or http for the hosts listed as allowed; a port from 1 to
 * 65535; no credentials in the URL; and, against server-side request forgery, no host that resolves to an address that
 * is not globally reachable ({@link #internal}) unless it is listed as an allowed internal host. Checked when a
 * subscription is created and again before every attempt, since what a name resolves to can change.
 */
public class CallbackUrlPolicy {

    /** Resolves a host name to its addresses (DNS in production; a table in tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A block of addresses (a prefix and its length) and what the registry calls it. */
    record Block(byte[] prefix, int bits, String purpose) {

        static Block of(String cidr, String purpose) {
            int slash = cidr.indexOf('/');
            try {
                // address literals only: getByName resolves nothing for them
                byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
                int bits = Integer.parseInt(cidr.substring(slash + 1));
                if (bits < 0 || bits > prefix.length * 8) {
                    throw new IllegalArgumentException("not a block: " + cidr);
                }
                return new Block(prefix, bits, purpose);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    /**
     * The IPv4 addresses that are not globally reachable: every block of the IANA IPv4 Special-Purpose Address Registry
     * (RFC 6890) whose "Globally Reachable" is False or N/A, plus multicast, which is in a registry of its own. Inside
     * 192.0.0.0/24 the registry marks two anycast service addresses (PCP, TURN) reachable: no webhook receiver lives
     * there, so the block is refused whole. Java's {@code InetAddress.isXxx} checks know only part of this table.
     */
    static final List<Block> IPV4_NOT_GLOBAL = List.of(
            Block.of("0.0.0.0/8", "\"this network\" (RFC 791)"),
            Block.of("10.0.0.0/8", "private use (RFC 1918)"),
            Block.of("100.64.0.0/10", "shared address space, carrier-grade NAT (RFC 6598)"),
            Block.of("127.0.0.0/8", "loopback (RFC 1122)"),
            Block.of("169.254.0.0/16", "link local (RFC 3927)"),
            Block.of("172.16.0.0/12", "private use (RFC 1918)"),
            Block.of("192.0.0.0/24", "IETF protocol assignments (RFC 6890)"),
            Block.of("192.0.2.0/24", "documentation, TEST-NET-1 (RFC 5737)"),
            Block.of("192.88.99.0/24", "6to4 relay anycast, deprecated (RFC 7526)"),
            Block.of("192.168.0.0/16", "private use (RFC 1918)"),
            Block.of("198.18.0.0/15", "benchmarking (RFC 2544)"),
            Block.of("198.51.100.0/24", "documentation, TEST-NET-2 (RFC 5737)"),
            Block.of("203.0.113.0/24", "documentation, TEST-NET-3 (RFC 5737)"),
            Block.of("224.0.0.0/4", "multicast (RFC 5771)"),
            Block.of("240.0.0.0/4", "reserved (RFC 1112)"),
            Block.of("255.255.255.255/32", "limited broadcast (RFC 919)"));

    /** Global unicast, the only IPv6 space allocated for the internet (IANA IPv6 Address Space registry). */
    static final Block IPV6_GLOBAL_UNICAST = Block.of("2000::/3", "global unicast (RFC 4291)");

    /**
     * The IPv6 addresses that are not globally reachable: every block of the IANA IPv6 Special-Purpose Address Registry
     * whose "Globally Reachable" is False or N/A, and the translation prefixes, which lead to an IPv4 address that a
     * translator on the way chooses (NAT64 64:ff9b::/96 is marked reachable, yet 64:ff9b::10.0.0.1 is 10.0.0.1 behind the
     * provider's NAT64). 2001::/23 is refused whole: the few entries inside it marked reachable are protocol anycast,
     * relays and ORCHID identifiers, no place for a webhook receiver. The blocks outside 2000::/3 are listed for the
     * record; {@link #internal} refuses everything outside 2000::/3 anyway. (IPv4-mapped ::ffff:0:0/96 is not listed:
     * Java turns such an address into the IPv4 address it maps, which is judged as that.)
     */
    static final List<Block> IPV6_NOT_GLOBAL = List.of(
            Block.of("::/128", "unspecified (RFC 4291)"),
            Block.of("::1/128", "loopback (RFC 4291)"),
            Block.of("64:ff9b::/96", "IPv4/IPv6 translation, NAT64 (RFC 6052)"),
            Block.of("64:ff9b:1::/48", "local-use IPv4/IPv6 translation (RFC 8215)"),
            Block.of("100::/64", "discard-only (RFC 6666)"),
            Block.of("100:0:0:1::/64", "dummy prefix (RFC 9780)"),
            Block.of("2001::/23", "IETF protocol assignments (RFC 2928): Teredo 2001::/32 (RFC 4380), benchmarking, ORCHID"),
            Block.of("2001:db8::/32", "documentation (RFC 3849)"),
            Block.of("2002::/16", "6to4 (RFC 3056)"),
            Block.of("3fff::/20", "documentation (RFC 9637)"),
            Block.of("5f00::/16", "segment routing SIDs (RFC 9602)"),
            Block.of("fc00::/7", "unique local (RFC 4193)"),
            Block.of("fe80::/10", "link-local unicast (RFC 4291)"),
            Block.of("fec0::/10", "site-local, deprecated (RFC 3879)"),
            Block.of("ff00::/8", "multicast (RFC 4291)"));

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
        // URI takes any number as a port (-1: none given); the HTTP client would throw on one out of range
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            problems.add("must have a port from 1 to 65535");
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
                    problems.add("must not point to an address that is not globally reachable (loopback, private, "
                            + "link-local, documentation, benchmarking, reserved, translated or otherwise special)");
                    break;
                }
            }
        } catch (UnknownHostException e) {
            problems.add("the host does not resolve");
        }
        return problems;
    }

    /**
     * Whether the address is not globally reachable: in a block of {@link #IPV4_NOT_GLOBAL}, or an IPv6 address outside
     * global unicast (2000::/3) or in a block of {@link #IPV6_NOT_GLOBAL}.
     */
    static boolean internal(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return IPV4_NOT_GLOBAL.stream().anyMatch(block -> block.contains(bytes));
        }
        return !IPV6_GLOBAL_UNICAST.contains(bytes) || IPV6_NOT_GLOBAL.stream().anyMatch(block -> block.contains(bytes));
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static Set<String> lowerCase(Set<String> hosts) {
        return hosts.stream().map(h -> bare(h.strip().toLowerCase(Locale.ROOT))).collect(Collectors.toSet());
    }
}
