import GutSkinAxis

/// The timeline section of a report (and of the service's history page): each score by date
/// with the events marked, then for each event the change of every score from the last sample
/// before to the first after, set against healthy people's usual visit-to-visit change.
public enum TimelineSection {
    public static func html(_ timeline: PersonTimeline, headingLevel: Int = 2, id: String = "timeline") -> String {
        let h = "h\(headingLevel)"
        let sub = "h\(headingLevel + 1)"
        var html = "<section id=\"\(id)\"><\(h)>Over time</\(h)>"
        let dates = timeline.points.map(\.date)
        html += "<p>\(timeline.points.count) sample\(timeline.points.count == 1 ? "" : "s") of \(HTMLText.escape(timeline.subject))"
        if let first = dates.first, let last = dates.last { html += first == last ? " on \(first)" : " from \(first) to \(last)" }
        html += ", scored against \(HTMLText.escape(timeline.reference)).</p>"
        html += changesHTML(timeline, heading: sub)
        html += "<\(sub)>Each score by date</\(sub)>"
        for score in timeline.scoreIDs {
            html += "<figure class=\"timeline-score\">\(TimelineChart.svg(timeline, score: score))"
            html += "<figcaption>\(HTMLText.escape(score.title))</figcaption></figure>"
        }
        return html + "</section>\n"
    }

    static func changesHTML(_ timeline: PersonTimeline, heading: String) -> String {
        var html = ""
        if timeline.events.isEmpty {
            html +=
                "<p class=\"muted\">No events were given; name one (a probiotic started, a diet changed) to see the change around it.</p>"
        }
        for label in timeline.eventsWithoutChange {
            html += "<p class=\"muted\">\(HTMLText.escape(label)): no sample on both sides of this event, so no change can be shown.</p>"
        }
        for change in timeline.changes {
            html += "<\(heading)>Around “\(HTMLText.escape(change.event))” (\(change.eventDate))</\(heading)>"
            html +=
                "<p>From \(HTMLText.escape(change.beforeSample)) (\(change.beforeDate)) to \(HTMLText.escape(change.afterSample)) (\(change.afterDate)).</p>"
            html += "<div class=\"scroll table-scroll\"><table class=\"timeline-changes\"><thead><tr><th scope=\"col\">Score</th>"
            html += "<th scope=\"col\">Before</th><th scope=\"col\">After</th><th scope=\"col\">Change</th>"
            html +=
                "<th scope=\"col\">Usual change (95% of healthy people move less)</th><th scope=\"col\">Compared with usual</th></tr></thead><tbody>"
            for score in change.scores {
                func show(_ value: Double?) -> String { value.map { score.id.formatted($0) } ?? "–" }
                let signed = score.change.map { ($0 > 0 ? "+" : $0 < 0 ? "−" : "") + score.id.formatted(abs($0)) } ?? "–"
                let bound = score.usualBound95.map { "±\(score.id.formatted($0)) (\(score.people ?? 0) people)" } ?? "not known"
                let verdict = score.verdict ?? (score.change == nil ? "no value at both dates" : "no usual change known")
                let mark = score.verdict == ScoreChangeJudgement.beyondWords ? " class=\"beyond\"" : ""
                html += "<tr><td>\(HTMLText.escape(score.title))</td><td class=\"number\">\(show(score.before))</td>"
                html += "<td class=\"number\">\(show(score.after))</td><td class=\"number\">\(signed)</td>"
                html += "<td class=\"number\">\(bound)</td><td\(mark)>\(HTMLText.escape(verdict))</td></tr>"
            }
            html += "</tbody></table></div>"
        }
        if !timeline.changes.isEmpty {
            let resting = timeline.usualChangePeople.map {
                " The usual change comes from \($0) healthy people of \(HTMLText.escape(timeline.reference)) sampled twice."
            }
            html +=
                "<p class=\"note\">\(HTMLText.escape(PersonTimeline.rule))\(resting ?? " This reference records no usual change, so no change is judged.")</p>"
        }
        return html
    }
}
