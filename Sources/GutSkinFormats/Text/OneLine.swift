/// Messages for people are one line: line ends and tabs that come from a file (a quoted cell, an
/// id, a lower layer's text) are written as `\n`, `\r`, `\t`; other line separators become spaces.
public enum OneLine {
    public static func text(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "\n": result += "\\n"
            case "\r", "\r\n": result += "\\r"
            case "\t": result += "\\t"
            default: result.append(character.isNewline ? " " : character)
            }
        }
        return result
    }
}
