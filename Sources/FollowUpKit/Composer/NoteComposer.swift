/// Writes the follow-up note for a `NoteRequest`.
///
/// The note follows the advice FollowUp encodes: a greeting by name; thanks for their time, with
/// the role, company and day; one sentence on the one chosen topic, in a frame that fits its
/// grammar (`TopicGrammar`); the person's own point, in their words, when they gave one; a calm
/// close, the second and last thanks; the sign-off. Every sentence is either a courtesy or traces
/// to something the person said: nothing is padded in. It always keeps its channel's limits
/// (`ChannelLimits`). Where a long company name or topic would break a limit, optional parts go
/// first, never the thanks or the topic.
///
/// ```swift
/// let note = NoteComposer.compose(request)
/// print(note.subject ?? "")
/// print(note.body)
/// ```
public enum NoteComposer {
  public static func compose(_ request: NoteRequest) -> Note {
    // Occasion hook (issue 14): the notes after the first have their own sentences.
    if request.occasion != nil { return OccasionComposer.compose(request) }
    return Plan(request: request).fitted()
  }

  /// The topic is the role the note thanks them for ("the role", "the claims analyst role"):
  /// what the conversation falls back on when nothing specific came up.
  static func isTheRole(_ topic: Topic, title: String?) -> Bool {
    let text = topic.text.lowercased()
    if text == "the role" || text == "the position" || text == "the job" { return true }
    guard let title, !title.isEmpty else { return false }
    return text == "the \(title.lowercased()) role" || text == "the \(title.lowercased()) position"
  }

  /// A line the person typed, made to end like a sentence: how their point reads in the note.
  static func sentence(_ text: String) -> String { Plan.sentence(text) }

  /// A topic as the note says it: repaired where its grammar cannot be vouched for, months
  /// and places written as names, spelled as the person's point spells its words. The tests
  /// check every topic sentence in this form, the one a reader sees.
  static func spoken(_ topic: String, interest: String?, sources: [String] = []) -> String {
    // Hedges set aside (`TopicGate`), then articles by grammar (`TopicArticles`), and
    // calendar names as names (`CalendarNames`); "windows 11" as a name (`NumberedName`).
    let repaired = TopicArticles.supplied(TopicReshaping.said(TopicGate.tidied(topic)))
    let capitalised = NumberedName.capitalised(
      ProperSpelling.restored(
        CalendarNames.onSupplied(
          CalendarNames.written(
            TopicRepair.monthsWritten(ProperSpelling.placesCapitalised(repaired)))),
        from: [interest].compactMap { $0 } + sources))
    // "the" for a bare countable compound (`TopicArticles.determined`) once names are written
    // as names: "at Canton Library" is a name, "in the Nashik district" a name's district.
    let written = TopicArticles.determined(capitalised)
    // Printed only as what can be vouched for (`VouchedTopic`): a whole clause, a noun phrase,
    // or the most specific noun phrase inside; a topic with none is never offered (`TopicGate`).
    return VouchedTopic.reading(written)?.text ?? written
  }

  /// The frame kind a spoken topic fits: its vouched reading's.
  static func form(of spoken: String) -> TopicGrammar.Form {
    VouchedTopic.reading(spoken)?.form ?? TopicGrammar.form(of: spoken)
  }

  /// The note exactly as requested, with no removed sentence brought back to reach the
  /// channel's minimum: how the engine sees that a removal would leave an email too short, and
  /// refuses it.
  static func composeKeepingRemovals(_ request: NoteRequest) -> Note {
    // Occasion hook (issue 14), as in `compose`.
    if request.occasion != nil {
      return OccasionComposer.compose(request, keepingRemovals: true)
    }
    return Plan(request: request, restoresRemovedLines: false).fitted()
  }
}

/// One composition: the chosen wordings and the rules that fit them to the channel.
private struct Plan {
  let request: NoteRequest
  let seed: UInt64
  /// Whether sentences the person removed may come back when the note is otherwise too short.
  let restoresRemovedLines: Bool

  init(request: NoteRequest, restoresRemovedLines: Bool = true, variant: UInt64 = 0) {
    self.request = request
    self.restoresRemovedLines = restoresRemovedLines
    seed = request.seed &+ variant
  }

