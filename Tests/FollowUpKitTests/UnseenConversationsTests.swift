import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// Whole conversations written by someone who never read the sources: a simulated person
/// answers whatever FollowUp asks, in their own words, with their corrections and asides, then
/// asks for changes. Measures whether every conversation reaches a note, whether any question is
/// asked a third time, and whether the note holds the facts a careful reader expects.
/// `SHOW_MISSES=1` lists the misses; `NOTES_OUT=FILE` writes each first note with its
/// conversation, for a reader to judge.
@Suite("Unseen conversations")
struct UnseenConversationsTests {
  struct Score: CustomStringConvertible, Sendable {
    var conversations = 0
    var reachedNote = 0
    var askedThirdTime = 0
    var fields: [String: (passed: Int, total: Int)] = [:]
    var revisions = (passed: 0, total: 0)
    var misses: [String] = []
    var notes: [[String: String]] = []
    /// The faults the grammar checks find in each first note's topic and point sentences.
    var sentenceProblems: [String] = []
    /// The first notes whose topic is a thing cut from the verb the person said it with.
    var verbCuts: [String] = []
    /// The first notes whose topic is no whole noun phrase beside the person's words: an
    /// adjective, a compound or complex preposition cut, a quantity as head (`TopicHead`).
    var headCuts: [String] = []

    mutating func check(_ field: String, _ ok: Bool, _ why: @autoclosure () -> String) {
      var entry = fields[field, default: (0, 0)]
      entry.total += 1
      if ok { entry.passed += 1 } else { misses.append(why()) }
      fields[field] = entry
    }

    var allFields: (passed: Int, total: Int) {
      fields.values.reduce((0, 0)) { ($0.0 + $1.passed, $0.1 + $1.total) }
    }

    var description: String {
      "reached a note \(reachedNote)/\(conversations), a question asked a third time in "
        + "\(askedThirdTime); facts in the note "
        + fields.keys.sorted().map { "\($0) \(fields[$0]?.passed ?? 0)/\(fields[$0]?.total ?? 0)" }
        .joined(separator: ", ")
        + "; change requests \(revisions.passed)/\(revisions.total)"
    }
  }

  /// Each set's score, replayed once per test process (`ReplayMemo`): the tuning sets' floors
  /// below and `FirstNoteGrammarTests` read the same replays.
  static let scores = ReplayMemo<Score>()

  /// The score of every conversation in `file`, read with `today` as the day it was written.
  static func run(_ file: String, today: CivilDate = Unseen.today) throws -> Score {
    try scores.value(for: "\(file) \(today)") { try replay(file, today: today) }
  }

