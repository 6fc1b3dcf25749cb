import Foundation
import NIOPosix

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which webhook URLs gutskin may POST to. A webhook is a request the server makes on a client's
/// behalf, so a URL pointing inside the server's network (loopback, RFC 1918 and unique-local
/// addresses, link-local including the cloud metadata address 169.254.169.254, unspecified,
/// multicast) would let a client probe or call what only the server can reach (SSRF). The host is
/// checked as written and every address it resolves to, at registration and again before each
/// delivery (a name may be re-pointed in between). `--allow-private-webhooks` lifts the address
/// rule (tests with a receiver on loopback); the scheme rule (http or https) always holds.
struct WebhookAddressPolicy: Sendable {
    /// True only under `gutskin serve --allow-private-webhooks`.
    var allowPrivateAddresses: Bool

    /// Why a URL is refused, in one line for the client.
    struct Refusal: Error, CustomStringConvertible {
        let description: String
        /// False when the host did not resolve (perhaps for a while): a delivery is tried again later.
        var permanent = true
    }

    /// Checks `address` (scheme, host, what the host resolves to); throws `Refusal`.
    func check(_ address: String) async throws {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme) else {
            throw Refusal(description: "webhook_url must be an http(s) URL")
        }
        guard var host = url.host, !host.isEmpty else { throw Refusal(description: "webhook_url has no host") }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !allowPrivateAddresses else { return }
        let lowered = host.lowercased()
        if lowered == "localhost" || lowered.hasSuffix(".localhost") {
            throw Refusal(description: "webhook_url must not point at this server's own or a private network (\(host))")
        }
        let addresses = try await Self.resolve(host)
        guard !addresses.isEmpty else { throw Refusal(description: "webhook_url's host \(host) does not resolve", permanent: false) }
        for address in addresses where !Self.isPublic(address) {
            throw Refusal(description: "webhook_url must not point at this server's own or a private network (\(host))")
        }
    }

    /// An IP address as bytes: 4 for IPv4, 16 for IPv6.
    typealias IPAddress = [UInt8]

    /// False for loopback, private, shared (CGNAT), link-local, unspecified, multicast, reserved and
    /// documentation-only ranges, in IPv4 and IPv6 (IPv4-mapped and NAT64 IPv6 addresses are
    /// judged by the IPv4 address they carry).
    static func isPublic(_ address: IPAddress) -> Bool {
        if address.count == 4 { return isPublicIPv4(address) }
        guard address.count == 16 else { return false }
        let mapped: [UInt8] = Array(repeating: 0, count: 10) + [0xff, 0xff]
        if Array(address.prefix(12)) == mapped { return isPublicIPv4(Array(address.suffix(4))) }
        let nat64: [UInt8] = [0x00, 0x64, 0xff, 0x9b] + Array(repeating: 0, count: 8)
        if Array(address.prefix(12)) == nat64 { return isPublicIPv4(Array(address.suffix(4))) }
        if address.prefix(15).allSatisfy({ $0 == 0 }) { return false }  // :: and ::1
        if address[0] & 0xfe == 0xfc { return false }  // fc00::/7 unique local
        if address[0] == 0xfe && address[1] & 0xc0 == 0x80 { return false }  // fe80::/10 link-local
        if address[0] == 0xfe && address[1] & 0xc0 == 0xc0 { return false }  // fec0::/10 site-local (deprecated)
        if address[0] == 0xff { return false }  // multicast
        if address[0] == 0x20 && address[1] == 0x01 && address[2] == 0x0d && address[3] == 0xb8 { return false }  // 2001:db8::/32
        return true
    }

    private static func isPublicIPv4(_ a: IPAddress) -> Bool {
        switch (a[0], a[1]) {
        case (0, _), (10, _), (127, _): return false  // "this network", RFC 1918, loopback
        case (100, 64...127): return false  // shared address space (CGNAT), RFC 6598
        case (169, 254): return false  // link-local, cloud metadata
        case (172, 16...31), (192, 168): return false  // RFC 1918
        case (192, 0) where a[2] == 0 || a[2] == 2: return false  // IETF protocol assignments, TEST-NET-1
        case (198, 18...19): return false  // benchmarking
        case (198, 51) where a[2] == 100, (203, 0) where a[2] == 113: return false  // TEST-NET-2, -3
        case (224...255, _): return false  // multicast, reserved, broadcast
        default: return true
        }
    }

    /// Every address `host` resolves to (an IP literal resolves to itself), through getaddrinfo on
    /// the blocking-call thread pool; [] when it does not resolve.
    static func resolve(_ host: String) async throws -> [IPAddress] {
        try await NIOThreadPool.singleton.runIfActive {
            var hints = addrinfo()
            hints.ai_family = AF_UNSPEC
            #if canImport(Glibc)
                hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
            #else
                hints.ai_socktype = SOCK_STREAM
            #endif
            var list: UnsafeMutablePointer<addrinfo>?
            guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else { return [] }
            defer { freeaddrinfo(first) }
            var addresses = [IPAddress]()
            var next: UnsafeMutablePointer<addrinfo>? = first
            while let entry = next {
                if let socketAddress = entry.pointee.ai_addr {
                    switch Int32(socketAddress.pointee.sa_family) {
                    case AF_INET:
                        socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { ipv4 in
                            withUnsafeBytes(of: ipv4.pointee.sin_addr) { addresses.append(Array($0)) }
                        }
                    case AF_INET6:
                        socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { ipv6 in
                            withUnsafeBytes(of: ipv6.pointee.sin6_addr) { addresses.append(Array($0)) }
                        }
                    default: break
                    }
                }
                next = entry.pointee.ai_next
            }
            return addresses
        }
    }
}
