/// The body site a profile or a reference comes from.
public enum BodySite: String, Sendable, Codable, CaseIterable {
    case gut, skin
}
