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
}
