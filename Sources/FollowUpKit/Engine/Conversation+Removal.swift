/// "Drop the last line", "remove the bit about next steps": removing a line of the draft.
extension Conversation {
  mutating func remove(_ request: DraftRequest, recipient: Int) -> [Output] {
    guard let note = currentNote() else { return [.say(InterviewScript.noDraft)] }
    guard let line = Self.line(named: request, in: note) else {
      return [.say(InterviewScript.lineNotFound)]
    }
    switch line.part {
    // "dont say about the trial": the thanks stays, said as for an interview (`TrialShift`).
    case .thanks
    where answers.trialShift != false && line.text.contains("trial shift")
      && WordSplitter.words(Self.requestWords(request)).contains("trial"):
      answers.trialShift = false
      guard let changed = currentNote() else { return [.say(InterviewScript.noDraft)] }
      return [.say(InterviewScript.removed("the trial shift")), .showNote(changed)]
    case .thanks: return [.say(InterviewScript.keepTheThanks)]
    case .topic: return [.say(InterviewScript.keepTheTopic)]
    case .greeting, .signOff: return [.say(InterviewScript.keepGreetingAndSignOff)]
    case .added:
      return revise(
        .removeAdded(line.addedIndex ?? 0, recipient: recipient),
        done: InterviewScript.removed(line.text), unchanged: InterviewScript.alreadyGone)
    case .topicDetail, .connection, .interest, .close:
      return revise(
        .remove(line.part, recipient: recipient), done: InterviewScript.removed(line.text),
        unchanged: InterviewScript.alreadyGone)
    }
  }

  /// The words of a removal request that names them, else none.
  private static func requestWords(_ request: DraftRequest) -> String {
    if case .removeMatching(let words) = request { return words }
    return ""
  }

  /// The line a removal request names: the last, the nth, a part named by what it does, or the
  /// line sharing most words with the request.
  private static func line(named request: DraftRequest, in note: Note) -> Note.Line? {
    let body = note.lines.filter { $0.part != .greeting && $0.part != .signOff }
    switch request {
    case .removeLast:
      return body.last
    case .removeOrdinal(let number):
      return number <= body.count ? body[number - 1] : nil
    case .removeMatching(let words):
      // "the topic", "the thanks", "the closing line": parts named by what they do.
      // Named as whole words: "my house being close" names no closing line.
      let named = " " + WordSplitter.words(words).joined(separator: " ") + " "
      if let part = namedParts.first(where: { named.contains(" " + $0.0) })?.1,
        let line = note.lines.last(where: { $0.part == part })
      {
        return line
      }
      let wanted = Phrase.stems(words)
      var best: (Note.Line, Int)?
      for line in body {
        let shared = Phrase.stems(line.text).intersection(wanted).count
        if shared > 0, shared > (best?.1 ?? 0) { best = (line, shared) }
      }
      // "take out the bit about my kid" when the line says "a little one": something of the
      // person's own, in other words than the note's, is in the one line that is theirs.
      if best == nil, WordSplitter.words(words).contains(where: { ["my", "mine"].contains($0) }) {
        return body.first(where: { $0.part == .interest })
      }
      // "remove the year": a word for a kind of word names the one line that holds such a
      // word ("... in 1989"), when no line shares a word with the request (tuning 47's cq059).
      let asked = Set(WordSplitter.words(words))
      if best == nil, !asked.isDisjoint(with: ["year", "years", "date", "number", "numbers"]) {
        let holding = body.filter { line in
          WordSplitter.words(line.text).contains { word in
            guard let number = Int(word) else { return false }
            return !asked.isDisjoint(with: ["year", "years"])
              ? (1900...2100).contains(number) : true
          } && line.part != .thanks && line.part != .topic
        }
        if holding.count == 1 { return holding[0] }
      }
      return best?.0
    default:
      return nil
    }
  }

  /// Parts of a note named by what they do, by a word stem the person may use.
  /// "the thanks again bit" is the closing thanks, not the opening one.
  private static let namedParts: [(String, Note.Part)] = [
    ("thanks again", .close), ("thank you again", .close), ("topic", .topic), ("thank", .thanks),
    ("closing", .close), ("close line", .close), ("close bit", .close), ("greeting", .greeting),
    ("sign", .signOff),
  ]
}
