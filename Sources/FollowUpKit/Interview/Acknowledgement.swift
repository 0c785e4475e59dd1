/// What the assistant says it understood, so the person can catch a misreading at once.
enum Acknowledgement {
  static let hardInterview =
    "I'm sorry it felt hard. A note is still worth sending: it shows your interest didn't stop at the door, and few candidates write one. I'll keep it about the conversation, never about how the interview went."

  static let followUp =
    "That sounds like the standard questions, which every candidate gets, so they won't make the note stand out. Did anything about the company or the sector come up: a project, a news story, something they seemed excited about? Even a small detail works."

  /// "Got it: you're Jordan, and you met Priya Shah at Northgate Foods yesterday (Thursday 26
  /// November) for the operations coordinator role."
  static func text(for facts: Facts, asked: FactReader.Slot?, today: CivilDate) -> String {
    // One fact, the one asked for: a short reply in kind.
    let count = [
      facts.name != nil, facts.interviewers != nil, facts.company != nil, facts.role != nil,
      facts.when != nil, facts.outcome != nil,
    ].filter { $0 }.count
    if count == 0 { return "" }
    if count == 1 {
      if let called = SignOffName.calledBy(facts) {
        return "Nice to meet you, \(called)." + signing(facts, alone: true)
      }
      if let outcome = facts.outcome {
        return outcome == .badly ? hardInterview : outcomeLine(outcome)
      }
      if let when = facts.when { return "Got it: \(dayDescription(when, today: today))." }
    }
    var clauses: [String] = []
    if let name = facts.name {
      clauses.append("you're \(name.full)" + signing(facts, alone: false))
    }
    var meeting = ""
    if let people = facts.interviewers { meeting = "you met \(list(people.map(shownBack)))" }
    if let company = facts.company {
      meeting += meeting.isEmpty ? "the interview was with \(company)" : " at \(company)"
    }
    if let when = facts.when {
      let day = dayDescription(when, today: today)
      meeting += meeting.isEmpty ? "the interview was \(day)" : " \(day)"
    }
    if let role = facts.role {
      meeting += meeting.isEmpty ? "the role is \(role)" : " for the \(role) role"
    }
    if !meeting.isEmpty { clauses.append(meeting) }
    var text = ""
    if !clauses.isEmpty {
      // "Got it: the interview was with Brightpath Analytics Inc." ends on the name's own stop.
      text = FullStops.single("Got it: " + clauses.joined(separator: ", and ") + ".")
    }
    if let outcome = facts.outcome, outcome != .badly {
      text += (text.isEmpty ? "" : " ") + outcomeLine(outcome)
    }
    return text
  }

  /// How the note will be signed, said when it is not the name as said (`SignOffName`), so a
  /// person who wants another form sees it at once: " I'll sign the note as Aoife (or say full
  /// name for Aoife Brennan)." alone, " (signing as Aoife)" inside a sentence.
  static func signing(_ facts: Facts, alone: Bool) -> String {
    guard let name = facts.name, let signed = SignOffName.signed(facts), !signed.isEmpty,
      signed != name.full || facts.signsInFull == true
    else { return "" }
    guard alone else { return " (signing as \(signed))" }
    let full = VouchedName.signature(name)
    let offer =
      facts.signOff == nil && !full.isEmpty && full != signed
      ? " (or say full name for \(full))" : ""
    return " I'll sign the note as \(signed)\(offer)."
  }

  /// A person as met, with the greeting the person asked for when it is not their name as
  /// said: "Dr Ruth O'Mahony (greeted as Ruth)", so a misread wish is caught at once.
  static func shownBack(_ person: PersonName) -> String {
    guard let greeting = person.greetAs, greeting != person.spoken else { return person.spoken }
    return "\(person.spoken) (greeted as \(greeting))"
  }

  static func outcomeLine(_ outcome: Outcome) -> String {
    switch outcome {
    case .well: "Glad it went well."
    case .mixed: "Thanks, that's useful to know: mixed feelings after an interview are very common."
    case .badly: hardInterview
    case .unsure:
      "That's fair: it's often hard to tell straight after. The note doesn't depend on it."
    }
  }

  /// "yesterday (Thursday 26 November)", "on Tuesday (24 November)", "last week".
  static func dayDescription(_ day: InterviewDay, today: CivilDate) -> String {
    guard let date = day.date else { return day.phrase }
    let reference = day.reference(today: today)
    let full =
      "\(date.weekday.name) \(date.day) \(MonthName.full[date.month - 1])"
      + (date.year != today.year ? " \(date.year)" : "")
    if reference.hasPrefix("on \(date.day)") { return "on " + full }
    if reference == "today" { return "today" }
    if reference.hasPrefix("on ") { return "on " + full }
    return "\(reference) (\(full))"
  }

  /// "Sam", "Sam and Ola", "Dana Patel, Raj Mehta and Li Wei".
  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
  }
}
