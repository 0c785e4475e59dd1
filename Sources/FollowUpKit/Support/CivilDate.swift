/// A day on the calendar, with no time of day and no time zone.
///
/// The engine never reads a clock: the driver passes "today" in as a `CivilDate`, and the
/// interview day is resolved against it. Keeping dates as plain year-month-day values means a
/// recorded dialogue replays identically in any time zone, on any day.
///
/// ```swift
/// let today = CivilDate(year: 2026, month: 11, day: 27)
/// today.adding(days: -1)  // 2026-11-26
/// today.weekday           // .friday
/// ```
public struct CivilDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Creates a date, or returns nil when the day does not exist (30 February, month 13).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CivilDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  private init(unchecked year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// `YYYY-MM-DD`.
  public var iso: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public var description: String { iso }

  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date `dayNumber` days after 1970-01-01 (Howard Hinnant's `civil_from_days`).
  public init(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    self.init(unchecked: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// The date on `day` of this month, or of last month when that day is still to come: "the
  /// 20th" said on the 1st is the 20th just gone. Nil when that month has no such day.
  func latest(onDay day: Int) -> CivilDate? {
    guard day > self.day else { return CivilDate(year: year, month: month, day: day) }
    return month == 1
      ? CivilDate(year: year - 1, month: 12, day: day)
      : CivilDate(year: year, month: month - 1, day: day)
  }

  /// Whole days from `self` to `other` (positive when `other` is later).
  public func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

  public var weekday: Weekday {
    // 1970-01-01 was a Thursday.
    let index = ((dayNumber % 7) + 7 + 3) % 7  // 0 = Monday
    return Weekday.allCases[index]
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CivilDate(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "Expected a YYYY-MM-DD date, got \(text.prefix(40))")
    }
    self = date
  }
}

/// A day of the week, Monday first as on most calendars outside the US.
public enum Weekday: Int, CaseIterable, Sendable, Codable {
  case monday, tuesday, wednesday, thursday, friday, saturday, sunday

  /// The English name, capitalised: "Tuesday".
  public var name: String {
    switch self {
    case .monday: "Monday"
    case .tuesday: "Tuesday"
    case .wednesday: "Wednesday"
    case .thursday: "Thursday"
    case .friday: "Friday"
    case .saturday: "Saturday"
    case .sunday: "Sunday"
    }
  }
}

/// English month names, for reading "12 March" and writing "on 12 March".
enum MonthName {
  static let full = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
}
