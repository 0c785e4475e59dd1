/// When the interview took place, as the person said it and, where it names one day, that day.
///
/// "Yesterday", "on Tuesday" and "12 March" resolve to a date against today's date (an input,
/// never the clock), so the note can say "yesterday" or "on Tuesday" correctly and the timing
/// advice can count the days. "Last week" names no single day and is kept as words.
public struct InterviewDay: Hashable, Sendable, Codable {
  /// The person's words, lower case: "yesterday", "last week".
  public var phrase: String
  /// The day, when the words name one.
  public var date: CivilDate?

  public init(phrase: String, date: CivilDate? = nil) {
    self.phrase = phrase
    self.date = date
  }

  /// Reads the first mention of a day in `text`, resolved against `today`.
  ///
  /// ```swift
  /// let today = CivilDate(year: 2026, month: 11, day: 27)!   // a Friday
  /// InterviewDay(reading: "on Tuesday", today: today)?.date  // 2026-11-24
  /// ```
  public init?(reading text: String, today: CivilDate) {
    // "thursday or friday": no single day is the person's.
    guard !DateReader.offersAlternatives(text),
      let day = DateReader.read(Tokenizer.tokens(text), today: today)
    else { return nil }
    self = day
  }

  /// How the note refers to the day, relative to `today`: "today", "yesterday", "on Tuesday",
  /// "on 12 March", or the person's words when there is no single day.
  public func reference(today: CivilDate) -> String {
    guard let date else { return phrase }
    let days = date.days(until: today)
    switch days {
    case 0: return "today"
    case 1: return "yesterday"
    case 2...6: return "on \(date.weekday.name)"
    default: return "on \(date.day) \(MonthName.full[date.month - 1])"
    }
  }
}

/// The rules behind `InterviewDay(reading:today:)`.
enum DateReader {
  static let weekdays: [String: Weekday] = [
    "monday": .monday, "mon": .monday, "tuesday": .tuesday, "tues": .tuesday, "tue": .tuesday,
    "wednesday": .wednesday, "wed": .wednesday, "weds": .wednesday, "thursday": .thursday,
    "thurs": .thursday, "thu": .thursday, "thur": .thursday, "friday": .friday, "fri": .friday,
    "saturday": .saturday, "sat": .saturday, "sunday": .sunday, "sun": .sunday,
  ]

  static let months: [String: Int] = {
    var months: [String: Int] = [:]
    for (index, name) in MonthName.full.enumerated() {
      months[name.lowercased()] = index + 1
      months[String(name.lowercased().prefix(3))] = index + 1
    }
    months["sept"] = 9
    // The months as people write them in French, Spanish, Portuguese and Italian, typed by
    // people for whom English is a second language ("it was the 25 novembre, a wednesday" had
    // read as Wednesday 2 December). Not the ones that are English words or names ("mars",
    // "mayo", "marco", "julio", "mai").
    for (month, names) in [
      (1, ["janvier", "enero", "janeiro", "gennaio"]),
      (2, ["février", "fevrier", "febrero", "fevereiro", "febbraio"]),
      (3, ["marzo", "março"]), (4, ["avril", "abril", "aprile"]),
      (5, ["maggio"]), (6, ["juin", "junio", "junho", "giugno"]),
      (7, ["juillet", "julho", "luglio"]), (8, ["août", "aout", "agosto"]),
      (9, ["septembre", "septiembre", "setiembre", "setembro", "settembre"]),
      (10, ["octobre", "octubre", "outubro", "ottobre"]),
      (11, ["novembre", "noviembre", "novembro"]),
      (12, ["décembre", "decembre", "diciembre", "dezembro", "dicembre"]),
    ] {
      for name in names { months[name] = month }
    }
    return months
  }()

  static let numbers: [String: Int] = [
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "couple": 2, "few": 3,
  ]

  /// Phrases that name no single day, kept as the person's words.
  static let vague: [[String]] = [
    ["earlier", "this", "week"], ["last", "week"], ["the", "other", "day"],
    ["a", "couple", "of", "weeks", "ago"],
    ["couple", "of", "weeks", "ago"], ["a", "few", "weeks", "ago"], ["few", "weeks", "ago"],
    ["last", "month"], ["earlier", "this", "month"], ["this", "week"], ["recently"],
    ["a", "few", "days", "ago"], ["few", "days", "ago"], ["the", "week", "before", "last"],
  ]

