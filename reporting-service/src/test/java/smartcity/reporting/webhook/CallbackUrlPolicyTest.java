package smartcity.reporting.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackUrlPolicyTest {

    /** A DNS that knows a few names. */
    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.example.org", List.of("93.184.216.34"),
            "rebound.example.org", List.of("93.184.216.34", "127.0.0.1"),
            "intranet.example.org", List.of("10.20.30.40"),
            "localhost", List.of("127.0.0.1", "::1"));

    private static CallbackUrlPolicy policy(Set<String> httpHosts, Set<String> internalHosts) {
        return new CallbackUrlPolicy(httpHosts, internalHosts, host -> {
            List<String> addresses = DNS.get(host);
            if (addresses == null && !host.matches("[0-9a-f.:]+")) {
                throw new UnknownHostException(host);
            }
            if (addresses == null) {
                addresses = List.of(host); // an address literal
            }
            InetAddress[] resolved = new InetAddress[addresses.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = InetAddress.getByName(addresses.get(i));
            }
            return resolved;
        });
    }

    @Test
    void localhostIsRefusedUnlessItIsAllowed() {
        CallbackUrlPolicy strict = policy(Set.of(), Set.of());
        assertFalse(strict.problems("http://localhost:8089/hook").isEmpty());
        assertFalse(strict.problems("https://localhost:8089/hook").isEmpty(), "https does not make loopback safe");
        assertFalse(strict.problems("https://127.0.0.1/hook").isEmpty());
        assertTrue(policy(Set.of("localhost"), Set.of("localhost")).problems("http://localhost:8089/hook").isEmpty());
        assertFalse(policy(Set.of("localhost"), Set.of()).problems("http://localhost:8089/hook").isEmpty(),
                "allowing http is not allowing an internal address");
    }

    @Test
    void aNameIsJudgedByEveryAddressItResolvesTo() {
        CallbackUrlPolicy strict = policy(Set.of(), Set.of());
        assertEquals(List.of(), strict.problems("https://hooks.example.org/smartcity"));
        assertFalse(strict.problems("https://rebound.example.org/hook").isEmpty());
        assertFalse(strict.problems("https://intranet.example.org/hook").isEmpty());
        assertTrue(policy(Set.of(), Set.of("intranet.example.org")).problems("https://intranet.example.org/hook").isEmpty());
        assertEquals(List.of("the host does not resolve"), strict.problems("https://nowhere.invalid/hook"));
    }

    @Test
    void everyInternalRangeIsRefused() throws UnknownHostException {
        for (String address : List.of("127.0.0.1", "10.0.0.1", "172.16.0.1", "192.168.0.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd12:3456::1", "::ffff:169.254.169.254",
                "::ffff:10.0.0.1")) {
            assertTrue(CallbackUrlPolicy.internal(InetAddress.getByName(address)), address + " is internal");
        }
        for (String address : List.of("93.184.216.34", "1.1.1.1", "2606:4700:4700::1111", "172.32.0.1", "100.128.0.1")) {
            assertFalse(CallbackUrlPolicy.internal(InetAddress.getByName(address)), address + " is public");
        }
    }

    @Test
    void onlyHttpsOrAllowedHttpWithoutCredentials() {
        CallbackUrlPolicy policy = policy(Set.of("hooks.example.org"), Set.of());
        assertTrue(policy.problems("http://hooks.example.org/hook").isEmpty());
        assertFalse(policy(Set.of(), Set.of()).problems("http://hooks.example.org/hook").isEmpty());
        assertFalse(policy.problems("ftp://hooks.example.org/hook").isEmpty());
        assertFalse(policy.problems("file:///etc/passwd").isEmpty());
        assertFalse(policy.problems("https://user:secret@hooks.example.org/hook").isEmpty());
        assertFalse(policy.problems("/relative/hook").isEmpty());
    }

    @ParameterizedTest(name = "{0} is not globally reachable")
    @ValueSource(strings = {
            // IPv4 special-purpose registry: documentation, benchmarking, reserved, protocol assignments, 6to4 relay
            "192.0.2.1", "192.0.2.255", "198.51.100.7", "203.0.113.9", "198.18.0.1", "198.19.255.254", "240.0.0.1",
            "254.1.2.3", "192.0.0.8", "192.0.0.170", "192.88.99.1",
            // IPv6: NAT64 (well-known and local-use), 6to4, Teredo and the rest of 2001::/23, documentation, discard,
            // segment routing, deprecated site-local, multicast, IPv4-compatible
            "64:ff9b::a00:1", "64:ff9b::808:808", "64:ff9b:1::1", "2002:c000:204::1", "2002:a00:1::1",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:2::1", "2001:10::1", "2001:db8::1", "3fff::1", "100::1",
            "5f00::1", "fec0::1", "ff02::1", "ff0e::1", "::a00:1", "::5db8:d822"})
    void reservedDocumentationAndTranslatedRangesAreRefused(String address) throws UnknownHostException {
        assertTrue(CallbackUrlPolicy.internal(InetAddress.getByName(address)), address + " is not global");
        assertFalse(policy(Set.of(), Set.of()).problems("https://" + (address.contains(":") ? "[" + address + "]" : address)
                + "/hook").isEmpty(), "a callback to " + address + " is refused");
    }

    @ParameterizedTest(name = "{0} is global")
    @ValueSource(strings = {"192.0.3.1", "192.0.1.255", "198.17.255.255", "198.20.0.1", "203.0.114.1", "223.255.255.255",
            "2001:4860:4860::8888", "2001:200::1", "2003::1", "2400:cb00::1"})
    void theGlobalNeighboursOfThoseRangesAreAccepted(String address) throws UnknownHostException {
        assertFalse(CallbackUrlPolicy.internal(InetAddress.getByName(address)), address + " is global");
        assertEquals(List.of(), policy(Set.of(), Set.of()).problems("https://"
                + (address.contains(":") ? "[" + address + "]" : address) + "/hook"));
    }

    @Test
    void aPortOutside1To65535IsRefusedEvenForAnAllowedLocalReceiver() {
        CallbackUrlPolicy local = policy(Set.of("localhost", "127.0.0.1"), Set.of("localhost", "127.0.0.1"));
        for (String url : List.of("http://127.0.0.1:99999/hook", "http://localhost:0/hook", "http://localhost:65536/hook",
                "https://hooks.example.org:0/hook", "https://hooks.example.org:99999/hook")) {
            assertEquals(List.of("must have a port from 1 to 65535"), local.problems(url), url);
        }
        for (String url : List.of("http://127.0.0.1:1/hook", "http://localhost:65535/hook", "http://localhost/hook",
                "https://hooks.example.org:8443/hook")) {
            assertEquals(List.of(), local.problems(url), url);
        }
    }

    @Test
    void theLocalReceiverAllowanceStillCoversLoopback() {
        assertEquals(List.of(), policy(Set.of("localhost", "127.0.0.1"), Set.of("localhost", "127.0.0.1"))
                .problems("http://127.0.0.1:8089/hooks/1"));
    }
}
