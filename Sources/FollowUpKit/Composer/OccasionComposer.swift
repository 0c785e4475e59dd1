/// Writes the notes of the occasions after the first: a check-in, a reply to a rejection, and
/// thanks after a later round or an offer call.
///
/// Each occasion gives its own sentences (`CheckInComposer`, `RejectionReplyComposer`,
/// `LaterRoundComposer`); this type does what every note shares with the first one: the
/// greeting by name, the person's own added sentences and removals, the tone's grammar and word
/// swaps, the sign-off, and fitting the whole to its channel's limits by dropping optional
/// detail first, never the thanks. So every revision the first note takes (shorter, warmer,
/// sign it as, drop the last line, say X instead of Y) works on these notes too.
///
/// ```swift
/// var request = NoteRequest(sender: jordan, recipient: priya, company: "Northgate Foods", ...)
/// request.occasion = OccasionNote(occasion: .checkIn, development: "the Leeds centre has opened")
/// let note = NoteComposer.compose(request)  // goes through here
/// ```
enum OccasionComposer {
  /// The note for a request whose occasion is not the first note.
  static func compose(_ request: NoteRequest, keepingRemovals: Bool = false) -> Note {
    // The later notes name the role under the first note's gate (`RoleTitle`): "the role"
    // where what was typed is no job title.
    var request = request
    request.role = request.printedRole
    let sentences: any OccasionSentences
    switch request.occasion?.occasion ?? .firstNote {
    case .firstNote:
      return keepingRemovals
        ? NoteComposer.composeKeepingRemovals(request.withoutOccasion)
        : NoteComposer.compose(request.withoutOccasion)
    case .checkIn: sentences = CheckInComposer(request: request)
    case .rejectionReply: sentences = RejectionReplyComposer(request: request)
    case .laterRound:
      if case .interview = request.occasion?.round ?? .interview("next interview") {
        return LaterRoundComposer.interviewNote(request, keepingRemovals: keepingRemovals)
      }
      sentences = LaterRoundComposer(request: request)
    }
    return OccasionPlan(request: request, sentences: sentences, keepingRemovals: keepingRemovals)
      .fitted()
  }
}

extension OccasionComposer {
  /// The part of an occasion's note that is its point and is never removed: a check-in's ask
  /// about the timeline, a rejection reply's good wishes, an offer call's answer to the news.
  static func essentialPart(_ occasion: OccasionNote?) -> Note.Part? {
    switch occasion?.occasion {
    case .checkIn?: .connection
    case .rejectionReply?: .close
    case .laterRound?: occasion?.round == .offer ? .topic : nil
    case .firstNote?, nil: nil
    }
  }
}

extension NoteRequest {
  /// The same request as a first note: what the later-round note is built from.
  var withoutOccasion: NoteRequest {
    var plain = self
    plain.occasion = nil
    return plain
  }

