extension DistanceMatrix {
    /// The index of the first value that is not a finite number ≥ 0, or nil. Each block of values
    /// is tested in a branch-free loop (the compiler vectorizes it); only a block holding a bad
    /// value is searched for it (a 5,452-sample matrix: 15 million values at memory speed).
    static func firstInvalidIndex<Element: BinaryFloatingPoint>(_ values: [Element]) -> Int? {
        let block = 4096
        return values.withUnsafeBufferPointer { buffer -> Int? in
            var start = 0
            while start < buffer.count {
                let end = min(buffer.count, start + block)
                var bad: UInt8 = 0
                for index in start..<end {
                    let value = buffer[index]
                    bad |= value >= 0 && value < .infinity ? 0 : 1
                }
                if bad != 0 { return (start..<end).first { !(buffer[$0] >= 0 && buffer[$0] < .infinity) } }
                start = end
            }
            return nil
        }
    }
}
