/// The challenge schedule as a file the person follows and gutskin reads back: `#` lines carry
/// the settings, then one row per day.
///
/// ```
/// # gutskin diary challenge
/// # item	dairy
/// # start	2026-04-01
/// # block_days	2
/// # lag	1
/// # seed	7
/// date	block	plan
/// 2026-04-01	1	eat dairy
/// 2026-04-02	1	eat dairy
/// 2026-04-03	2	avoid dairy
/// ```
extension ChallengeSchedule {
    public func tsv() -> String {
        var lines = [
            "# gutskin diary challenge: follow the plan each day and log foods and symptoms as usual",
            "# item\t\(item)", "# start\t\(start)", "# days\t\(days)", "# block_days\t\(blockLength)",
            "# lag\t\(lag)", "# seed\t\(seed)", "date\tblock\tplan",
        ]
        for day in 0..<days {
            lines.append("\(start.adding(days: day))\t\(day / blockLength + 1)\t\(eats(onDay: day) ? "eat" : "avoid") \(item)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a schedule written by `tsv()`; the plan rows must agree with the settings.
    public static func parse(text: String, file: String) throws(DiaryError) -> ChallengeSchedule {
        var settings: [String: (String, Int)] = [:]
        var plans: [(date: DiaryDate, eat: Bool, line: Int)] = []
        var sawHeader = false
        for (index, line) in DiaryTSV.lines(of: text).enumerated() {
            let number = index + 1
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { DiaryTSV.trim($0) }
            if cells.allSatisfy(\.isEmpty) { continue }
            if cells[0].hasPrefix("#") {
                let key = cells[0].dropFirst().trimmingPrefixSpaces()
                if cells.count == 2 { settings[key] = (cells[1], number) }
                continue
            }
            if !sawHeader {
                guard cells.map({ $0.lowercased() }) == ["date", "block", "plan"] else {
                    throw DiaryError(file: file, line: number, .other("expected the header 'date, block, plan' (tab-separated)"))
                }
                sawHeader = true
                continue
            }
            guard cells.count == 3, let date = DiaryDate(cells[0]) else {
                throw DiaryError(file: file, line: number, column: 1, columnName: "date", .badDate(cells[0]))
            }
            let plan = cells[2].lowercased()
            guard plan.hasPrefix("eat") || plan.hasPrefix("avoid") else {
                throw DiaryError(
                    file: file, line: number, column: 3, columnName: "plan", .other("plan '\(cells[2])' is neither eat nor avoid"))
            }
            plans.append((date, plan.hasPrefix("eat"), number))
        }
        func setting(_ key: String) throws(DiaryError) -> (String, Int) {
            guard let value = settings[key] else { throw DiaryError(file: file, .other("the schedule has no '# \(key)' line")) }
            return value
        }
        func integer(_ key: String) throws(DiaryError) -> Int {
            let (text, line) = try setting(key)
            guard let value = Int(text), value >= 0 else {
                throw DiaryError(file: file, line: line, .other("'\(text)' is not a whole number (\(key))"))
            }
            return value
        }
        let (item, _) = try setting("item")
        let (startText, startLine) = try setting("start")
        guard let start = DiaryDate(startText) else { throw DiaryError(file: file, line: startLine, .badDate(startText)) }
        let days = try integer("days")
        let blockLength = try integer("block_days")
        let lag = try integer("lag")
        let (seedText, seedLine) = try setting("seed")
        guard let seed = UInt64(seedText) else { throw DiaryError(file: file, line: seedLine, .other("'\(seedText)' is not a seed")) }
        if let problem = problem(days: days, blockLength: blockLength) { throw DiaryError(file: file, .other(problem)) }
        guard plans.count == days else { throw DiaryError(file: file, .other("the schedule lists \(plans.count) days but says \(days)")) }
        var eat = [Bool](repeating: false, count: days / blockLength)
        for (offset, plan) in plans.enumerated() {
            guard plan.date == start.adding(days: offset) else {
                throw DiaryError(
                    file: file, line: plan.line, column: 1, columnName: "date",
                    .other("expected \(start.adding(days: offset)): days must follow each other from the start"))
            }
            if offset % blockLength == 0 { eat[offset / blockLength] = plan.eat }
            guard eat[offset / blockLength] == plan.eat else {
                throw DiaryError(file: file, line: plan.line, column: 3, columnName: "plan", .other("a block's days must share one plan"))
            }
        }
        guard eat.filter({ $0 }).count * 2 == eat.count else {
            throw DiaryError(file: file, .other("half the blocks must be eating blocks"))
        }
        return ChallengeSchedule(item: item, start: start, days: days, blockLength: blockLength, lag: lag, seed: seed, eat: eat)
    }
}

extension Substring {
    fileprivate func trimmingPrefixSpaces() -> String { String(drop(while: { $0 == " " })) }
}
