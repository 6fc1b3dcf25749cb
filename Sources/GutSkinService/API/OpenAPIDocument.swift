import Foundation

/// The OpenAPI 3.1 document served at /api/v1/openapi.yaml: the one copy is the SwiftPM resource
/// `Sources/GutSkinService/Resources/openapi.yaml` (docs/openapi.yaml is a link to it), copied by
/// the build into `gutskin_GutSkinService.resources` beside the executable. Found there, or in the
/// source tree the binary was built from; if neither is readable (a binary copied without its
/// resources) the service still starts and serves a short document saying so, never a trap.
enum OpenAPIDocument {
    static let resourceBundle = "gutskin_GutSkinService.resources"
    static let fileName = "openapi.yaml"

    /// The document, and where it was read (nil: the fallback).
    static let loaded: (yaml: String, source: URL?) = {
        for candidate in candidates {
            if let text = try? String(contentsOf: candidate, encoding: .utf8) { return (text, candidate) }
        }
        return (fallback, nil)
    }()

    static var yaml: String { loaded.yaml }

    /// Where the document may be: the resource bundle beside the executable (as SwiftPM's own
    /// `Bundle.module` looks), then the source tree this file was compiled from.
    static var candidates: [URL] {
        var folders = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL { folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent()) }
        if let resources = Bundle.main.resourceURL { folders.append(resources) }
        var urls = folders.map { $0.appendingPathComponent(resourceBundle).appendingPathComponent(fileName) }
        urls.append(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Resources").appendingPathComponent(fileName))
        return urls
    }

    /// Served when the document is missing: valid OpenAPI with no paths, naming what to install.
    static let fallback = """
        openapi: 3.1.0
        info:
          title: gutskin service
          version: 0.1.0
          description: >-
            The full API document was not found beside this gutskin executable
            (\(resourceBundle)/\(fileName)); copy that folder from the build next to the executable,
            or read docs/openapi.yaml in the gutskin source.
        paths: {}

        """
}