  /// Words after which a day is said again, as the one meant: taking back ("wait", "actually")
  /// or restating ("well it was", "i mean"). Not "no" or "so", which chat uses for much else
  /// ("on monday so i have till friday"); at the day question itself `ChangedMind` reads more.
  static let restating: Set<String> = ["wait", "actually", "well", "mean"]

  /// The words a reading of `read` can start at, besides a number: the phrases' and the
  /// switch's words, weekdays, months, and "the" ("the 20th").
  private static let starters = WordSet(
    [
      "day", "today", "tonight", "morning", "afternoon", "arvo", "evening", "lunchtime",
      "yesterday", "yday", "y'day",
      "night", "just", "ago", "the",
    ] + vague.compactMap(\.first) + weekdays.keys + months.keys)

  /// Whether the word at `index` stands between capitalised words that are no day or month:
  /// "Thu" in "Nguyen Thi Thu Ha" is part of a name, not Thursday, where "Thu 26th" or "Thu
  /// morning" is a day. Only short forms ask this; "Thursday" is a day wherever it stands.
  static func insideName(_ tokens: [Token], at index: Int) -> Bool {
    func isNameWord(_ other: Int) -> Bool {
      guard other >= 0, other < tokens.count else { return false }
      let token = tokens[other]
      return token.kind == .word && token.isCapitalized && weekdays[token.lower] == nil
        && months[token.lower] == nil && !starters.contains(token)
    }
    // A capital that only opens a sentence ("Interview Thu") says nothing of a name.
    let opensSentence = index - 1 == 0 || (index >= 2 && tokens[index - 2].kind == .stop)
    return isNameWord(index + 1) || (isNameWord(index - 1) && !opensSentence)
  }

  /// Whether a day's name at `index` is a person's given name: right after a title ("Mr
  /// Sunday Eze", "dr monday okon"), or capitalised before a capitalised family name that is no
  /// day, month or word of time ("Sunday Eze the workshop manager"), unless a word that
  /// introduces a day stands before it ("on Sunday Eze called", "last Friday Sarah rang").
  static func givenName(_ tokens: [Token], at index: Int) -> Bool {
    var before = index - 1
    if before >= 0, tokens[before].lower == "." { before -= 1 }
    if before >= 0, tokens[before].kind == .word, PersonName.titles[tokens[before].lower] != nil {
      return true
    }
    guard tokens[index].isCapitalized, index + 1 < tokens.count else { return false }
    let next = tokens[index + 1]
    let introduced =
      index > 0
      && [
        "on", "last", "this", "next", "since", "by", "from", "until", "till", "til", "before",
        "after",
      ]
      .contains(tokens[index - 1].lower)
    return !introduced && next.kind == .word && next.isCapitalized && weekdays[next.lower] == nil
      && months[next.lower] == nil && !starters.contains(next)
  }

  /// Whether the "just" at `index` tells of someone else's doing: "my youngest just came in
  /// crying", "they just got funding", "the lab just got a grant". Only the person's own "just
  /// had my interview" (or "just had" with the subject dropped, as chat does, after a greeting,
  /// a joining word or a mark) says the interview was today; any other word before it is a
  /// subject that is another person or a thing, and says nothing of when the interview was.
  static func othersDoing(_ words: [String], at index: Int) -> Bool {
    var subject = index - 1
    // "I've just", "I have just": the subject stands before the auxiliary.
    if subject >= 0, ["have", "has", "had"].contains(words[subject]) { subject -= 1 }
    guard subject >= 0 else { return false }
    let word = words[subject]
    guard word.contains(where: \.isLetter) else { return false }
    return !ownOpenings.contains(word)
  }

  /// Words after which "just had" is the person's own: the first person, the interview
  /// itself, and the words a chat message opens or joins with.
  private static let ownOpenings: Set<String> = [
    "i", "we", "i've", "ive", "we've", "weve", "interview", "call", "meeting", "and", "so",
    "but", "literally", "only", "actually", "also", "finally", "hi", "hey", "hello", "hiya",
    "ok", "okay", "well", "yeah", "yes", "oh", "ah", "lol", "haha", "morning", "today",
  ]

