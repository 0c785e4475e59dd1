import FollowUpKit

/// Today's date on this machine's clock and time zone: the driver's job, never the engine's.
enum LocalDate {
  static func today() -> CivilDate {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return CivilDate(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
      ?? CivilDate(dayNumber: Int(now / 86_400))
  }
}
