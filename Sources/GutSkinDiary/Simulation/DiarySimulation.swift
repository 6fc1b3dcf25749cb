import Foundation
import GutSkinCore

/// Simulated diaries for the honesty tests, the benchmark and trying the commands: symptoms follow
/// an AR(1) process (xₜ = φ xₜ₋₁ + εₜ) around a baseline, optionally with slow drift, rounded to whole
/// points on 0–10; items are eaten at random, optionally in runs (a two-state Markov chain) or more
/// often as the weeks pass; an optional planted effect adds points to one symptom `lag` days after one item.
public struct DiarySimulation: Sendable {
    public enum Drift: String, Sendable, CaseIterable {
        case none
        /// A straight rise of `driftSize` points over the diary.
        case linear
        /// One slow wave (a season) of amplitude `driftSize`.
        case seasonal
    }

    /// An effect to plant: `size` points on `symptom` `lag` days after `item`.
    public struct PlantedEffect: Sendable {
        public var item: String
        public var symptom: String
        public var lag: Int
        public var size: Double

        public init(item: String, symptom: String, lag: Int, size: Double) {
            self.item = item
            self.symptom = symptom
            self.lag = lag
            self.size = size
        }
    }

    public var days = 60
    public var items: [String] = ["milk", "bread", "apple", "coffee"]
    public var symptoms: [String] = ["itch", "redness"]
    public var autocorrelation = 0.5
    public var noise = 1.2
    public var baseline = 4.0
    public var exposureProbability = 0.4
    /// Mean run length of eating an item (1: independent days).
    public var meanRun = 1.0
    /// Eating probability rises from (p − this) to (p + this) over the diary.
    public var exposureDrift = 0.0
    public var drift = Drift.none
    public var driftSize = 0.0
    public var planted: [PlantedEffect] = []
    public var start = DiaryDate(year: 2026, month: 1, day: 1)

    public init() {}

    /// A diary drawn from `generator`: one food row per item eaten, one row per symptom per day.
    public func diary(using generator: inout some RandomNumberGenerator) -> Diary {
        var entries: [DiaryEntry] = []
        var eaten = [[Bool]](repeating: [Bool](repeating: false, count: days), count: items.count)
        for item in items.indices {
            var state = false
            for t in 0..<days {
                let progress = days > 1 ? Double(t) / Double(days - 1) : 0
                let p = min(0.95, max(0.02, exposureProbability + exposureDrift * (2 * progress - 1)))
                if meanRun <= 1 || t == 0 {
                    state = Double.random(in: 0..<1, using: &generator) < p
                } else {
                    // Stay with probability 1 − 1/meanRun; switch so that the long-run share is p.
                    let leave = 1 / meanRun
                    let enter = leave * p / (1 - p)
                    state =
                        state
                        ? Double.random(in: 0..<1, using: &generator) >= leave
                        : Double.random(in: 0..<1, using: &generator) < min(1, enter)
                }
                eaten[item][t] = state
            }
        }
        var series = [[Double]]()
        for _ in symptoms {
            var x = 0.0
            let stationary = noise / max(1e-9, (1 - autocorrelation * autocorrelation)).squareRoot()
            x = Self.normal(using: &generator) * stationary
            var values = [Double]()
            for t in 0..<days {
                if t > 0 { x = autocorrelation * x + noise * Self.normal(using: &generator) }
                let progress = days > 1 ? Double(t) / Double(days - 1) : 0
                let trend: Double =
                    switch drift {
                    case .none: 0
                    case .linear: driftSize * (progress - 0.5)
                    case .seasonal: driftSize * sin(2 * Double.pi * progress)
                    }
                values.append(baseline + x + trend)
            }
            series.append(values)
        }
        for effect in planted {
            guard let item = items.firstIndex(of: effect.item), let symptom = symptoms.firstIndex(of: effect.symptom) else { continue }
            for t in 0..<days where t - effect.lag >= 0 && eaten[item][t - effect.lag] { series[symptom][t] += effect.size }
        }
        for t in 0..<days {
            let date = start.adding(days: t)
            for item in items.indices where eaten[item][t] { entries.append(DiaryEntry(date: date, kind: .food, item: items[item])) }
            for (s, name) in symptoms.enumerated() {
                entries.append(DiaryEntry(date: date, kind: .symptom, item: name, value: min(10, max(0, series[s][t].rounded()))))
            }
        }
        return Diary(entries: entries)
    }

    /// A standard normal draw (Box–Muller).
    static func normal(using generator: inout some RandomNumberGenerator) -> Double {
        let u = Double.random(in: Double.ulpOfOne..<1, using: &generator)
        let v = Double.random(in: 0..<1, using: &generator)
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