  static func read(_ tokens: [Token], today: CivilDate) -> InterviewDay? {
    // "after my trial today... well it was wednesday": a day said after a word that takes back
    // or restates what went before is the day meant; read first, the day taken back had been
    // kept (tuning 31's bk005).
    // "Well" restates only before "it was" or "actually": "went well, they'll call friday"
    // says nothing new of the day.
    func restates(_ index: Int) -> Bool {
      let word = tokens[index].lower
      guard word == "well" else { return restating.contains(word) }
      let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
      return ["it", "it's", "its", "actually"].contains(next)
    }
    if let marker = tokens.indices.dropFirst().last(where: restates), marker + 1 < tokens.count,
      let later = read(Array(tokens[(marker + 1)...]), today: today)
    {
      return later
    }
    // A foreign word (`Token.isForeign`) reads as "": it equals none of the English words,
    // numbers and dates below either way, and "" is compared without normalising.
    // A month written with its accents ("décembre", "março") reads as its plain form.
    let words = tokens.map { token in
      guard token.isForeign, months[token.lower] == nil else { return token.lower }
      let plain = CorrectionReader.folded(token.lower)
      return months[plain] != nil ? plain : ""
    }
    let count = words.count
    func at(_ index: Int) -> String { index >= 0 && index < count ? words[index] : "" }
    // "just had my first interview (Monday 11/30)": "just" says it was recent, but a day named
    // anywhere in the message says which day; only without one is it today.
    var justNow: InterviewDay?
    for index in 0..<count {
      let word = words[index]
      // Every reading below starts at a word of `starters` or at a number: any other token is
      // passed over at once (trying each reading at each token was a seventh of a 16 KiB turn of
      // "x, x, ...").
      guard
        starters.contains(tokens[index]) || tokens[index].kind == .number
          || tokens[index].lower.first?.isNumber == true
      else { continue }
      // Phrases first: "the day before yesterday" must not read as "yesterday".
      if word == "day", at(index + 1) == "before", at(index + 2) == "yesterday" {
        return InterviewDay(phrase: "the day before yesterday", date: today.adding(days: -2))
      }
      switch word {
      case "today", "tonight":
        return InterviewDay(
          phrase: word == "today" && at(index - 1) == "earlier" ? "earlier today" : "today",
          date: today)
      case "morning", "afternoon", "arvo", "evening", "lunchtime":
        // "this arvo": Australian for this afternoon.
        let part = word == "arvo" ? "afternoon" : word
        if at(index - 1) == "this" { return InterviewDay(phrase: "this \(part)", date: today) }
        if ["yesterday", "yday", "y'day"].contains(at(index - 1)) { continue }
      // "yday morning": chat's short form (answers tuning 36's cf211 was asked again).
      case "yesterday", "yday", "y'day":
        if at(index - 2) == "day", at(index - 1) == "before" { continue }
        return InterviewDay(phrase: "yesterday", date: today.adding(days: -1))
      case "night":
        if at(index - 1) == "last" {
          return InterviewDay(phrase: "last night", date: today.adding(days: -1))
        }
      case "just":
        if ["had", "finished", "got", "done", "left", "come", "came"].contains(at(index + 1)),
          !othersDoing(words, at: index)
        {
          justNow = justNow ?? InterviewDay(phrase: "today", date: today)
          continue
        }
      case "ago":
        if let day = ago(words, at: index, today: today) {
          // "about 2 weeks ago, the 19th i think": a day named after a span counted back is
          // the surer reading, when it falls near it (answers tuning 34's cb224 had the 21st).
          // Only a day given by its number: "a week ago today" counts back from today.
          if index + 1 < tokens.count,
            tokens[(index + 1)...].contains(where: { $0.lower.first?.isNumber == true }),
            let named = read(Array(tokens[(index + 1)...]), today: today),
            let exact = named.date, let counted = day.date,
            abs(exact.days(until: counted)) <= 7, exact.days(until: today) >= 0
          {
            return named
          }
          return day
        }
      default:
        break
      }
      // "last week thursday", "thursday last week": that weekday of the week before this one
      // (weeks start on Monday), not the vague "last week".
      if word == "last", at(index + 1) == "week" {
        // "last week, the wednesday", "the monday of last week": the weekday may stand a word
        // of grammar away, and still names the day of that week.
        let joining: Set<String> = [",", "the", "on", "of"]
        var ahead = index + 2
        while joining.contains(at(ahead)), ahead - index < 4 { ahead += 1 }
        var behind = index - 1
        if ["of", "on"].contains(at(behind)) { behind -= 1 }
        let named = weekdays[at(ahead)] ?? weekdays[at(behind)]
        if let weekday = named {
          let monday = today.adding(days: -today.weekday.rawValue - 7)
          return InterviewDay(
            phrase: "on " + weekday.name, date: monday.adding(days: weekday.rawValue))
        }
      }
      for phrase in vague
      where index + phrase.count <= count
        && words[index..<index + phrase.count].elementsEqual(phrase)
      {
        // "I finish interview few days ago": the note writes "a few days ago", as "few days
        // ago" alone reads as a slip (tuning 30's bi049 thanked "for meeting with me few days
        // ago").
        let written = ["few", "couple"].contains(phrase[0]) ? ["a"] + phrase : phrase
        return InterviewDay(phrase: written.joined(separator: " "))
      }
      // "friday the 20th", "Friday 20th": the date names the day; the weekday only agrees.
      // "monday nov 23": the month and day after it, written as Americans write them.
      // "Tuesday, 24/11", "Monday, 23rd", "Monday, Nov 23": a comma after the weekday stands
      // between it and its date; "Tuesday, 10 o clock" goes on with the time.
      let commaDate =
        months[at(index + 2)] != nil
        || at(index + 2).first?.isNumber == true
          && (["/", "-"].contains(at(index + 3)) || months[at(index + 3)] != nil
            || ["st", "nd", "rd", "th"].contains(where: at(index + 2).hasSuffix))
      let next = weekdays[word] != nil && at(index + 1) == "," && commaDate ? index + 2 : index + 1
      let dated =
        dayNumber(at(next)) != nil
        || (at(next) == "the" && dayNumber(at(next + 1)) != nil)
        || (months[at(next)] != nil && dayNumber(at(next + 1)) != nil)
      let lastWeek =
        at(index + 1) == "last" && at(index + 2) == "week"
        || at(index + 1) == "of" && at(index + 2) == "last" && at(index + 3) == "week"
      // "i phoned them every sunday": a weekday after "every" or "each" is a habit, no day.
      let habit = ["every", "each"].contains(at(index - 1))
      if let weekday = weekdays[word], tokens[index].kind == .word, !dated, !lastWeek, !habit,
        !givenName(tokens, at: index),
        word.count > 3 || ["on", "last"].contains(at(index - 1))
          || (tokens[index].isCapitalized && !insideName(tokens, at: index))
      {
        // "sun" and "sat" are also words: short forms count only capitalised or after "on".
        var back = (today.weekday.rawValue - weekday.rawValue + 7) % 7
        if back == 0 { back = 7 }
        // "last wednesday" said on a Thursday: people say "yesterday" for yesterday, so "last"
        // before the day just gone points a week further back, to the Wednesday before.
        if back == 1, at(index - 1) == "last" { back = 8 }
        // "friday before last": the one a week before the day just gone by that name (tuning
        // 45's cm023 had thanked for last Friday).
        if at(index + 1) == "before", at(index + 2) == "last" { back += 7 }
        if let date = agreeingDate(words, weekday: weekday, today: today),
          date != today.adding(days: -back)
        {
          return InterviewDay(phrase: "on " + weekday.name, date: date)
        }
        return InterviewDay(
          phrase: (at(index - 1) == "last" ? "last " : "on ") + weekday.name,
          date: today.adding(days: -back))
      }
      if let month = months[word],
        let day = dayNumber(at(index - 1)) ?? dayNumber(at(index + 1))
          // "the 3rd of december", and the same in the languages above: "27 de noviembre".
          ?? (["of", "de", "di"].contains(at(index - 1)) ? dayNumber(at(index - 2)) : nil)
      {
        let year =
          Int(at(index + 2)).flatMap { $0 > 1900 ? $0 : nil }
          ?? Int(at(index + 1)).flatMap { $0 > 1900 ? $0 : nil }
        if let date = resolve(day: day, month: month, year: year, today: today) {
          return InterviewDay(phrase: "\(day) \(MonthName.full[month - 1])", date: date)
        }
      }
      // The token's own text: a foreign "1-2-3-é" still reads as a date.
      if tokens[index].kind == .number || tokens[index].lower.first?.isNumber == true,
        let date = numericDate(tokens, at: index, today: today)
      {
        return date
      }
      // "the 20th", and "Thursday 26th": a weekday just before a day number, with no month
      // after it, names that day of this month like "the".
      let afterWeekday = weekdays[word] != nil && tokens[index].kind == .word
      // "it was on 24th": an ordinal after "on" names the day as "the" does.
      let ordinalAfterOn =
        at(index - 1) == "on" && word.count > 2 && word.first?.isNumber == true
        && ["st", "nd", "rd", "th"].contains(where: word.hasSuffix)
      let numberAt = word == "the" ? index + 1 : afterWeekday ? next : ordinalAfterOn ? index : -1
      // "Monday 11/30": a number joined to another by a slash or dash is a date in numbers,
      // read at the number.
      // "joined for the 2nd half", "the 3rd round": an ordinal before a noun counts places in
      // a sequence, not days (tuning 29's br167 read "on Wednesday 2 December").
      let following = at(numberAt + 1)
      let counting = countedThings.contains(following)
      if numberAt > 0, !counting, let day = dayNumber(at(numberAt)), months[following] == nil,
        !["/", "-"].contains(at(numberAt + 1)),
        at(numberAt + 1) != "of" || months[at(numberAt + 2)] == nil,
        afterWeekday || at(numberAt).count > 2 || ["on", "the"].contains(at(index - 1))
      {
        // "on the 20th": this month, or last month if the 20th is still to come.
        if let date = today.latest(onDay: day) {
          return InterviewDay(phrase: "the \(ordinal(day))", date: date)
        }
      }
    }
    return justNow
  }