  static func replay(_ file: String, today: CivilDate) throws -> Score {
    var score = Score()
    for item in try Unseen.objects(file) {
      guard let id = item["id"] as? String, let opening = item["opening"] as? String,
        let answers = item["answers"] as? [String: Any],
        let expect = item["expect"] as? [String: Any]
      else { continue }
      score.conversations += 1
      var interjections = (item["interjections"] as? [[String: Any]]) ?? []
      var conversation = Conversation(today: today, surface: .remote)
      var transcript: [String] = []
      func send(_ text: String) {
        let reply = conversation.send(text)
        transcript.append("> " + text)
        transcript.append(reply.text)
      }
      send(opening)
      var answered: [Stage: Int] = [:]
      var turns = 0
      while conversation.note == nil || conversation.stage != .draft, turns < 40 {
        turns += 1
        let stage = conversation.stage
        if stage == .draft || stage == .done { break }
        if let index = interjections.firstIndex(where: {
          (($0["before"] ?? $0["at"]) as? String) == stage.rawValue
        }),
          let text = interjections[index]["text"] as? String
        {
          interjections.remove(at: index)
          send(text)
          continue
        }
        answered[stage, default: 0] += 1
        var text = answers[stage.rawValue] as? String
        if stage == .topic { text = text ?? "yes" }
        if stage == .channel { text = text ?? "email" }
        send(text ?? "skip")
      }
      if let shown = ProcessInfo.processInfo.environment["SHOW_CONVERSATION"],
        shown.split(separator: ",").contains(Substring(id))
      {
        print(transcript.joined(separator: "\n"))
      }
      if answered.values.contains(where: { $0 >= 3 }) {
        score.askedThirdTime += 1
        score.misses.append(
          "\(id): a question asked a third time: \(answered.filter { $0.value >= 3 }.keys.map(\.rawValue))"
        )
      }
      guard let note = conversation.note else {
        score.misses.append("\(id): no note\n" + transcript.suffix(6).joined(separator: "\n"))
        continue
      }
      score.reachedNote += 1
      let request = conversation.currentRequest()
      for line in note.lines {
        let problem: String? =
          switch line.part {
          case .topic:
            TopicGrammar.sentenceProblem(line.text) ?? TopicGrammar.bareNounProblem(line.text)
              ?? TopicGate.looseEnd(line.text)
              ?? request.flatMap {
                TopicGate.problem(NoteComposer.spoken($0.topic.text, interest: $0.interest))
              }

          case .interest:
            PointCheck.problem(in: line.text)
              ?? VouchedPoint.bareCountedObject(
                Self.plainWords(line.text), Self.typedWords(line.text))
              ?? request.flatMap { Self.pointProblem(line.text, $0) }
          case .thanks: request.flatMap { Self.openingProblem(line.text, $0) }
          default: nil
          }
        if let problem { score.sentenceProblems.append("\(id): \(problem): \(line.text)") }
        // A thing printed without the verb the person said it with (`TopicVerbCut`).
        if line.part == .topic, let request, let discussion = answers["discussion"] as? String,
          let cut = TopicVerbCut.problem(request.topic.text, source: discussion)
        {
          score.verbCuts.append("\(id): \(cut): \(line.text)")
        }
        if line.part == .topic, let request, let discussion = answers["discussion"] as? String,
          let cut = TopicHead.problem(request.topic.text, source: discussion)
        {
          score.headCuts.append("\(id): \(cut): \(line.text)")
        }
      }
      let body = note.body
      // The day, the rejection and the news the note claims, against what was said
      // (`NoteClaims`).
      score.sentenceProblems += NoteClaims.problems(
        note: body, conversation: transcript.joined(separator: "\n"), today: today
      ).map { "\(id): \($0)" }
      score.notes.append([
        "id": id, "conversation": transcript.joined(separator: "\n"), "note": body,
      ])
      let lines = body.split(separator: "\n").map(String.init)
      let facts = conversation.facts
      func want(_ key: String) -> String? { expect[key] as? String }
      if let greeting = want("greeting") {
        let first = lines.first(where: { !$0.hasPrefix("Subject:") }) ?? ""
        score.check(
          "greeting", Self.greets(first, greeting, notes: Self.greetingLines(conversation)),
          "\(id): greeting \(greeting), got \(first)")
      }
      if let signOff = want("signoff") {
        let last = lines.last ?? ""
        score.check("signoff", last == signOff, "\(id): signed \(signOff), got \(last)")
      }
      if let company = want("company") {
        score.check(
          "company", facts.company == company,
          "\(id): company \(company), got \(facts.company ?? "nil")")
      }
      if expect.keys.contains("role") {
        let role = want("role")?.lowercased()
        // A title's clipping and its full word name the same job ("sales rep", "sales
        // representative"): the sets' writers typed either, so both are read written out.
        score.check(
          "role",
          facts.role.map({ TitleClipping.writtenOut($0).lowercased() })
            == role.map({ TitleClipping.writtenOut($0).lowercased() }),
          "\(id): role \(role ?? "nil"), got \(facts.role ?? "nil")")
      }
      if expect.keys.contains("date") {
        let date = want("date")
        score.check(
          "date", facts.when?.date?.iso == date,
          "\(id): date \(date ?? "nil"), got \(facts.when?.date?.iso ?? "nil")")
      }
      if let outcome = want("outcome") {
        let got = facts.outcome.map(UnseenAnswersTests.word)
        score.check(
          "outcome", got == outcome || outcome == "unsure" && got == nil,
          "\(id): outcome \(outcome), got \(got ?? "nil")")
      }
      if let words = expect["topic_words"] as? [String] {
        let lower = body.lowercased()
        score.check(
          "topic", words.contains { lower.contains($0.lowercased()) },
          "\(id): topic \(words), note:\n\(body)")
      }
      if let channel = want("channel") {
        score.check(
          "channel", note.channel.rawValue == channel,
          "\(id): channel \(channel), got \(note.channel.rawValue)")
      }
      for revision in (item["revisions"] as? [[String: Any]]) ?? [] {
        guard let text = revision["text"] as? String,
          let wanted = revision["expect"] as? [String: Any]
        else { continue }
        send(text)
        let body = conversation.note?.body ?? ""
        let lines = body.split(separator: "\n").map(String.init)
        var ok = true
        if let signOff = wanted["signoff"] as? String, lines.last != signOff { ok = false }
        if let greeting = wanted["greeting"] as? String,
          !Self.greets(
            lines.first(where: { !$0.hasPrefix("Subject:") }) ?? "", greeting,
            notes: Self.greetingLines(conversation))
        {
          ok = false
        }
        if let company = wanted["company"] as? String, !body.contains(company) { ok = false }
        if let removed = wanted["removed"] as? String, Self.mentions(body, removed) {
          ok = false
        }
        if let words = wanted["topic_words"] as? [String],
          !words.contains(where: { body.lowercased().contains($0.lowercased()) })
        {
          ok = false
        }
        score.revisions.total += 1
        if ok {
          score.revisions.passed += 1
        } else {
          score.misses.append("\(id): change \"\(text)\" -> \(wanted)\n\(transcript.last ?? "")")
        }
      }
    }
    return score
  }

