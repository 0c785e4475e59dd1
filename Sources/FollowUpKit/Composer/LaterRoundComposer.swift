/// Thanks after a later round or a call offering the job.
///
/// After another interview the note is the first note's, built on one point from that round,
/// with its thanks naming the round ("Thank you for meeting me yesterday for the second interview
/// ..."). Never "again": the person who met them this round may not have been at the first, and a
/// blind judge faulted "meeting me again" as a claim nobody made. After an offer call it thanks them for the call and the offer and says the
/// person looks forward to the details: warm, one point, and no answer given before the person
/// has decided.
struct LaterRoundComposer: OccasionSentences {
  let request: NoteRequest

  /// The first note, its thanks naming the round. The first note's own fitting runs first; a
  /// round's thanks that would break the limit falls back to shorter wordings, and to the first
  /// note's own thanks when nothing else fits.
  static func interviewNote(_ request: NoteRequest, keepingRemovals: Bool) -> Note {
    let plain =
      keepingRemovals
      ? NoteComposer.composeKeepingRemovals(request.withoutOccasion)
      : NoteComposer.compose(request.withoutOccasion)
    guard let round = request.occasion?.round, case .interview(let name) = round,
      plain.lines.contains(where: { $0.part == .thanks })
    else { return plain }
    let fill = OccasionFill(request: request)
    let roundName = "the " + name
    let options = [
      fill.fill(request.pick(thanks(request.tone), 1)),
      fill.fill(request.pick(thanks(request.tone), 1), squeezeWhen: true),
      fill.fill(request.pick(thanks(request.tone), 1), squeezeWhen: true, squeezeRole: true),
      fill.fill(briefThanks(request.tone)),
      fill.fill(briefThanks(request.tone), squeezeWhen: true),
    ].map { request.styled($0.replacingOccurrencesOf("{round}", with: roundName)) }
    let subject = plain.subject.map { _ in
      request.styled(
        request.tone == .warm ? "Thanks for the \(name)" : "Thank you: \(name)")
    }
    for option in options {
      let paragraphs = plain.paragraphs.map { paragraph in
        paragraph.map { line -> Note.Line in
          var line = line
          switch line.part {
          case .thanks: line.text = option
          // The round's thanks may say "for your time" where the first note's did not: the
          // close then says it again unless it is fitted to the new thanks.
          case .close: line.text = NoteComposer.close(line.text, after: option)
          default: break
          }
          return line
        }
      }
      let fitsSubject = subject.map { $0.count <= ChannelLimits.emailSubjectCharacters } ?? true
      let note = Note(
        channel: plain.channel, subject: fitsSubject ? subject : plain.subject,
        paragraphs: paragraphs)
      if note.fits(request.limits) { return note }
    }
    return plain
  }

  static func thanks(_ tone: Tone) -> [String] {
    switch tone {
    case .formal:
      ["Thank you for meeting with me{when} for {round} regarding {role} at {company}."]
    case .neutral:
      [
        "Thank you for meeting me{when} at {round} for {role} at {company}.",
        "Thank you for your time{when} at {round} for {role} at {company}.",
      ]
    case .warm:
      ["Thanks so much for seeing me{when} for {round} for {role} at {company}."]
    }
  }

  static func briefThanks(_ tone: Tone) -> String {
    tone == .warm
      ? "Thanks so much for seeing me{when}." : "Thank you for seeing me{when}."
  }

  // MARK: - After an offer call

  /// 1 drops the day, 2 the role, 3 the close, 4 the short thanks, 5 the short point.
  var squeezeSteps: Int { 5 }

  func lines(detail: Int, squeeze: Int) -> [Note.Line] {
    let fill = OccasionFill(request: request)
    let tone = request.tone
    let thanks =
      squeeze >= 4
      ? (tone == .warm
        ? "Thanks so much for your call and the offer." : "Thank you for your call and the offer.")
      : fill.fill(
        request.pick(Self.offerThanks(tone), 1), squeezeWhen: squeeze >= 1,
        squeezeRole: squeeze >= 2)
    let point =
      squeeze >= 5
      ? "I was delighted to hear from you." : request.pick(Self.offerPoint(tone), 2)
    var lines = [
      Note.Line(part: .thanks, text: thanks), Note.Line(part: .topic, text: point),
    ]
    if squeeze < 3, detail >= 1 {
      lines.append(Note.Line(part: .close, text: Self.offerClose(tone)))
    }
    return lines
  }

  func subjects(squeeze: Int) -> [String] {
    request.tone == .warm ? ["Thank you for the good news"] : ["Thank you for the offer"]
  }

  var shortSubject: String { "Thank you" }

  static func offerThanks(_ tone: Tone) -> [String] {
    switch tone {
    case .formal: ["Thank you for calling me{when} with the offer of {role} at {company}."]
    case .neutral:
      [
        "Thank you for calling me{when} with the offer of {role} at {company}.",
        "Thank you for your call{when} and for the offer of {role} at {company}.",
      ]
    case .warm: ["Thanks so much for calling me{when} with the offer of {role} at {company}."]
    }
  }

  static func offerPoint(_ tone: Tone) -> [String] {
    switch tone {
    case .formal: ["I was delighted to hear from you, and I look forward to reading the details."]
    case .neutral:
      ["I was delighted to hear from you, and I'm looking forward to reading the details."]
    case .warm: ["I was thrilled to hear from you, and I'm looking forward to reading the details."]
    }
  }

  static func offerClose(_ tone: Tone) -> String {
    switch tone {
    case .formal: "Thank you again for your time throughout the process."
    case .neutral: "Thank you again for your time throughout the process."
    case .warm: "Thanks again for everything so far."
    }
  }
}
