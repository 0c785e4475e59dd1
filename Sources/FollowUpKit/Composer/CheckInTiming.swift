/// When to send the notes after the first, from the interview day, what they said about
/// timing, the check-ins already sent and today's date (an input, never the clock).
///
/// The advice: the first note within a day; a check-in after the date they gave, or about a
/// week to ten days after the interview when they gave none; a second check-in about a week
/// after the first; never a third. A check-in asked for too early is still written, with the
/// day to send it.
///
/// ```swift
/// let plan = CheckInTiming(interview: tuesday, heard: nil, checkIns: 0, lastCheckIn: nil)
/// plan.sendDate   // the Wednesday a week after
/// plan.advice(today: thursday)  // "It's only been two days ... wait until Wednesday 2 December"
/// ```
public struct CheckInTiming: Hashable, Sendable {
  /// The day of the interview, when known.
  public var interview: CivilDate?
  /// The day they said the person would hear by, when they gave one.
  public var heard: CivilDate?
  /// Check-ins already sent.
  public var checkIns: Int
  /// The day the last one went, when known.
  public var lastCheckIn: CivilDate?

  /// Days after the interview a check-in waits when they gave no date: a week to ten days.
  public static let quietDays = 7...10
  /// Days after the first check-in the second waits.
  public static let secondCheckInDays = 7
  /// The most check-ins worth sending.
  public static let maximumCheckIns = 2

  public init(interview: CivilDate?, heard: CivilDate?, checkIns: Int, lastCheckIn: CivilDate?) {
    self.interview = interview
    self.heard = heard
    self.checkIns = checkIns
    self.lastCheckIn = lastCheckIn
  }

  /// Whether another check-in is still worth sending.
  public var mayCheckIn: Bool { checkIns < Self.maximumCheckIns }

  /// The first day the next check-in may go, or nil when no day is known (or none should go).
  public var sendDate: CivilDate? {
    guard mayCheckIn else { return nil }
    if checkIns >= 1 {
      return lastCheckIn.map { $0.adding(days: Self.secondCheckInDays) }
    }
    if let heard { return heard.adding(days: 1) }
    return interview.map { $0.adding(days: Self.quietDays.lowerBound) }
  }

  /// The advice on sending the next check-in, as of `today`.
  public func advice(today: CivilDate) -> String {
    guard mayCheckIn else {
      return
        "You've checked in twice already, so I'd leave it there: a third note starts to read as pressure. If they're interested they'll be in touch, and your energy is better spent on your other applications."
    }
    let second = checkIns >= 1
    guard let date = sendDate else {
      if second {
        return
          "A second check-in is fine, and the last one: send it about a week after your first."
      }
      return
        "Send it the day after the date they gave you, or about a week to ten days after the interview if they gave none."
    }
    let when = Self.spoken(date, today: today)
    let wait = today.days(until: date)
    let reason: String
    if second {
      reason = "a week after your first check-in"
    } else if heard != nil {
      reason = "the day after the date they gave you"
    } else {
      reason = "a week after the interview"
    }
    let last = second ? " Make it the last one: after two, leave the next move to them." : ""
    if wait > 0 {
      let since = interview.map { $0.days(until: today) }
      let opening: String
      if let since, since >= 0, !second {
        opening = since == 1 ? "It's only been a day" : "It's only been \(since) days"
      } else {
        opening = "It's a little early"
      }
      return
        "\(opening): wait until \(when), \(reason), before you send it. The note is ready for then.\(last)"
    }
    let why: String
    if second {
      why = "it's been a week since your first check-in"
    } else if heard != nil {
      why = "the date they gave you has passed"
    } else {
      why = "it's been \(interview.map { $0.days(until: today) } ?? 7) days since the interview"
    }
    return "Send it today: \(why), so a short check-in is just right now.\(last)"
  }

  /// The answer to "should I send another one?": whether a next check-in is worth it, and
  /// the day. `checkIns` counts the notes sent, the one in hand included.
  public func nextAdvice(today: CivilDate) -> String {
    guard mayCheckIn else { return advice(today: today) }
    guard let date = sendDate else { return advice(today: today) }
    let day = Self.spoken(date, today: today)
    let due = today.days(until: date) <= 0
    if checkIns == 0 {
      let reason =
        heard != nil ? "the day after the date they gave you" : "a week after the interview"
      return due
        ? "If you haven't heard back, a short check-in is the next step, and today is a good day to send it."
        : "If you haven't heard back by \(day), \(reason), a short check-in is the next step."
    }
    return due
      ? "One more check-in is fine, and it should be the last: if there's still no reply, send it today. After that, leave the next move to them."
      : "One more check-in is fine, and it should be the last: if there's still no reply, send it on \(day), a week after your first. After that, leave the next move to them."
  }

  /// "Friday 4 December", with the year when it is not this year's.
  public static func spoken(_ date: CivilDate, today: CivilDate) -> String {
    "\(date.weekday.name) \(date.day) \(MonthName.full[date.month - 1])"
      + (date.year != today.year ? " \(date.year)" : "")
  }
}