  private func pick(_ options: [String], _ salt: UInt64) -> String {
    guard !options.isEmpty else { return "" }
    let mixed = (seed ^ (salt &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    return options[Int((mixed >> 33) % UInt64(options.count))]
  }

  /// How much optional detail the note carries before fitting: 0 bare, 1 standard, 2 long.
  private var detailLevel: Int {
    var level = 1 + request.length
    // A hard interview keeps its close, in the composed wording (`Phrasebook.close`): the
    // advice is one point, then thanks, and judges faulted notes that stopped on the point
    // after a hard interview as much as any ("no thanks after the point"; tuning 44's ck035,
    // ck040).
    if request.channel != .email { level = min(level, 1) }
    return max(0, min(2, level))
  }

  func fitted() -> Note {
    let limits = request.limits
    let level = detailLevel
    // Try from the requested level down, then up if an email is still under its minimum of
    // words. Nothing is padded: a note with nothing more to say stays short.
    var candidates: [Note] = []
    for detail in stride(from: level, through: 0, by: -1) {
      for squeeze in 0...Plan.squeezeSteps {
        candidates.append(note(detail: detail, squeeze: squeeze))
        if let last = candidates.last, last.fits(limits) { return last }
      }
    }
    for detail in stride(from: level + 1, through: 2, by: 1) {
      let note = note(detail: detail, squeeze: 0)
      if note.fits(limits) { return note }
    }
    // An email still under its minimum of words: the shortest wordings came up together (short names, no
    // day, a hard interview). Other wordings, chosen as deterministically, at fuller detail.
    // Not when the person removed lines: a removal that leaves too little is refused, not
    // answered by rewording the rest.
    if request.channel == .email, request.removed.isEmpty {
      for variant in 1...8 as ClosedRange<UInt64> {
        let other = Plan(
          request: request, restoresRemovedLines: restoresRemovedLines, variant: variant)
        for detail in stride(from: level + 1, through: 2, by: 1) {
          let note = other.note(detail: detail, squeeze: 0)
          if note.fits(limits) { return note }
        }
      }
    }
    // The tightest squeeze, with the topic cut to as many words as fit.
    for words in stride(from: 11, through: 3, by: -1) {
      let note = note(detail: 0, squeeze: Plan.squeezeSteps, topicWords: words)
      if note.fits(limits) { return note }
    }
    // Too short because the person removed sentences, and then something made the rest shorter
    // (another topic, a shorter name): the removed sentences come back, one at a time in the
    // note's order, as far as the channel's minimum needs. A limit outranks a removal.
    var restored = request
    for part in Note.Part.allCases where restoresRemovedLines && restored.removed.contains(part) {
      restored.removed.remove(part)
      let note = Plan(request: restored).fitted()
      if note.fits(limits) { return note }
    }
    // Nothing fits (only possible with the person's own additions): the fullest attempt at the
    // requested level, so the engine can see the limit is broken and refuse the change.
    return candidates.first ?? note(detail: level, squeeze: 0)
  }

  static let squeezeSteps = 7

  /// The longest a line may grow through the person's word swaps: several times any note.
  static let longestStyledLine = 4096

  /// Words that cannot end a shortened topic.
  static let danglingWords: Set<String> = [
    "the", "a", "an", "of", "for", "to", "in", "on", "at", "and", "or", "with", "your", "their",
    "from", "by", "into", "about",
  ]

  /// The note at a level of detail (0 without the close, 1 the usual close, 2 the fuller one),
  /// squeezed by steps for tight character limits: 1 drops the day, 2 the close (the thanks
  /// already thanks them), 3 the role, 4 uses the brief thanks, 5 leaves out the person's own
  /// point, 6 the brief topic sentence, 7 shortens the topic itself.
  func note(detail: Int, squeeze: Int, topicWords: Int = 12) -> Note {
    let tone = request.tone
    let channel = request.channel
    var lines: [Note.Line] = []
    let whenText =
      squeeze >= 1 ? "" : (request.when.map { " " + $0.reference(today: request.today) } ?? "")
    // The role is named only as a job title (`RoleTitle`); otherwise "the role", still true.
    let title = request.printedRole
    let rolePhrase =
      squeeze >= 3 || title == nil
      ? "the role" : "the \(title ?? "") \(tone == .formal ? "position" : "role")"
    // "Fahys Pharmacy" to Mr Fahy: the recipient's own name is an owner's ("Fahy's").
    let company = ProperSpelling.ownersMarked(
      request.company,
      owners: [request.recipient.family, request.recipient.given].compactMap { $0 })
    let companyPhrase = company.isEmpty ? "" : InstitutionName.phrase(company)
    // A topic whose own grammar the note cannot vouch for, in a shape that needs none.
    // "a derry office" beside "I'm from Derry too": a word the point writes as a name is one.
    var topicText = NoteComposer.spoken(
      request.topic.text, interest: request.interest, sources: request.spellingSources ?? [])
    // The point is printed only when the reading vouches for it beside this topic, with its
    // certain repairs made (`VouchedPoint`): a point said early in the conversation never met
    // the question that holds one back.
    let before = [topicText, title ?? "", request.company].joined(separator: " ")
    let point = request.interest.flatMap { interest -> String? in
      let reading = VouchedPoint.reading(
        of: Plan.sentence(interest), before: before,
        readers: [request.recipient.given, request.recipient.family].compactMap { $0 },
        shared: request.discussed ?? "")
      guard case .vouched(let sentence) = reading else { return nil }
      return sentence
    }
    if squeeze >= 7 {
      // As many of the topic's words as fit (`topicWords`), never ending on "the" or "of".
      let words = topicText.split(separator: " ")
      var count = min(words.count, topicWords)
      while count > 2, Plan.danglingWords.contains(words[count - 1].lowercased()) { count -= 1 }
      topicText = words.prefix(count).joined(separator: " ")
    }
    func fill(_ template: String) -> String {
      // Without a company name the note says "the role", not "the role at".
      let shaped =
        companyPhrase.isEmpty
        ? template.replacingOccurrencesOf(" at {company}", with: "") : template
      // "at Bean There Coffee Co." at a sentence's end: its full stop is the sentence's.
      let company =
        companyPhrase.hasSuffix(".") && shaped.contains("{company}.")
        ? String(companyPhrase.dropLast()) : companyPhrase
      return shaped.replacingPlaceholders([
        "{when}": whenText, "{role}": rolePhrase, "{company}": company, "{topic}": topicText,
        "{title}": title ?? "",
      ])
    }

    let greeting = greetingLine()
    let composed = request.outcome == .badly
    let form = NoteComposer.form(of: topicText)
    let thanks =
      squeeze >= 4
      ? fill(Phrasebook.briefThanks(tone))
      : fill(
        pick(
          request.trialShift == true
            ? Phrasebook.trialThanks(tone)
            : Phrasebook.thanks(tone, channel: channel, composed: composed), 1))
    lines.append(Note.Line(part: .thanks, text: thanks))
    // A topic someone else brought up is credited to them (`TopicSpeaker`), never to "you".
    // News called hard is heard plainly, as after a hard interview (`HardNews`).
    let hard = request.topicHard == true
    let topicSentence =
      if let speaker = request.topicSpeaker {
        fill(TopicSpeaker.sentence(speaker: speaker, form: form, composed: composed || hard))
      } else if squeeze >= 6 {
        fill(Phrasebook.briefTopic(request.topic.kind, form: form, hard: hard))
      } else {
        fill(
          pick(
            NoteComposer.withoutEcho(
              Phrasebook.topic(request.topic.kind, form: form, composed: composed, hard: hard),
              of: point), 2))
      }
    // The role itself, taken when nothing specific came up ("the claims analyst role"), is
    // already named by the thanks: "It was interesting to hear about the role" after it says
    // nothing, so the note goes on without a topic sentence rather than with an empty one.
    if !request.topicIsOnlyTheRole {
      lines.append(Note.Line(part: .topic, text: topicSentence))
    }
    // The person's own point is the second sentence, in their words; without one there is no
    // second sentence rather than a stock one that claims what nobody said.
    if let interest = point, squeeze < 5 {
      lines.append(Note.Line(part: .interest, text: Plan.sentence(interest)))
    }
    // A sentence with no letter or digit in it (a lone mark, punctuation) says nothing, and a
    // combining mark on its own would join the space before it (found by fuzzing).
    for (index, text) in request.added.enumerated()
    where !request.removedAdded.contains(index)
      && text.unicodeScalars.contains(where: {
        $0.properties.isAlphabetic || $0.properties.numericType != nil
      })
    {
      lines.append(Note.Line(part: .added, text: Plan.sentence(text), addedIndex: index))
    }
    // The close is the second and last thanks; a bare note leaves it out.
    if squeeze < 2, detail >= 1 {
      let closes = Phrasebook.close(tone, channel: channel, long: detail >= 2, composed: composed)
      lines.append(
        Note.Line(part: .close, text: NoteComposer.close(pick(closes, 5), after: thanks)))
    }
    // The thanks and the topic stay whatever the request holds: a note is never emptied.
    lines.removeAll { request.removed.contains($0.part) && !$0.part.isEssential }
    lines = lines.map { line in
      var line = line
      line.text = styled(line.text)
      return line
    }

    // A person who never gave a name (left out after two answers) signs with no name line.
    var signOff: [Note.Line]
    if channel.isShortMessage {
      signOff = [
        Note.Line(
          part: .signOff,
          text: request.signature ?? VouchedName.signature(request.sender))
      ]
    } else {
      signOff = [
        Note.Line(
          part: .signOff,
          text: request.closing.map { $0 + "," } ?? Phrasebook.signOff(tone, channel: channel)),
        Note.Line(
          part: .signOff, text: request.signature ?? VouchedName.signature(request.sender)),
      ]
    }
    signOff.removeAll { $0.text.isEmpty }
    var subject: String?
    if channel == .email {
      let options = Phrasebook.subjects(
        tone, hasRole: title != nil, composed: request.outcome == .badly)
      subject = styled(fill(pick(options, 6)))
      let longest = ChannelLimits.emailSubjectCharacters
      if let chosen = subject, chosen.count > longest {
        subject = styled("Thank you for your time" + whenText)
        if let shorter = subject, shorter.count > longest { subject = "Thank you for your time" }
      }
    }
    var paragraphs: [[Note.Line]] = [[greeting]]
    paragraphs.append(lines)
    paragraphs.append(signOff)
    return Note(channel: channel, subject: subject, paragraphs: paragraphs)
  }

  private func greetingLine() -> Note.Line {
    // With no name held, the neutral form: a greeting is only a name the person gave.
    let recipient = request.recipient
    if request.greeting == nil, recipient.isNameless {
      return Note.Line(part: .greeting, text: PersonName.namelessGreeting)
    }
    let text: String
    switch request.tone {
    case .formal: text = "Dear \(request.greeting ?? recipient.formal),"
    case .neutral:
      // Someone the person addresses with their own courtesy ("sir ben tan") is "Hi Ben" in a
      // message and "Dear Mr Tan" in a letter, as that courtesy would write it.
      text =
        request.channel.isShortMessage
        ? "Hi \(request.greeting ?? recipient.informal),"
        : "Dear \(request.greeting ?? (recipient.courtesy != nil ? recipient.formal : recipient.informal)),"
    case .warm: text = "Hi \(request.greeting ?? recipient.informal),"
    }
    return Note.Line(part: .greeting, text: text)
  }

  /// The tone's grammar and the person's word swaps, applied to one line.
  private func styled(_ text: String) -> String {
    var result = text
    if request.tone == .formal { result = Contractions.expanded(result) }
    for replacement in request.replacements {
      let next = result.replacingWords(replacement.from, with: replacement.to)
      // Swaps that feed each other ("a" to "a a", then again) would grow a line without end,
      // and every candidate note applies them all: past this length a line could never fit a
      // note, so the swaps stop and the limits refuse the change (found by fuzzing).
      guard next.utf8.count <= Plan.longestStyledLine else { break }
      result = next
    }
    return result
  }

  /// A sentence the person typed, made to end like one.
  static func sentence(_ text: String) -> String {
    var sentence = text.squeezed.capitalisedFirst()
    if let last = sentence.last, !".!?".contains(last) { sentence += "." }
    return sentence
  }
}

extension NoteComposer {
  /// The frames that do not say again a word the person's own point says: "It was really
  /// interesting to hear about the new exhibition. ... so I find it very interesting" read as
  /// an echo (tuning 36's bu051). All of them when every frame would.
  /// The stems every frame shares, or that carry no word of feeling: never an echo.
  private static let frameStems: Set<String> = [
    "about", "hearin", "really", "especi", "partic", "conver", "topic",
  ]

  static func withoutEcho(_ options: [String], of point: String?) -> [String] {
    guard let point else { return options }
    let stems = { (text: String) -> Set<String> in
      Set(
        text.lowercased().split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 5 }
          .map { String($0.prefix(6)) })
    }
    let said = stems(point)
    let kept = options.filter { stems($0).subtracting(frameStems).isDisjoint(with: said) }
    return kept.isEmpty ? options : kept
  }

  /// The close, without the opening's words: after "Thank you for your time today", "Thank you
  /// again for your time" reads as a template repeating itself, so the close thanks them again
  /// without saying for what ("Thank you again."), or for something else.
  static func close(_ close: String, after thanks: String) -> String {
    let repeated = " for your time"
    guard thanks.lowercased().contains("your time"), close.contains(repeated) else { return close }
    if close.contains(repeated + " and consideration") {
      return close.replacingOccurrencesOf(
        repeated + " and consideration", with: " for your consideration")
    }
    return close.replacingOccurrencesOf(repeated, with: "")
  }
}

extension NoteRequest {
  /// The role as the note names it: a job title (`RoleTitle`), or nil when the answer was not one.
  var printedRole: String? {
    role.flatMap { RoleTitle.printable($0, company: company, answered: roleAnswered == true) }
  }

  /// The note has no topic sentence: its topic is only the role the thanks already names. The
  /// composer, the invariant tests and the fuzz check all ask this one question.
  var topicIsOnlyTheRole: Bool { NoteComposer.isTheRole(topic, title: printedRole) }
}
