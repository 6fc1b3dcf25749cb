/// Checks an attribute message (type 0x000C) inside a version-1 object header before libhdf5
/// decodes it: libhdf5 1.10 copies the attribute's name and data out of the message without
/// checking that they fit, a heap overflow the biom-hdf5 fuzz target found. The name must end
/// inside its field and the data (elements × element size) inside the message (HDF5 File Format
/// Specification v3.0, IV.A.2.m attribute, IV.A.2.b dataspace, IV.A.2.d datatype).
enum HDF5AttributeMessageCheck {
    /// A reason when the attribute message at `start` (its `size` bytes) would overrun, else nil.
    static func problem(_ raw: UnsafeRawBufferPointer, at start: Int, size: Int, offsetSize: Int, lengthSize: Int) -> String? {
        guard start >= 0, size >= 8, size <= raw.count - start else { return nil }  // the header walk refuses those
        let version = raw[start]
        guard (1...3).contains(version) else { return nil }  // libhdf5 refuses other versions itself
        func padded(_ length: Int) -> Int { version == 1 ? (length + 7) / 8 * 8 : length }
        let nameSize = Int(raw.load(fromByteOffset: start + 2, as: UInt8.self)) | Int(raw[start + 3]) << 8
        let typeSize = Int(raw[start + 4]) | Int(raw[start + 5]) << 8
        let spaceSize = Int(raw[start + 6]) | Int(raw[start + 7]) << 8
        let name = start + (version == 3 ? 9 : 8)
        let type = name + padded(nameSize)
        let space = type + padded(typeSize)
        let data = space + padded(spaceSize)
        let end = start + size
        let place = "attribute message at byte \(start)"
        guard data <= end, nameSize >= 1, typeSize >= 8, spaceSize >= 2 else {
            return "\(place) has parts larger than the message (corrupt file?)"
        }
        guard (name..<(name + nameSize)).contains(where: { raw[$0] == 0 }) else {
            return "\(place) has a name without its end (corrupt file?)"
        }
        if let problem = datatypeProblem(raw, at: type, size: typeSize) { return "\(place): \(problem)" }
        // Element size: the datatype's size field; a variable-length value is stored as length, heap address, index.
        let typeClass = raw[type] & 0x0F
        var elementSize = 0
        for index in (0..<4).reversed() { elementSize = elementSize << 8 | Int(raw[type + 4 + index]) }
        if typeClass == 9 { elementSize = 8 + offsetSize }
        // Elements: the product of the dataspace's dimensions (a scalar has one, a null space none).
        let spaceVersion = raw[space]
        let rank = Int(raw[space + 1])
        if spaceVersion == 2, spaceSize >= 4, raw[space + 3] == 2 { return nil }
        let dimensions = space + (spaceVersion == 1 ? 8 : 4)
        guard dimensions + rank * lengthSize <= space + spaceSize else {
            return "\(place) has a dataspace larger than its field (corrupt file?)"
        }
        var elements = 1
        for axis in 0..<rank {
            var extent = 0
            for index in (0..<lengthSize).reversed() { extent = extent << 8 | Int(raw[dimensions + axis * lengthSize + index]) }
            let (product, overflow) = elements.multipliedReportingOverflow(by: extent)
            guard !overflow, extent >= 0 else { return "\(place) has a dataspace too large to hold (corrupt file?)" }
            elements = product
        }
        let (bytes, overflow) = elements.multipliedReportingOverflow(by: elementSize)
        guard !overflow, bytes <= end - data else {
            return "\(place) holds \(elements) values of \(elementSize) bytes, more than its \(end - data) (corrupt file?)"
        }
        return nil
    }

    /// Bytes a datatype description of each class gutskin reads takes (8-byte header and properties):
    /// integer, floating point, string, variable-length (whose base type follows).
    static let datatypeSizes: [UInt8: Int] = [0: 12, 1: 20, 3: 8, 9: 8]

    /// A reason when the datatype description at `start` (`size` bytes) is of a class gutskin does
    /// not read or shorter than its class needs: libhdf5 decodes enum, compound and array members
    /// past a short description (found by fuzzing), and BIOM and distance-matrix files use none.
    static func datatypeProblem(_ raw: UnsafeRawBufferPointer, at start: Int, size: Int) -> String? {
        guard start >= 0, size >= 1, size <= raw.count - start else { return "a datatype lies outside the file (corrupt file?)" }
        let typeClass = raw[start] & 0x0F
        guard let needed = datatypeSizes[typeClass] else { return "datatype class \(typeClass) is not read by gutskin (corrupt file?)" }
        guard size >= needed else { return "a datatype of class \(typeClass) is cut short (corrupt file?)" }
        guard typeClass == 9 else { return nil }
        let baseClass = raw[start + 8] & 0x0F
        guard baseClass != 9, let baseNeeded = datatypeSizes[baseClass], size >= 8 + baseNeeded else {
            return "a variable-length datatype has a base of class \(baseClass) or is cut short (corrupt file?)"
        }
        return nil
    }
}