  /// Things an ordinal counts in a sequence rather than a day of the month: "the 2nd half",
  /// "the 3rd round".
  static let countedThings: Set<String> = [
    "half", "round", "stage", "part", "interview", "time", "floor", "year", "attempt", "step",
    "level", "call", "meeting", "person", "question", "task", "place", "one",
  ]

  /// "3 days ago", "a week ago", "two weeks ago".
  private static func ago(_ words: [String], at index: Int, today: CivilDate) -> InterviewDay? {
    guard index >= 2 else { return nil }
    let unit = words[index - 1]
    let amountWord = words[index - 2]
    let amount = Int(amountWord) ?? numbers[amountWord]
    guard let amount, amount < 400 else { return nil }
    let phrase = "\(amountWord) \(unit) ago"
    // "a week ago yesterday": counted back from yesterday, and named by its date, as no
    // phrase of the person's says it in one (tuning 29's br096).
    if index + 1 < words.count, words[index + 1] == "yesterday",
      let back = ["day": 1, "days": 1, "week": 7, "weeks": 7][unit]
    {
      let date = today.adding(days: -1 - back * amount)
      return InterviewDay(phrase: "\(date.day) \(MonthName.full[date.month - 1])", date: date)
    }
    switch unit {
    case "day", "days":
      if amountWord == "few" { return InterviewDay(phrase: "a few days ago") }
      return InterviewDay(phrase: phrase, date: today.adding(days: -amount))
    case "week", "weeks":
      if amountWord == "couple" || amountWord == "few" {
        return InterviewDay(phrase: "a \(amountWord) of weeks ago".replacingOccurrencesOfFew())
      }
      return InterviewDay(phrase: phrase, date: today.adding(days: -7 * amount))
    case "fortnight":
      return InterviewDay(phrase: "a fortnight ago", date: today.adding(days: -14))
    case "hour", "hours", "minutes", "mins":
      return InterviewDay(phrase: "today", date: today)
    default:
      return nil
    }
  }