  /// Picks one of a few wordings by the request's seed, as the first note does: notes differ
  /// between people and replay the same.
  func pick(_ options: [String], _ salt: UInt64) -> String {
    guard !options.isEmpty else { return "" }
    let mixed = (seed ^ (salt &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    return options[Int((mixed >> 33) % UInt64(options.count))]
  }

  /// The greeting line, by tone and channel, exactly as the first note greets.
  var greetingLine: Note.Line {
    if greeting == nil, recipient.isNameless {
      return Note.Line(part: .greeting, text: PersonName.namelessGreeting)
    }
    let text: String
    switch tone {
    case .formal: text = "Dear \(greeting ?? recipient.formal),"
    case .neutral:
      text =
        channel.isShortMessage
        ? "Hi \(greeting ?? recipient.informal),"
        : "Dear \(greeting ?? recipient.informal),"
    case .warm: text = "Hi \(greeting ?? recipient.informal),"
    }
    return Note.Line(part: .greeting, text: text)
  }

  /// The tone's grammar and the person's word swaps, applied to one line.
  func styled(_ text: String) -> String {
    var result = text
    if tone == .formal { result = Contractions.expanded(result) }
    for replacement in replacements {
      let next = result.replacingWords(replacement.from, with: replacement.to)
      guard next.utf8.count <= 4096 else { break }
      result = next
    }
    return result
  }

  /// The sign-off lines: the first name alone on LinkedIn, a closing and the full name elsewhere.
  var signOffLines: [Note.Line] {
    if channel.isShortMessage {
      return [Note.Line(part: .signOff, text: signature ?? channel.shortSignature(sender))]
    }
    return [
      Note.Line(
        part: .signOff, text: closing.map { $0 + "," } ?? Phrasebook.signOff(tone, channel: channel)
      ),
      Note.Line(part: .signOff, text: signature ?? sender.full),
    ]
  }
}

/// The sentences of one occasion, at a level of squeeze: 0 is the fullest, each step drops or
/// shortens an optional detail. `detail` 2 is a "longer" note; 0 a "shorter" one.
protocol OccasionSentences {
  /// How many squeeze steps the occasion has.
  var squeezeSteps: Int { get }
  /// The lines of the note's middle paragraph (the person's additions are put in after them).
  func lines(detail: Int, squeeze: Int) -> [Note.Line]
  /// Subject lines to choose from, for email.
  func subjects(squeeze: Int) -> [String]
  /// The subject when the chosen one is too long.
  var shortSubject: String { get }
}

/// One composition of an occasion's note: its sentences, the person's changes, and the fitting.
struct OccasionPlan {
  let request: NoteRequest
  let sentences: any OccasionSentences
  let keepingRemovals: Bool

  func fitted() -> Note {
    let limits = request.limits
    let level = max(0, min(2, 1 + request.length))
    var first: Note?
    for detail in stride(from: level, through: 0, by: -1) {
      for squeeze in 0...sentences.squeezeSteps {
        let note = self.note(detail: detail, squeeze: squeeze, removed: request.removed)
        if first == nil { first = note }
        if note.fits(limits) { return note }
      }
    }
    // An email under its minimum: the fuller wording, then removed lines back one at a time
    // (a limit outranks a removal), unless the engine asks to see the removal's effect.
    for detail in stride(from: level + 1, through: 2, by: 1) {
      let note = self.note(detail: detail, squeeze: 0, removed: request.removed)
      if note.fits(limits) { return note }
    }
    if !keepingRemovals {
      var removed = request.removed
      for part in Note.Part.allCases where removed.contains(part) {
        removed.remove(part)
        for detail in stride(from: level, through: 2, by: 1) {
          let note = self.note(detail: detail, squeeze: 0, removed: removed)
          if note.fits(limits) { return note }
        }
      }
    }
    return first ?? note(detail: level, squeeze: 0, removed: request.removed)
  }

  func note(detail: Int, squeeze: Int, removed: Set<Note.Part>) -> Note {
    var lines = sentences.lines(detail: detail, squeeze: squeeze)
    for (index, text) in request.added.enumerated()
    where !request.removedAdded.contains(index)
      && text.unicodeScalars.contains(where: {
        $0.properties.isAlphabetic || $0.properties.numericType != nil
      })
    {
      lines.append(Note.Line(part: .added, text: NoteComposer.sentence(text), addedIndex: index))
    }
    // The line the occasion is for stays whatever was removed: the engine refuses the removal.
    let essential = OccasionComposer.essentialPart(request.occasion)
    lines.removeAll { removed.contains($0.part) && $0.part != essential }
    lines = lines.map { line in
      var line = line
      line.text = request.styled(line.text)
      return line
    }
    var subject: String?
    if request.channel == .email {
      let chosen = request.styled(request.pick(sentences.subjects(squeeze: squeeze), 6))
        .capitalisedFirst()
      subject =
        chosen.count <= ChannelLimits.emailSubjectCharacters
        ? chosen : request.styled(sentences.shortSubject)
    }
    return Note(
      channel: request.channel, subject: subject,
      paragraphs: [[request.greetingLine], lines, request.signOffLines])
  }
}

/// What every occasion's sentences fill in: the day, the role and the company, as the first
/// note fills them.
struct OccasionFill {
  let request: NoteRequest

  /// " on 17 November", " yesterday", or nothing when squeezed or unknown.
  func when(_ squeeze: Bool) -> String {
    guard !squeeze, let day = request.when else { return "" }
    return " " + day.reference(today: request.today)
  }

  /// "the operations coordinator role" (or "position" when formal), or "the role".
  func role(_ squeeze: Bool) -> String {
    guard !squeeze, let role = request.role else { return "the role" }
    return "the \(role) \(request.tone == .formal ? "position" : "role")"
  }

  /// The template with its placeholders filled: `{when}`, `{role}`, `{company}`, `{title}`.
  func fill(_ template: String, squeezeWhen: Bool = false, squeezeRole: Bool = false)
    -> String
  {
    let shaped =
      request.company.isEmpty
      ? template.replacingOccurrencesOf(" at {company}", with: "") : template
    return shaped.replacingPlaceholders([
      "{when}": when(squeezeWhen), "{role}": role(squeezeRole),
      "{company}": InstitutionName.phrase(request.company),
      "{title}": request.role ?? "",
    ])
  }
}
