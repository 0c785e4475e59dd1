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
  struct Score: CustomStringConvertible {
    var conversations = 0
    var reachedNote = 0
    var askedThirdTime = 0
    var fields: [String: (passed: Int, total: Int)] = [:]
    var revisions = (passed: 0, total: 0)
    var misses: [String] = []
    var notes: [[String: String]] = []
    /// The faults the grammar checks find in each first note's topic and point sentences.
    var sentenceProblems: [String] = []

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

  static func run(_ file: String, today: CivilDate = Unseen.today) throws -> Score {
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
            TopicGrammar.sentenceProblem(line.text)
              ?? request.flatMap {
                TopicGate.problem(NoteComposer.spoken($0.topic.text, interest: $0.interest))
              }
          case .interest:
            PointCheck.problem(in: line.text)
              ?? request.flatMap { Self.pointProblem(line.text, $0) }
          case .thanks: request.flatMap { Self.openingProblem(line.text, $0) }
          default: nil
          }
        if let problem { score.sentenceProblems.append("\(id): \(problem): \(line.text)") }
      }
      let body = note.body
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
        score.check(
          "role", facts.role?.lowercased() == role,
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
  static func pointProblem(_ sentence: String, _ request: NoteRequest) -> String? {
    let before = [
      NoteComposer.spoken(request.topic.text, interest: request.interest),
      request.role.flatMap { RoleTitle.printable($0, company: request.company) } ?? "",
      request.company,
    ].joined(separator: " ")
    return PointGate.problem(in: sentence, topic: before)
  }

  /// A role printed that is no job title, or a company printed without the article its head
  /// takes.
  static func openingProblem(_ sentence: String, _ request: NoteRequest) -> String? {
    if let role = request.role, RoleTitle.printable(role, company: request.company) == nil,
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

  /// Fifty conversations written blind and measured once before this round (43/50 reached a
  /// note; a blind judge found 4 clean first notes). The judge's findings then prompted fixes, so
  /// they tune now; a newer set measures.
  @Test("tuning conversations 3 (second held-out set, judged)")
  func tuning3() throws {
    let score = try Self.run("conversations-tune3.jsonl")
    Self.report(score, "tuning 3")
    #expect(score.conversations >= 50)
    #expect(score.revisions.passed >= 22)
  }

  /// The third held-out set: measured before and after the second round (43 -> 48 reached a
  /// note, 7 -> 2 asked a question a third time) and judged blind twice. The judge's verdicts
  /// (committed in `Data/judged/tune4-*`) guide the next round, so they tune now, their figures
  /// kept as floors.
  @Test("tuning conversations 4 (third held-out set, judged)")
  func tuning4() throws {
    let score = try Self.run("conversations-tune4.jsonl")
    Self.report(score, "tuning 4")
    // 48 and 2 when it became a tuning set; 50 and 0 after the ask limit.
    Self.expectFloors(score, conversations: 50, reached: 50, thirdAsks: 0)
    #expect(score.revisions.passed >= 31)
    // Someone added by a later message, sentences cut where the person ends them (corr16:
    // company 42 -> 43, greeting 46 -> 48, role 42 -> 43).
    #expect((score.fields["company"]?.passed ?? 0) >= 43)
    #expect((score.fields["greeting"]?.passed ?? 0) >= 48)
    #expect((score.fields["role"]?.passed ?? 0) >= 43)
    // role17: a role is a whole title or none, kept whole with its function, a comment
    // after it dropped.
    #expect((score.fields["role"]?.passed ?? 0) >= 45)
  }

  /// The fourth held-out set (sixty conversations written blind on 1 December, dates read from
  /// that day): measured before and after the rounds of 1 December (51 -> 52 reached a note,
  /// 10 -> 8 asked a question a third time) and judged blind twice. The judge's verdicts
  /// (committed in `Data/judged/tune5-*`) guide the next round, so they tune now, their figures
  /// kept as floors.
  @Test("tuning conversations 5 (fourth held-out set, judged)")
  func tuning5() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.run("conversations-tune5.jsonl", today: written)
    Self.report(score, "tuning 5")
    // 52 and 8 when it became a tuning set; 60 and 0 once a question the note needs goes on
    // without its answer rather than asking a third time.
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 0)
    #expect(score.revisions.passed >= 32)
  }

  /// The fifth held-out set (sixty conversations written blind on 1 December 2026), measured
  /// before and after two rounds and judged blind twice, then tuned on: its first notes were read
  /// as a hiring manager would and the faults found there drove the next voice and reading round.
  @Test("tuning conversations 6 (fifth held-out set, judged)")
  func tuning6() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.run("conversations-tune6.jsonl", today: written)
    Self.report(score, "tuning 6")
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 0)
    // Change requests: 41 of 54 before names were read by cue and reasons set aside, 54 after.
    #expect(score.revisions.passed >= 54)
  }

  /// The sixth held-out set (sixty conversations written blind on 1 December 2026), measured
  /// before and after the rounds of that morning (59 -> 60 reaching a note) and judged blind
  /// before and after (19 of 59 first notes clean -> 24 of 59; verdicts in
  /// `Data/judged/tune7-*`), then tuned on.
  @Test("tuning conversations 7 (sixth held-out set, judged)")
  func tuning7() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.run("conversations-tune7.jsonl", today: written)
    Self.report(score, "tuning 7")
    // A question asked a third time in 1 (p025: "how to change a barrel" read as a correction)
    // until a verb of changing needed a fact as its object: 0 since.
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 0)
  }

  /// The seventh held-out set (sixty conversations written blind on 1 December 2026), measured
  /// before and after the afternoon rounds (only 3 of 60 first notes changed) and judged blind
  /// before and after (14 of 60 clean both times; verdicts in `Data/judged/tune8-*`), then tuned
  /// on: the lesson that tuning to one set's sentences does not carry to unseen text came from it.
  @Test("tuning conversations 8 (seventh held-out set, judged)")
  func tuning8() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.run("conversations-tune8.jsonl", today: written)
    Self.report(score, "tuning 8")
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 0)
    #expect(score.revisions.passed >= 54)
  }

  /// The eighth held-out set (sixty conversations written blind on 1 December 2026), measured
  /// before and after the vouching rounds (13 of 60 first notes changed) and judged blind
  /// before and after (18 -> 20 of 60 clean; verdicts in `Data/judged/tune9-*`), then tuned on.
  @Test("tuning conversations 9 (eighth held-out set, judged)")
  func tuning9() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.run("conversations-tune9.jsonl", today: written)
    Self.report(score, "tuning 9")
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 0)
    #expect(score.revisions.passed >= 49)
  }

  /// The ninth held-out set (sixty conversations written blind late on 1 December 2026),
  /// measured before and after a small round (no note changed) and judged blind (17 of 60
  /// clean; verdicts in `Data/judged/tune10-*`), then tuned on from the session of 1 December
  /// evening.
  @Test("tuning conversations 10 (ninth held-out set, judged)")
  func tuning10() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.run("conversations-tune10.jsonl", today: written)
    Self.report(score, "tuning 10")
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 1)
    #expect(score.revisions.passed >= 54)
  }

  /// The tenth held-out set (sixty conversations written blind on the evening of 1 December 2026),
  /// measured before and after the fifth session's rounds and judged blind (18 -> 19 of 60 clean,
  /// 20 by a fresh judge; verdicts in `Data/judged/tune11-*`), then tuned on from the sixth
  /// session (1 December, late evening).
  @Test("tuning conversations 11 (tenth held-out set, judged)")
  func tuning11() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.run("conversations-tune11.jsonl", today: written)
    Self.report(score, "tuning 11")
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 0)
    #expect(score.revisions.passed >= 38)
  }

  /// The eleventh held-out set (sixty conversations written blind late on 1 December 2026),
  /// measured before and after the sixth session's rounds and judged blind (12 -> 17 of 60 clean,
  /// 19 by a fresh judge; verdicts in `Data/judged/tune12-*`), then tuned on from the seventh
  /// session (1 December, night).
  @Test("tuning conversations 12 (eleventh held-out set, judged)")
  func tuning12() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.run("conversations-tune12.jsonl", today: written)
    Self.report(score, "tuning 12")
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 0)
    #expect(score.revisions.passed >= 54)
    // The seventh session's rounds: topic 50 -> 56 (the person's typed choice read, candidates
    // ranked by what their clause says), greeting 38 -> 42, company 49 -> 50, day 53 -> 55.
    #expect((score.fields["topic"]?.passed ?? 0) >= 56)
    #expect((score.fields["greeting"]?.passed ?? 0) >= 42)
    #expect((score.fields["company"]?.passed ?? 0) >= 50)
    #expect((score.fields["date"]?.passed ?? 0) >= 55)
  }

  /// The twelfth held-out set (sixty conversations written blind on the night of 1 December
  /// 2026), measured before and after the seventh session's rounds and judged blind (13 -> 12 of
  /// 60 clean like for like, 14 by a fresh judge; verdicts in `Data/judged/tune13-*`), then tuned
  /// on from the eighth session (2 December).
  @Test("tuning conversations 13 (twelfth held-out set, judged)")
  func tuning13() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.run("conversations-tune13.jsonl", today: written)
    Self.report(score, "tuning 13")
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 0)
    #expect(score.revisions.passed >= 59)
    #expect((score.fields["topic"]?.passed ?? 0) >= 50)
    #expect((score.fields["greeting"]?.passed ?? 0) >= 38)
    // A choice made over the offer with "not X" is no company correction (aa024): 46 -> 47.
    #expect((score.fields["company"]?.passed ?? 0) >= 47)
    #expect((score.fields["outcome"]?.passed ?? 0) >= 51)
    // The eighth session's rounds: the employer's plans found however reported, laughter
    // around a yes, "be plant based" (topic 50 -> 58); companies whole as typed, the person's own word on their
    // name, greetings only with evidence of a name (facts13: company 47 -> 52, sign-off 50 ->
    // 57, greeting 38 -> 39); "we don't do thank you emails" no silence (outcome 51 -> 52).
    // 59 once "he talked about them buying a smaller firm in Bath" is the employer's doing
    // (aa042).
    #expect((score.fields["topic"]?.passed ?? 0) >= 59)
    #expect((score.fields["company"]?.passed ?? 0) >= 52)
    #expect((score.fields["signoff"]?.passed ?? 0) >= 57)
    #expect((score.fields["greeting"]?.passed ?? 0) >= 39)
    #expect((score.fields["outcome"]?.passed ?? 0) >= 52)
  }

  /// The thirteenth held-out set (sixty conversations written blind on 2 December 2026),
  /// measured before and after the eighth session's rounds and judged blind (12 -> 16 of 60 clean
  /// like for like, 19 by a fresh judge; verdicts in `Data/judged/tune14-*`), then tuned on from
  /// the ninth session (2 December, later).
  @Test("tuning conversations 14 (thirteenth held-out set, judged)")
  func tuning14() throws {
    let written = CivilDate(year: 2026, month: 12, day: 2) ?? Unseen.today
    let score = try Self.run("conversations-tune14.jsonl", today: written)
    Self.report(score, "tuning 14")
    // No question asked a third time (ac032, ac046 settled at the second question back).
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 0)
    #expect(score.revisions.passed >= 49)
    #expect((score.fields["topic"]?.passed ?? 0) >= 54)
    // The person's wish on their name wins, greetings only for a vouched interviewer with the
    // title used (facts14: greeting 35 -> 40, sign-off 52 -> 59).
    #expect((score.fields["greeting"]?.passed ?? 0) >= 40)
    #expect((score.fields["company"]?.passed ?? 0) >= 41)
    #expect((score.fields["signoff"]?.passed ?? 0) >= 59)
    #expect((score.fields["outcome"]?.passed ?? 0) >= 51)
    // The ninth session: a bracketed place set aside, "The Hunterian", "Hair by Jade", symbols
    // kept on a company found in a sentence ("at Loop+"): company 41 -> 45.
    #expect((score.fields["company"]?.passed ?? 0) >= 45)
    // A greeting opening the message ("alright.") is no verdict; "mixed up", "car crash" are
    // slips; "grand mostly, froze on ..." is mixed: outcome 51 -> 56.
    #expect((score.fields["outcome"]?.passed ?? 0) >= 56)
    // "make sure it says X not Y", "say Mei not Mei Ling at the end", "less like a robot":
    // change requests 49 -> 51.
    #expect(score.revisions.passed >= 51)
    // The merged rounds together (corrections statement by statement, the topic sentence by
    // grammar, names, a workplace no role): company 46, day 57, role 48, topic 55.
    #expect((score.fields["company"]?.passed ?? 0) >= 46)
    #expect((score.fields["date"]?.passed ?? 0) >= 57)
    #expect((score.fields["role"]?.passed ?? 0) >= 48)
    // 56 once 'tom is mad into the robotic milkers' marks the thing (ac047).
    #expect((score.fields["topic"]?.passed ?? 0) >= 56)
  }

  /// The fourteenth held-out set (sixty conversations written blind on 2 December 2026),
  /// measured before and after the ninth session's rounds and judged blind (26 of 60 clean like
  /// for like before and after, 23 by a fresh judge; verdicts in `Data/judged/tune15-*`), then
  /// tuned on from the tenth session.
  @Test("tuning conversations 15 (fourteenth held-out set, judged)")
  func tuning15() throws {
    let written = CivilDate(year: 2026, month: 12, day: 2) ?? Unseen.today
    let score = try Self.run("conversations-tune15.jsonl", today: written)
    Self.report(score, "tuning 15")
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 0)
    #expect(score.revisions.passed >= 54)
    // Topic 56 at rotation; 58 once the thing named beside a yes wins and typed words match
    // another form of an offered topic's words (ae006, ae018); 59 once a plan said with a bare
    // verb is found ("they start doing heat pump installs", ae039). 58 since the person's
    // line is used only as written (`PointRegister`): ae060's topic ("the housing
    // associations") was never right, and the check found "mould" in its point, typed as chat
    // and now kept out of the note.
    #expect((score.fields["topic"]?.passed ?? 0) >= 58)
    #expect((score.fields["greeting"]?.passed ?? 0) >= 40)
    #expect((score.fields["company"]?.passed ?? 0) >= 48)
    #expect((score.fields["signoff"]?.passed ?? 0) >= 58)
    #expect((score.fields["outcome"]?.passed ?? 0) >= 53)
    #expect((score.fields["date"]?.passed ?? 0) >= 58)
    #expect((score.fields["role"]?.passed ?? 0) >= 51)
    // Names read as parts, a title only with a family name, panels and jobs apart, chat words
    // never a name (names15: greeting 40 -> 43, sign-off 58 -> 60).
    #expect((score.fields["greeting"]?.passed ?? 0) >= 43)
    #expect((score.fields["signoff"]?.passed ?? 0) >= 60)
    // The scorer reading one note per interviewer (greeting 51 with names15's work), and
    // corr15's corrections by shape, quantities no dates, an interviewer's job never the role.
    #expect((score.fields["greeting"]?.passed ?? 0) >= 51)
    // people16: a correction's spelling hint ("with e") is not the name (greeting 51 -> 52).
    #expect((score.fields["greeting"]?.passed ?? 0) >= 52)
    #expect((score.fields["company"]?.passed ?? 0) >= 50)
    #expect((score.fields["date"]?.passed ?? 0) >= 59)
    #expect((score.fields["role"]?.passed ?? 0) >= 53)
    // role17: a role is a whole title or none, kept whole with its function, a comment
    // after it dropped.
    #expect((score.fields["role"]?.passed ?? 0) >= 56)
    // company16: a bracket the name goes on after, a web address (company 50 -> 52).
    #expect((score.fields["company"]?.passed ?? 0) >= 52)
  }

  /// The fifteenth held-out set (sixty conversations written blind on 2 December 2026),
  /// measured before and after the tenth session's rounds and judged blind (19 of 60 clean before
  /// and after, like for like and by a fresh judge; verdicts in `Data/judged/tune16-*`), then
  /// tuned on from the eleventh session. Floors are the figures at rotation.
  @Test("tuning conversations 16 (fifteenth held-out set, judged)")
  func tuning16() throws {
    let written = CivilDate(year: 2026, month: 12, day: 2) ?? Unseen.today
    let score = try Self.run("conversations-tune16.jsonl", today: written)
    Self.report(score, "tuning 16")
    // people16: only a person's name read at a question about people is greeted; corrections
    // of a title or a double-barrelled name reach the greeting (greeting 53 -> 57, company 39
    // -> 40, outcome 54 -> 55, a question asked a third time 1 -> 0).
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 0)
    #expect(score.revisions.passed >= 57)
    // 54 once 'delighted with the school's new outdoor classroom' marks the thing (ag045).
    #expect((score.fields["topic"]?.passed ?? 0) >= 54)
    #expect((score.fields["greeting"]?.passed ?? 0) >= 57)
    // company16: a town and a branch after the name, a digit inside a word, a full name in a
    // remark, an apology no company (company 39 -> 49).
    #expect((score.fields["company"]?.passed ?? 0) >= 49)
    #expect((score.fields["signoff"]?.passed ?? 0) >= 59)
    #expect((score.fields["outcome"]?.passed ?? 0) >= 55)
    #expect((score.fields["date"]?.passed ?? 0) >= 59)
    #expect((score.fields["role"]?.passed ?? 0) >= 46)
    // role17: a role is a whole title or none, kept whole with its function, a comment
    // after it dropped.
    #expect((score.fields["role"]?.passed ?? 0) >= 49)
    // An "-ing" word before "about" is how the interviewer felt, never a plan (ag053: topic
    // 54 -> 55).
    #expect((score.fields["topic"]?.passed ?? 0) >= 55)
  }

  /// The sixteenth held-out set (sixty conversations written blind on 2 December 2026),
  /// measured before and after the eleventh session's rounds and judged blind (15 of 60 clean
  /// before and like for like after, 17 by a fresh judge; verdicts in `Data/judged/tune17-*`),
  /// then tuned on from the twelfth session. Floors are the figures at rotation.
  @Test("tuning conversations 17 (sixteenth held-out set, judged)")
  func tuning17() throws {
    let written = CivilDate(year: 2026, month: 12, day: 2) ?? Unseen.today
    let score = try Self.run("conversations-tune17.jsonl", today: written)
    Self.report(score, "tuning 17")
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 0)
    #expect(score.revisions.passed >= 69)
    // pick17: news found in a long sentence, the person's words at the topic question over
    // the suggestion, no other interviewer's topic standing in, no clause pointing back at
    // another ("its not just rewires anymore") (topic 52 -> 57). 56 since topic19: ai039's
    // "Yes the mastery pilot is good" had been taken whole as a topic no interviewer raised,
    // so it stayed in the first note, to Mr Oduya. Its verdict set aside, "the mastery pilot"
    // is credited to Ms Clarke, who described the mastery programme (`withSpeaker`), so Mr
    // Oduya's note takes what he raised (the trust merger), as every note of several
    // interviewers does. The case reads only the first note.
    #expect((score.fields["topic"]?.passed ?? 0) >= 56)
    #expect((score.fields["greeting"]?.passed ?? 0) >= 47)
    #expect((score.fields["company"]?.passed ?? 0) >= 51)
    #expect((score.fields["signoff"]?.passed ?? 0) >= 60)
    #expect((score.fields["outcome"]?.passed ?? 0) >= 50)
    #expect((score.fields["date"]?.passed ?? 0) >= 58)
    // role17: a role is a whole title or none, kept whole with its function, a comment
    // after it dropped.
    #expect((score.fields["role"]?.passed ?? 0) >= 49)
    #expect((score.fields["channel"]?.passed ?? 0) >= 59)
  }

  /// The seventeenth held-out set (sixty conversations written blind on 2 December 2026),
  /// measured before and after the twelfth session's rounds and judged blind (19 of 60 clean
  /// before, like for like after and by a fresh judge; verdicts in `Data/judged/tune18-*`), then
  /// tuned on from the thirteenth session. Floors are the figures at rotation.
  @Test("tuning conversations 18 (seventeenth held-out set, judged)")
  func tuning18() throws {
    let written = CivilDate(year: 2026, month: 12, day: 2) ?? Unseen.today
    let score = try Self.run("conversations-tune18.jsonl", today: written)
    Self.report(score, "tuning 18")
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 0)
    #expect(score.revisions.passed >= 68)
    // 53 at rotation; 52 since round 18 holds back ak046's point "I was particularly
    // interested in set up the hedging programme ...", which the blind judge faulted as
    // ungrammatical and which was the only sentence of the note that named the hedging: the
    // topic chosen ("new European markets") never did.
    #expect((score.fields["topic"]?.passed ?? 0) >= 52)
    #expect((score.fields["greeting"]?.passed ?? 0) >= 42)
    #expect((score.fields["company"]?.passed ?? 0) >= 53)
    #expect((score.fields["signoff"]?.passed ?? 0) >= 49)
    #expect((score.fields["outcome"]?.passed ?? 0) >= 50)
    #expect((score.fields["date"]?.passed ?? 0) >= 55)
    #expect((score.fields["role"]?.passed ?? 0) >= 44)
    #expect((score.fields["channel"]?.passed ?? 0) >= 60)
  }

  /// The eighteenth held-out set (sixty conversations written blind on 2 December 2026),
  /// measured before and after the thirteenth session's rounds and judged blind before (10 of 60
  /// clean; one note changed after, so no second verdict; verdicts in `Data/judged/tune19-*`),
  /// then tuned on from the fourteenth session. Floors are the figures at rotation.
  @Test("tuning conversations 19 (eighteenth held-out set, judged)")
  func tuning19() throws {
    let written = CivilDate(year: 2026, month: 12, day: 2) ?? Unseen.today
    let score = try Self.run("conversations-tune19.jsonl", today: written)
    Self.report(score, "tuning 19")
    Self.expectFloors(score, conversations: 60, reached: 60, thirdAsks: 1)
    #expect(score.revisions.passed >= 79)
    // Topic 56 at rotation. The person's line used only as written (`PointRegister`) loses
    // am034, whose topic ("a big mandate from one public sector bank") never named the fraud
    // work the check found in its chat-typed point; a typed topic resolved against the
    // discussion, its markers and asides set aside (topic19), gains am017 ("brb mum calling"
    // no longer the topic): 56.
    #expect((score.fields["topic"]?.passed ?? 0) >= 56)
    // A field holds a noun phrase, a greeting a person's name (shape19): greeting 46 -> 49,
    // company 37 -> 39, role 48 -> 49.
    #expect((score.fields["greeting"]?.passed ?? 0) >= 49)
    #expect((score.fields["company"]?.passed ?? 0) >= 39)
    #expect((score.fields["signoff"]?.passed ?? 0) >= 18)
    #expect((score.fields["outcome"]?.passed ?? 0) >= 49)
    #expect((score.fields["date"]?.passed ?? 0) >= 57)
    #expect((score.fields["role"]?.passed ?? 0) >= 49)
    #expect((score.fields["channel"]?.passed ?? 0) >= 58)
  }

  /// Sixty conversations written blind on 3 December 2026 by two helpers that never read the
  /// sources (the nineteenth set), committed before the rounds they measure. Aggregate only.
  @Test("held-out conversations 19: aggregate figures only")
  func heldOutNineteenth() throws {
    let written = CivilDate(year: 2026, month: 12, day: 3) ?? Unseen.today
    var score = try Self.run("conversations-heldout19.jsonl", today: written)
    score.misses = []
    Self.report(score, "held-out 19")
  }

  @Test("tuning conversations")
  func tuning() throws {
    let score = try Self.run("conversations-tune.jsonl")
    Self.report(score, "tuning")
    #expect(score.revisions.passed >= 11)
  }
}
