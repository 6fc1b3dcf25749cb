import GutSkinAxis

/// Maps data values onto drawing coordinates, with tick values a reader can take in at a glance.
public struct LinearScale: Sendable {
    public let domain: ClosedRange<Double>
    /// Drawing coordinates of the domain's lower and upper bound (`start` > `end` for SVG's
    /// downward y axis).
    public let start: Double
    public let end: Double

    /// The drawing interval, lowest first.
    public var range: ClosedRange<Double> { min(start, end)...max(start, end) }

    /// A scale over `domain` onto an increasing drawing interval.
    public init(domain: ClosedRange<Double>, range: ClosedRange<Double>) {
        self.init(domain: domain, from: range.lowerBound, to: range.upperBound)
    }

    /// A scale over `domain` mapping its lower bound to `start` and its upper bound to `end`;
    /// a zero-width domain is widened so the mapping stays defined.
    public init(domain: ClosedRange<Double>, from start: Double, to end: Double) {
        if domain.upperBound > domain.lowerBound {
            self.domain = domain
        } else {
            let pad = max(abs(domain.lowerBound) * 0.05, 1e-9)
            self.domain = (domain.lowerBound - pad)...(domain.upperBound + pad)
        }
        self.start = start
        self.end = end
    }

    public func callAsFunction(_ value: Double) -> Double {
        let fraction = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        return start + fraction * (end - start)
    }

    /// Round tick values (1, 2 or 5 × 10^k apart) inside the domain, about `count` of them.
    public func ticks(count: Int = 5) -> [Double] {
        let span = domain.upperBound - domain.lowerBound
        // An infinite or vanishing span (a reading of 1e308) has no round ticks to find.
        guard span.isFinite, span > 0, domain.lowerBound.isFinite else { return [] }
        let rough = span / Double(max(count, 1))
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? power * 10
        var value = (domain.lowerBound / step).rounded(.up) * step
        var ticks = [Double]()
        while value <= domain.upperBound + step * 1e-9 && ticks.count <= 4 * max(count, 1) + 2 {
            ticks.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return ticks
    }

    /// The domain grown to the nearest round ticks, so axes start and end on labelled values.
    public func nice(count: Int = 5) -> LinearScale {
        let ticks = ticks(count: count)
        guard ticks.count >= 2 else { return self }
        let step = ticks[1] - ticks[0]
        let low = ticks[0] > domain.lowerBound ? ticks[0] - step : ticks[0]
        let high = ticks[ticks.count - 1] < domain.upperBound ? ticks[ticks.count - 1] + step : ticks[ticks.count - 1]
        return LinearScale(domain: low...high, from: start, to: end)
    }
}
