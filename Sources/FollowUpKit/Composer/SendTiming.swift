/// One line on when to send the note, from the interview day and today's date.
///
/// Within 24 hours is ideal; a later note still helps and must not apologise for the delay
/// (the apology would be the first thing read).
public enum SendTiming {
  public static func advice(for day: InterviewDay?, today: CivilDate) -> String {
    guard let date = day?.date else {
      return
        "Send it as soon as you can: within 24 hours of an interview is ideal, and later is still far better than not at all."
    }
    let days = date.days(until: today)
    switch days {
    case ..<0:
      return "That interview date is still to come: send the note after it, ideally the same day."
    case 0:
      return "Send it today if you can: within 24 hours of the interview is ideal."
    case 1:
      return "Send it today: you're still within a day of the interview, which is ideal."
    case 2...6:
      return
        "It's been \(days) days, and a note still helps: send it today, with no need to mention the delay."
    default:
      return
        "It's been a while since the interview, but a note still helps: send it today, and don't apologise for the timing."
    }
  }
}