  /// "25/11/2026", "25/11", "2026-11-25", "25.11.26": day first, as outside the US; "11/25",
  /// whose second number can be no month, is the US order.
  private static func numericDate(_ tokens: [Token], at index: Int, today: CivilDate)
    -> InterviewDay?
  {
    // The tokenizer splits "25/11/2026" at the slashes; read up to three numbers joined by / . -
    var parts: [Int] = []
    var cursor = index
    while cursor < tokens.count, parts.count < 3 {
      let token = tokens[cursor]
      if token.kind == .number, let value = Int(token.lower) {
        parts.append(value)
      } else if token.kind == .word, token.lower.contains("-"),
        case let pieces = token.lower.split(separator: "-").compactMap({ Int($0) }),
        pieces.count == 3
      {
        parts = pieces
        break
      } else if token.kind == .number, token.lower.contains(".") {
        // "18.5 hours", "2.5 years": a decimal is a quantity, not a day and month.
        guard !isQuantity(token.lower, before: tokens.dropFirst(cursor + 1).first) else {
          return nil
        }
        parts.append(contentsOf: token.lower.split(separator: ".").compactMap { Int($0) })
      } else {
        break
      }
      cursor += 1
      if cursor < tokens.count, tokens[cursor].lower == "/" || tokens[cursor].lower == "-" {
        cursor += 1
      } else {
        break
      }
    }
    guard parts.count >= 2 else { return nil }
    var day = parts[0]
    var month = parts[1]
    var year: Int? = parts.count == 3 ? parts[2] : nil
    if parts[0] > 1900, parts.count == 3 {
      year = parts[0]
      month = parts[1]
      day = parts[2]
    }
    if month > 12, day <= 12 { swap(&day, &month) }
    if let value = year, value < 100 { year = 2000 + value }
    // "12/1" on 3 December: both orders are dates, and an interview is a past day near today,
    // so the reading nearest before today wins (1 December, not 12 January); day first when
    // the two are as near.
    if day <= 12, month <= 12, day != month,
      let dayFirst = resolve(day: day, month: month, year: year, today: today),
      let monthFirst = resolve(day: month, month: day, year: year, today: today)
    {
      let distance = { (date: CivilDate) in
        date <= today ? date.days(until: today) : 1000 + today.days(until: date)
      }
      if distance(monthFirst) < distance(dayFirst) { swap(&day, &month) }
    }
    guard let date = resolve(day: day, month: month, year: year, today: today) else { return nil }
    return InterviewDay(phrase: "\(date.day) \(MonthName.full[date.month - 1])", date: date)
  }

