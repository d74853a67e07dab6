/// ISO 8601 date prefixes as stored and filtered on: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
enum DatePrefix {
    /// 1 for a year, 2 for a month, 3 for a day; nil when `text` is not a valid prefix.
    static func precision(of text: String) -> Int? {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
                value = value * 10 + Int(bytes[i] - 0x30)
            }
            return value
        }
        switch bytes.count {
        case 4:
            return number(0..<4) == nil ? nil : 1
        case 7:
            guard number(0..<4) != nil, bytes[4] == 0x2D, let month = number(5..<7), (1...12).contains(month) else { return nil }
            return 2
        case 10:
            guard number(0..<4) != nil, bytes[4] == 0x2D, let month = number(5..<7), (1...12).contains(month),
                  bytes[7] == 0x2D, let day = number(8..<10), (1...31).contains(day) else { return nil }
            return 3
        default:
            return nil
        }
    }

    /// True when `refined` says the same as `coarse`, more precisely ("2023-06-14" refines "2023-06").
    static func refines(_ refined: String, _ coarse: String) -> Bool {
        refined.count > coarse.count && refined.hasPrefix(coarse)
    }
}