  /// What the point gate finds in a printed point, read beside all the note says before it.
  /// A sentence's words as typed, and as the checks read them (lower case, no marks).
  static func typedWords(_ sentence: String) -> [String] {
    sentence.split(separator: " ").map(String.init)
  }

  static func plainWords(_ sentence: String) -> [String] {
    typedWords(sentence).map { $0.lowercased().trimming(",.!?;:()\"") }
  }

  static func pointProblem(_ sentence: String, _ request: NoteRequest) -> String? {
    let before = [
      NoteComposer.spoken(request.topic.text, interest: request.interest),
      request.role.flatMap {
        RoleTitle.printable($0, company: request.company, answered: request.roleAnswered == true)
      } ?? "",
      request.company,
    ].joined(separator: " ")
    // A thing the point points back at ("that line") may be one the interview named: the
    // reader was there (`NoteRequest.discussed`).
    return PointGate.problem(in: sentence, topic: before, shared: request.discussed ?? "")
  }

  /// A role printed that is no job title, or a company printed without the article its head
  /// takes.
  static func openingProblem(_ sentence: String, _ request: NoteRequest) -> String? {
    if let role = request.role,
      RoleTitle.printable(role, company: request.company, answered: request.roleAnswered == true)
        == nil,
      sentence.contains("the \(role) role") || sentence.contains("the \(role) position")
    {
      return "a role that is no job title"
    }
    if InstitutionName.takesArticle(request.company), !request.company.isEmpty,
      sentence.contains("at \(request.company)")
    {
      return "a company without its article"
    }
    return nil
  }

  /// Whether `text` still holds `words` as whole words ("ELL" is not in "telling"), any case.
  static func mentions(_ text: String, _ words: String) -> Bool {
    let letters = { (c: Character) in c.isLetter || c.isNumber }
    var rest = text.lowercased()[...]
    let wanted = words.lowercased()
    while let range = rest.range(of: wanted) {
      let before =
        range.lowerBound == rest.startIndex ? nil : rest[rest.index(before: range.lowerBound)]
      let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
      if !(before.map(letters) ?? false) && !(after.map(letters) ?? false) { return true }
      rest = rest[range.upperBound...]
    }
    return false
  }

  /// Whether a greeting line addresses the person the case expects. Writers give the interviewer
  /// as the note should name them ("Mr Gary Holt", "Dave Pritchard"); a note may use the usual
  /// short form: a title with the family name ("Dear Mr Holt,"), or without a title the given name
  /// ("Hi Dave,"). Any title written must be kept, and a second person ("X and Y") must be there.
  ///
  /// FollowUp writes one note per interviewer by design (each on its own point, a change applies
  /// to the note in view), so where the case names several people ("Dr Chen and Tom") and the
  /// draft holds a note for each, every person must be greeted by one of those notes; `notes`
  /// are the greeting lines of all of them.
  static func greets(_ line: String, _ expected: String, notes: [String] = []) -> Bool {
    if line.contains(expected + ",") { return true }
    let people = expected.components(separatedBy: " and ")
    if people.count > 1, notes.count > 1 {
      return people.allSatisfy { person in notes.contains { greets($0, person) } }
    }
    return greets(line, people)
  }