  /// Whether a dotted number reads as a quantity rather than a date: a number followed by a
  /// word that counts something ("18.5 hours", "37.5 hrs a week", "2.5 years") is an amount, as
  /// is a decimal with one digit after the point and nothing closing it as a date ("18.5" is
  /// eighteen and a half; "18.5." and "18.05" are days). Only the shape decides, so a date
  /// typed "25.11" or "25.11.26" is still a date.
  static func isQuantity(_ number: String, before next: Token?) -> Bool {
    let pieces = number.split(separator: ".", omittingEmptySubsequences: false)
    guard pieces.count == 2 else { return false }
    if let next, next.kind == .word, !isDateWord(next.lower) { return true }
    return pieces[1].count == 1 && next?.lower != "."
  }

  /// Words that may follow a date typed in numbers without making it a count of something:
  /// a month or weekday, a time of day, or a little word that carries the sentence on.
  private static func isDateWord(_ word: String) -> Bool {
    months[word] != nil || weekdays[word] != nil
      || [
        "at", "on", "in", "and", "or", "i", "it", "was", "the", "am", "pm", "morning",
        "afternoon", "evening", "interview", "then", "but", "so",
      ].contains(word)
  }

  /// The day and month in the given year, or in the latest year that puts it on or before today.
  private static func resolve(day: Int, month: Int, year: Int?, today: CivilDate) -> CivilDate? {
    if let year { return CivilDate(year: year, month: month, day: day) }
    guard let thisYear = CivilDate(year: today.year, month: month, day: day) else {
      return CivilDate(year: today.year - 1, month: month, day: day)
    }
    return thisYear <= today ? thisYear : CivilDate(year: today.year - 1, month: month, day: day)
  }

  /// "12", "12th", "1st", "22nd", "3rd" -> the day of the month.
  static func dayNumber(_ word: String) -> Int? {
    var digits = word
    // "1er" and "1º": the French and Spanish ordinals of the first.
    for suffix in ["st", "nd", "rd", "th", "er", "º"] where digits.hasSuffix(suffix) {
      digits = String(digits.dropLast(suffix.count))
    }
    guard let value = Int(digits), (1...31).contains(value) else { return nil }
    return value
  }

  static func ordinal(_ day: Int) -> String {
    let suffix: String
    switch (day % 10, day % 100) {
    case (1, let tens) where tens != 11: suffix = "st"
    case (2, let tens) where tens != 12: suffix = "nd"
    case (3, let tens) where tens != 13: suffix = "rd"
    default: suffix = "th"
    }
    return "\(day)\(suffix)"
  }
}

extension String {
  /// "a few of weeks ago" -> "a few weeks ago".
  fileprivate func replacingOccurrencesOfFew() -> String {
    self == "a few of weeks ago" ? "a few weeks ago" : self
  }
}
