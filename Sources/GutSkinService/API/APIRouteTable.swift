import Foundation
import HTTPTypes

/// The /api/v1 paths and methods, read from the OpenAPI document the service serves, so that a
/// documented path called with another method answers 405 (with `Allow`) rather than 404, and the
/// document stays the one list of routes.
struct APIRouteTable: Sendable {
    struct Route: Sendable {
        let segments: [String]  // "{id}" matches any one segment
        let methods: [String]
    }

    let routes: [Route]

    static let documented = APIRouteTable(openAPI: OpenAPIDocument.yaml)

    init(openAPI: String) {
        var routes = [Route]()
        var path: String?
        var methods = [String]()
        func close() {
            if let path { routes.append(Route(segments: path.split(separator: "/").map(String.init), methods: methods)) }
        }
        var inPaths = false
        for line in openAPI.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "paths:" {
                inPaths = true
                continue
            }
            guard inPaths else { continue }
            if !line.hasPrefix(" ") && !line.isEmpty { break }  // the next top-level key
            if line.hasPrefix("  /"), line.hasSuffix(":"), !line.hasPrefix("   ") {
                close()
                path = String(line.dropFirst(2).dropLast())
                methods = []
            } else if line.hasPrefix("    "), !line.hasPrefix("     "), let method = line.dropFirst(4).split(separator: ":").first,
                ["get", "post", "put", "delete", "patch"].contains(String(method))
            {
                methods.append(method.uppercased())
            }
        }
        close()
        self.routes = routes
    }

    /// The methods documented for `path` (under /api/v1), or nil when no documented path matches.
    func allowedMethods(apiPath path: String) -> [String]? {
        let segments = path.split(separator: "/").map(String.init)
        let matches = routes.filter { route in
            route.segments.count == segments.count
                && zip(route.segments, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
        guard !matches.isEmpty else { return nil }
        return Array(Set(matches.flatMap(\.methods))).sorted()
    }
}