  /// The greeting line of every note in the draft, one per interviewer, with the changes made.
  static func greetingLines(_ conversation: Conversation) -> [String] {
    guard let draft = conversation.draft else { return [] }
    return conversation.recipients.indices.compactMap { index in
      conversation.request(for: index, in: draft, revisions: draft.applied).map { request in
        NoteComposer.compose(request).body.split(separator: "\n").map(String.init)
          .first(where: { !$0.hasPrefix("Subject:") }) ?? ""
      }
    }
  }

  private static func greets(_ line: String, _ people: [String]) -> Bool {
    let titles: Set<String> = [
      "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sister", "chef", "mx", "sir", "dame",
    ]
    return people.allSatisfy { person in
      let words = person.split(separator: " ").map(String.init)
      guard let first = words.first, let last = words.last else { return false }
      if titles.contains(first.lowercased().trimmingCharacters(in: ["."])) {
        return line.contains(first) && line.contains(last)
      }
      return line.contains(first)
    }
  }

  static func report(_ score: Score, _ label: String) {
    print("unseen conversations (\(label)): \(score)")
    let environment = ProcessInfo.processInfo.environment
    if environment["SHOW_MISSES"] != nil { print(score.misses.joined(separator: "\n")) }
    if let path = environment["NOTES_OUT"] {
      let lines = score.notes.compactMap { note -> String? in
        guard let data = try? JSONSerialization.data(withJSONObject: note, options: [.sortedKeys])
        else { return nil }
        return String(decoding: data, as: UTF8.self)
      }
      try? (lines.joined(separator: "\n") + "\n").write(
        toFile: path + "-" + label + ".jsonl", atomically: true, encoding: .utf8)
    }
  }

  /// The figures a set has reached, held so that no change makes them worse: at least so many
  /// conversations read and notes reached, at most so many asking a question a third time.
  static func expectFloors(
    _ score: Score, conversations: Int, reached: Int, thirdAsks: Int,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(score.conversations >= conversations, sourceLocation: sourceLocation)
    #expect(score.reachedNote >= reached, sourceLocation: sourceLocation)
    #expect(score.askedThirdTime <= thirdAsks, sourceLocation: sourceLocation)
  }

  /// The first held-out conversations. A blind judge's report on their notes prompted fixes, so
  /// they now tune; their figures are kept as floors. The unseen figure comes from a newer set.
  @Test("former held-out conversations reach a note, never ask a question a third time")
  func formerHeldOut() throws {
    let score = try Self.run("conversations-tune2.jsonl")
    Self.report(score, "tuning 2 (former held-out)")
    // The issue's target is every conversation reaching a note with no question asked a third
    // time; 78 and 3 before the ask limit, 80 and 0 after it.
    Self.expectFloors(score, conversations: 80, reached: 80, thirdAsks: 0)
    #expect((score.fields["topic"]?.passed ?? 0) >= 66)
    // Change requests: 32 of 44 before names were read by cue and reasons set aside, 44 after.
    #expect(score.revisions.passed >= 44)
  }

  @Test("tuning conversation sets hold their floors", arguments: TuningSet.all)
  func tuningSet(_ set: TuningSet) throws {
    let score = try Self.run(set.file, today: set.written ?? Unseen.today)
    Self.report(score, set.label)
    #expect(score.conversations >= set.conversations)
    if let reached = set.reached { #expect(score.reachedNote >= reached) }
    if let thirdAsks = set.thirdAsks { #expect(score.askedThirdTime <= thirdAsks) }
    if let revisions = set.revisions { #expect(score.revisions.passed >= revisions) }
    for (field, floor) in set.fields.sorted(by: { $0.key < $1.key }) {
      #expect((score.fields[field]?.passed ?? 0) >= floor, "\(set.label): \(field)")
    }
  }

  /// Sixty conversations written blind on 7 December 2026 (their "today" Wednesday
  /// 9 December) by two helpers that never read the sources (the fifty-first set), committed
  /// before the rounds they measure. Aggregate only.
  @Test("held-out conversations 51: aggregate figures only")
  func heldOutFiftyFirst() throws {
    let written = CivilDate(year: 2026, month: 12, day: 9) ?? Unseen.today
    var score = try Self.run("conversations-heldout51.jsonl", today: written)
    score.misses = []
    Self.report(score, "held-out 51")
  }

  @Test("tuning conversations")
  func tuning() throws {
    let score = try Self.run("conversations-tune.jsonl")
    Self.report(score, "tuning")
    #expect(score.revisions.passed >= 11)
  }
}
