import Foundation

/// The compact binary form of property maps and label lists in the database file.
///
/// Each value is a tag byte followed by its payload: integers and dates as zig-zag
/// varints, floats as 8 little-endian bytes, strings as a varint length and UTF-8,
/// lists and maps as a varint count and their items. Since format v6 the other temporal
/// types follow: a local time as its nanosecond of the day; a time as that and a zig-zag
/// offset in seconds; a local date-time as zig-zag days and the nanosecond of the day; a
/// date-time as those, the offset and the zone name (empty for a fixed offset); a
/// duration as zig-zag months, days and seconds and its nanoseconds. Decoding checks every length
/// and tag, so a damaged record gives a `StorageError (CorruptRecord)`, never a crash.
enum ValueCodec {
    private enum Tag: UInt8 {
        case null = 0, `false` = 1, `true` = 2, int = 3, double = 4, string = 5, date = 6, list = 7, map = 8
        case localTime = 9, time = 10, localDateTime = 11, dateTime = 12, duration = 13
    }

    static func encode(_ properties: [(String, Value)]) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16 * properties.count + 1)
        writeVarint(UInt64(properties.count), to: &bytes)
        for (key, value) in properties {
            writeString(key, to: &bytes)
            write(value, to: &bytes)
        }
        return Data(bytes)
    }

    static func encode(labels: [String]) -> Data {
        var bytes: [UInt8] = []
        writeVarint(UInt64(labels.count), to: &bytes)
        for label in labels { writeString(label, to: &bytes) }
        return Data(bytes)
    }

    static func decodeProperties(_ data: Data) throws -> [(String, Value)] {
        try data.withUnsafeBytes { raw in
            var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
            let count = try reader.readCount()
            var result: [(String, Value)] = []
            result.reserveCapacity(count)
            for _ in 0..<count { result.append((try reader.readString(), try reader.readValue(depth: 0))) }
            try reader.expectEnd()
            return result
        }
    }

    static func decodeLabels(_ data: Data) throws -> [String] {
        try data.withUnsafeBytes { raw in
            var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
            let count = try reader.readCount()
            var labels: [String] = []
            for _ in 0..<count { labels.append(try reader.readString()) }
            try reader.expectEnd()
            return labels
        }
    }

    static func write(_ value: Value, to bytes: inout [UInt8]) {
        switch value {
        case .null: bytes.append(Tag.null.rawValue)
        case .bool(let flag): bytes.append(flag ? Tag.true.rawValue : Tag.false.rawValue)
        case .int(let integer):
            bytes.append(Tag.int.rawValue)
            writeVarint(zigzag(integer), to: &bytes)
        case .double(let float):
            bytes.append(Tag.double.rawValue)
            withUnsafeBytes(of: float.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        case .string(let text):
            bytes.append(Tag.string.rawValue)
            writeString(text, to: &bytes)
        case .date(let date):
            bytes.append(Tag.date.rawValue)
            writeVarint(zigzag(date.daysSinceEpoch), to: &bytes)
        case .localTime(let time):
            bytes.append(Tag.localTime.rawValue)
            writeVarint(UInt64(time.nanosecondOfDay), to: &bytes)
        case .time(let time):
            bytes.append(Tag.time.rawValue)
            writeVarint(UInt64(time.localTime.nanosecondOfDay), to: &bytes)
            writeVarint(zigzag(Int64(time.offsetSeconds)), to: &bytes)
        case .localDateTime(let dateTime):
            bytes.append(Tag.localDateTime.rawValue)
            writeVarint(zigzag(dateTime.date.daysSinceEpoch), to: &bytes)
            writeVarint(UInt64(dateTime.time.nanosecondOfDay), to: &bytes)
        case .dateTime(let dateTime):
            bytes.append(Tag.dateTime.rawValue)
            writeVarint(zigzag(dateTime.local.date.daysSinceEpoch), to: &bytes)
            writeVarint(UInt64(dateTime.local.time.nanosecondOfDay), to: &bytes)
            writeVarint(zigzag(Int64(dateTime.offsetSeconds)), to: &bytes)
            writeString(dateTime.zoneName ?? "", to: &bytes)
        case .duration(let duration):
            bytes.append(Tag.duration.rawValue)
            for part in [duration.months, duration.days, duration.seconds] { writeVarint(zigzag(part), to: &bytes) }
            writeVarint(UInt64(duration.nanoseconds), to: &bytes)
        case .list(let items):
            bytes.append(Tag.list.rawValue)
            writeVarint(UInt64(items.count), to: &bytes)
            for item in items { write(item, to: &bytes) }
        case .map(let entries):
            bytes.append(Tag.map.rawValue)
            writeVarint(UInt64(entries.count), to: &bytes)
            for (key, item) in entries.sorted(by: { $0.key < $1.key }) {
                writeString(key, to: &bytes)
                write(item, to: &bytes)
            }
        case .node, .edge, .path:
            preconditionFailure("graph elements are never stored as property values")
        }
    }

    static func zigzag(_ value: Int64) -> UInt64 {
        UInt64(bitPattern: (value << 1) ^ (value >> 63))
    }

    static func writeVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var remaining = value
        while remaining >= 0x80 {
            bytes.append(UInt8(remaining & 0x7F) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }

    static func writeString(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            writeVarint(UInt64(utf8.count), to: &bytes)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Reads what the `write` functions wrote, checking every length and tag.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>, position: Int = 0) {
            self.bytes = bytes
            self.position = position
        }

        static func corrupt(_ detail: String) -> ChainGraphError {
            .storage(.corruptRecord, "a stored record is damaged: \(detail)")
        }

        mutating func readByte() throws -> UInt8 {
            guard position < bytes.count else { throw Reader.corrupt("it ends early") }
            defer { position += 1 }
            return bytes[position]
        }

        mutating func readVarint() throws -> UInt64 {
            var result: UInt64 = 0, shift: UInt64 = 0
            while true {
                let byte = try readByte()
                guard shift < 64 else { throw Reader.corrupt("a number is too long") }
                result |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return result }
                shift += 7
            }
        }

        mutating func readCount() throws -> Int {
            let count = try readVarint()
            guard count <= UInt64(bytes.count - position) else { throw Reader.corrupt("a count exceeds the record") }
            return Int(count)
        }

        mutating func readSigned() throws -> Int64 {
            let raw = try readVarint()
            return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
        }

        mutating func readString() throws -> String {
            let length = try readCount()
            let slice = UnsafeBufferPointer(rebasing: bytes[position..<position + length])
            position += length
            // ASCII (names, ids, units) needs no validation: copied straight in.
            var high: UInt8 = 0
            for byte in slice { high |= byte }
            if high < 0x80 {
                return String(unsafeUninitializedCapacity: length) { buffer in
                    _ = buffer.initialize(fromContentsOf: slice)
                    return length
                }
            }
            guard let text = String(validating: slice, as: UTF8.self) else { throw Reader.corrupt("invalid UTF-8") }
            return text
        }

        mutating func readValue(depth: Int) throws -> Value {
            guard depth < 64 else { throw Reader.corrupt("values nest too deeply") }
            guard let tag = Tag(rawValue: try readByte()) else { throw Reader.corrupt("unknown value tag") }
            switch tag {
            case .null: return .null
            case .false: return .bool(false)
            case .true: return .bool(true)
            case .int: return .int(try readSigned())
            case .double:
                guard position + 8 <= bytes.count else { throw Reader.corrupt("a float ends early") }
                var bits: UInt64 = 0
                for index in 0..<8 { bits |= UInt64(bytes[position + index]) << (8 * UInt64(index)) }
                position += 8
                return .double(Double(bitPattern: bits))
            case .string: return .string(try readString())
            case .date: return .date(GraphDate(daysSinceEpoch: try readSigned()))
            case .localTime: return .localTime(try readTimeOfDay())
            case .time: return .time(GraphTime(localTime: try readTimeOfDay(), checkedOffset: try readOffset()))
            case .localDateTime:
                return .localDateTime(GraphLocalDateTime(date: GraphDate(daysSinceEpoch: try readSigned()), time: try readTimeOfDay()))
            case .dateTime:
                let local = GraphLocalDateTime(date: GraphDate(daysSinceEpoch: try readSigned()), time: try readTimeOfDay())
                let offset = try readOffset(), zone = try readString()
                return .dateTime(GraphDateTime(local: local, offsetSeconds: offset, zoneName: zone.isEmpty ? nil : zone))
            case .duration:
                let months = try readSigned(), days = try readSigned(), seconds = try readSigned()
                let nanoseconds = try readVarint()
                guard nanoseconds < UInt64(TemporalArithmetic.nanosecondsPerSecond),
                      let duration = try? GraphDuration(months: months, days: days, seconds: seconds, nanoseconds: Int64(nanoseconds)) else {
                    throw Reader.corrupt("a duration is out of range")
                }
                return .duration(duration)
            case .list:
                let count = try readCount()
                var items: [Value] = []
                items.reserveCapacity(count)
                for _ in 0..<count { items.append(try readValue(depth: depth + 1)) }
                return .list(items)
            case .map:
                let count = try readCount()
                var entries: [String: Value] = [:]
                for _ in 0..<count { entries[try readString()] = try readValue(depth: depth + 1) }
                return .map(entries)
            }
        }

        mutating func readTimeOfDay() throws -> GraphLocalTime {
            let nanoseconds = try readVarint()
            guard nanoseconds < UInt64(TemporalArithmetic.nanosecondsPerDay) else { throw Reader.corrupt("a time of day is out of range") }
            return GraphLocalTime(nanosecondOfDay: Int64(nanoseconds))
        }

        mutating func readOffset() throws -> Int32 {
            let offset = try readSigned()
            guard abs(offset) <= Int64(TimeZoneSpecifier.maximumOffset) else { throw Reader.corrupt("a UTC offset is out of range") }
            return Int32(offset)
        }

        func expectEnd() throws {
            guard position == bytes.count else { throw Reader.corrupt("trailing bytes") }
        }
    }
}
