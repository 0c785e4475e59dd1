import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// Answers and corrections written by someone who never read the sources, one question each:
/// the measure of how FollowUp reads what people really type. `SHOW_MISSES=1` lists the misses.
@Suite("Unseen answers")
struct UnseenAnswersTests {
  /// The figures of one set, by kind of case.
  struct Score: CustomStringConvertible {
    var passed: [String: Int] = [:]
    var total: [String: Int] = [:]
    var misses: [String] = []
    /// Interviewer answers whose title or job became the person's role.
    var titleAsRole = 0

    mutating func add(_ kind: String, _ ok: Bool, _ why: @autoclosure () -> String) {
      total[kind, default: 0] += 1
      if ok { passed[kind, default: 0] += 1 } else { misses.append("[\(kind)] " + why()) }
    }

    func rate(_ kinds: [String]) -> Double {
      let p = kinds.reduce(0) { $0 + passed[$1, default: 0] }
      let t = kinds.reduce(0) { $0 + total[$1, default: 0] }
      return t == 0 ? 1 : Double(p) / Double(t)
    }

    var description: String {
      total.keys.sorted().map { "\($0) \(passed[$0, default: 0])/\(total[$0, default: 0])" }
        .joined(separator: ", ") + "; titles taken as the role: \(titleAsRole)"
    }
  }

  static func score(_ file: String, today: CivilDate = Unseen.today) throws -> Score {
    var score = Score()
    for item in try Unseen.objects(file) {
      guard let id = item["id"] as? String, let stage = item["stage"] as? String,
        let question = Question(rawValue: stage), let text = item["text"] as? String,
        let expect = item["expect"] as? [String: Any]
      else { continue }
      let known = Unseen.facts(item["known"] as? [String: Any] ?? [:])
      var conversation = Conversation(today: today, surface: .remote)
      conversation.started = true
      conversation.answers.facts = known
      conversation.phase = .asking(question)
      let reply = conversation.send(text)
      let facts = conversation.facts
      var wrong: [String] = []
      func check(_ key: String, _ got: String?) {
        guard let want = expect[key] else { return }
        let wanted = want as? String
        if !Unseen.same(got, wanted) {
          wrong.append("\(key): want \(wanted ?? "nil"), got \(got ?? "nil")")
        }
      }
      check(
        "name",
        facts.name.map(Self.untitled)
          .flatMap { $0.isEmpty ? nil : $0 })
      if expect["given"] != nil {
        check("given", facts.name?.given)
      }
      if expect["signoff"] != nil {
        // What the note is signed with (`SignOffName`): the sign-off asked for, the name in
        // full when asked for, else the name the person goes by.
        check("signoff", SignOffName.signed(facts))
      }
      check("company", facts.company)
      if expect.keys.contains("role") {
        let want = (expect["role"] as? String)?.lowercased()
        // A title's clipping and its full word name the same job ("sales rep", "sales
        // representative"): the sets' writers typed either, so both are read written out.
        if facts.role.map({ TitleClipping.writtenOut($0).lowercased() })
          != want.map({ TitleClipping.writtenOut($0).lowercased() })
        {
          wrong.append("role: want \(want ?? "nil"), got \(facts.role ?? "nil")")
        }
        if want == nil, conversation.stage == .role { wrong.append("role asked again") }
      }
      if expect.keys.contains("date") {
        let want = expect["date"] as? String
        let got = facts.when?.date?.iso
        if got != want { wrong.append("date: want \(want ?? "nil"), got \(got ?? "nil")") }
        if want == nil, conversation.stage == .when { wrong.append("day asked again") }
      }
      if let want = expect["outcome"] as? String {
        let got = facts.outcome.map(Self.word)
        if got != want { wrong.append("outcome: want \(want), got \(got ?? "nil")") }
      }
      if let people = expect["interviewers"] as? [[String: Any]] {
        let got = facts.interviewers ?? []
        if got.count != people.count {
          wrong.append("interviewers: want \(people.count), got \(got.map(\.full))")
        } else {
          for (person, want) in zip(got, people) {
            let name = Self.untitled(person)
            if !Unseen.same(name, want["name"] as? String),
              !Unseen.same(Self.addressed(person), want["name"] as? String)
            {
              wrong.append("interviewer: want \(want["name"] ?? ""), got \(name)")
            }
            let title = person.title?.lowercased().trimmingCharacters(in: .punctuationCharacters)
            let wantTitle = (want["title"] as? String)?.lowercased()
              .trimmingCharacters(in: .punctuationCharacters)
            if title != wantTitle {
              wrong.append("title: want \(wantTitle ?? "nil"), got \(title ?? "nil")")
            }
            if !Unseen.same(person.informal, Self.greetingName(want["greeting"] as? String)) {
              wrong.append("greeting: want \(want["greeting"] ?? ""), got \(person.informal)")
            }
          }
        }
        if question == .interviewer, known.role == nil, facts.role != nil {
          score.titleAsRole += 1
          wrong.append("role taken from the interviewer: \(facts.role ?? "")")
        }
      }
      let isCorrection = expect["correction"] as? Bool == true
      let isNone = expect["none"] as? Bool == true
      // A correction moves the conversation on only when the same message also answers the
      // question in hand ("...role was kitchen team member"), which the case then expects.
      let answerKey: [Question: String] = [
        .name: "name", .interviewer: "interviewers", .company: "company", .role: "role",
        .when: "date", .outcome: "outcome",
      ]
      let answersToo = answerKey[question].map { expect[$0] != nil } ?? false
      if isCorrection, !answersToo, conversation.phase.question != question {
        wrong.append("correction taken as the answer to \(stage)")
      }
      if isNone {
        // At an optional question a non-answer ("skip", "cant remember") may end the stage
        // with a word saying so, as the issue asks ("for an optional question, the stage is
        // skipped with a word saying so"); an outcome left unknown is `unsure`. A question
        // back ("does it need the date") is never the answer either way.
        var unchanged = facts
        if question == .outcome, unchanged.outcome == .unsure { unchanged.outcome = known.outcome }
        let skipped =
          question.isOptional && conversation.phase.question != question
          && unchanged == known
        if unchanged != known { wrong.append("facts changed by a non-answer") }
        if conversation.phase.question != question, !skipped { wrong.append("moved on") }
      }
      let kind = isNone ? "none" : isCorrection ? "correction" : stage
      let firstLine = reply.text.split(separator: "\n").first.map(String.init) ?? ""
      score.add(
        kind, wrong.isEmpty,
        "\(id) \(stage): \(text)\n    \(wrong.joined(separator: "; "))\n    reply: \(firstLine)")
    }
    return score
  }

  /// A name as written, without its title: "Liu Yang", "Rose Amadi".
  /// The greeting as the name the note addresses, without a salutation word: held-out 22's
  /// writers gave "Dear Mrs Okafor" or "Hi Jen" where earlier sets gave "Mrs Okafor" and
  /// "Jen"; the salutation ("Dear", "Hi") is the composer's, chosen by channel and tone, and
  /// is scored nowhere in these answers.
  static func greetingName(_ greeting: String?) -> String? {
    guard let greeting else { return nil }
    let words = greeting.split(separator: " ")
    let salutations: Set<String> = ["dear", "hi", "hello", "hey", "hiya"]
    guard let first = words.first, words.count > 1,
      salutations.contains(first.lowercased().trimmingCharacters(in: .punctuationCharacters))
    else { return greeting }
    return words.dropFirst().joined(separator: " ")
  }

  static func untitled(_ name: PersonName) -> String {
    var name = name
    name.title = nil
    return name.full
  }

  /// The name someone is addressed by, without their title: the family name after a title
  /// ("Mrs Adjoa Mensah" is "Mensah"), the given name otherwise ("Steve Pollard" is "Steve").
  /// The answers briefs from the forty-fifth set on ask for this form ("the name as they would
  /// be addressed without a title"), where the earlier ones asked for the whole name; each set
  /// is scored by its own convention, so either form matches.
  static func addressed(_ name: PersonName) -> String {
    (name.title != nil ? name.family ?? name.given : name.given ?? name.family) ?? name.full
  }

  static func word(_ outcome: Outcome) -> String {
    switch outcome {
    case .well: "good"
    case .badly: "bad"
    case .mixed: "mixed"
    case .unsure: "unsure"
    }
  }

  /// The first held-out answers, measured in aggregate on every round since 30 November. Once a
  /// second held-out set was written blind (1 December) they became tuning set 3, their figures
  /// kept as floors.
  @Test("tuning answers 3 (the first held-out set)")
  func tuningThree() throws {
    let score = try Self.score("answers-tune3.jsonl")
    print("unseen answers (tuning 3, former held out): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 300)
    // The figures reached, held so that no change makes them worse. The issue's targets (95% of
    // names and interviewers, 90% of corrections) are not reached yet: see the README.
    #expect((score.passed["name"] ?? 0) >= 56)
    // Raised to the figure reached at the eighteenth session's end: name 56 -> 58.
    #expect((score.passed["name"] ?? 0) >= 58)
    #expect((score.passed["interviewer"] ?? 0) >= 59)
    #expect((score.passed["correction"] ?? 0) >= 43)
    // The twenty-sixth session: a company said after "called" (30 of 33).
    #expect((score.passed["company"] ?? 0) >= 30)
    #expect(score.titleAsRole <= 3)
    // Someone added by one forgotten or a count (corr16: corrections 51 -> 52).
    #expect((score.passed["correction"] ?? 0) >= 52)
    // Raised to the figure reached at the eighteenth session's end: correction 52 -> 53.
    #expect((score.passed["correction"] ?? 0) >= 53)
    // greet22: interviewer 63 -> 64 (an honorific said with a name: "Encik Rahman from HR").
    #expect((score.passed["interviewer"] ?? 0) >= 64)
    // Raised to the figures at the twenty-eighth session's end: name 58 -> 59.
    #expect((score.passed["name"] ?? 0) >= 59)
    // Raised to the figures at the thirty-first session's end: correction 53 -> 54.
    #expect((score.passed["correction"] ?? 0) >= 54)
  }

  /// 320 answers and corrections written blind on 1 December 2026 (today given as that date)
  /// and committed before the round they measure. Nobody tunes on them: aggregate figures only.
  @Test("held-out answers: names and interviewers, facts, corrections, non-answers")
  func heldOut() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.score("answers-heldout2.jsonl", today: written)
    print("unseen answers (held out 2): \(score)")
    #expect(score.total.values.reduce(0, +) >= 320)
    // Measured once before the round of 1 December (names 56/63, interviewers 48/62,
    // corrections 36/65, titles taken as the role 5), and held so that no change makes them
    // worse. The issue's targets (95% of names and interviewers, 90% of corrections, no title
    // as the role) are not reached: see the README.
    #expect((score.passed["name"] ?? 0) >= 56)
    #expect((score.passed["interviewer"] ?? 0) >= 48)
    #expect((score.passed["correction"] ?? 0) >= 36)
    #expect(score.titleAsRole <= 5)
    // Raised to the figures at the twenty-eighth session's end: name 56 -> 58, interviewer 48 ->
    // 55, correction 36 -> 56.
    #expect((score.passed["name"] ?? 0) >= 58)
    #expect((score.passed["interviewer"] ?? 0) >= 55)
    #expect((score.passed["correction"] ?? 0) >= 56)
  }

  /// The third held-out set (240 answers written blind on 1 December 2026), measured before and
  /// after the reading round of that morning (names 24 -> 26 of 33, interviewers 23 -> 24 of
  /// 41, corrections 21 of 54), then tuned on.
  @Test("tuning answers 4 (the third held-out set)")
  func tuningFour() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.score("answers-tune4.jsonl", today: written)
    print("unseen answers (tuning 4, former held out 3): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 26)
    // Raised to the figure reached at the eighteenth session's end: name 26 -> 28.
    #expect((score.passed["name"] ?? 0) >= 28)
    // Interviewers 24 -> 26 of 41 with the read6 round (asides after any dash, chat and
    // reflexive pronouns after a name left off).
    #expect((score.passed["interviewer"] ?? 0) >= 26)
    // 27 -> 34 of 41 with the read9 round.
    #expect((score.passed["interviewer"] ?? 0) >= 34)
    // Raised to the figure reached at the eighteenth session's end: interviewer 34 -> 37.
    #expect((score.passed["interviewer"] ?? 0) >= 37)
    // people24: 37 -> 38 (a job's word is never a surname; names in their culture's order).
    #expect((score.passed["interviewer"] ?? 0) >= 38)
    // Corrections 21 -> 37 of 54 with the read6 round (an answer beside a correction, values
    // cut whole, a change of mind about how it went, a letter for a letter).
    #expect((score.passed["correction"] ?? 0) >= 37)
    // Corrections by meaning, value bounds and name order (corr18): raised to 42.
    #expect((score.passed["correction"] ?? 0) >= 42)
    #expect(score.titleAsRole <= 0)
    // Raised to the figures at the twenty-ninth session's end: company 19 -> 20.
    #expect((score.passed["company"] ?? 0) >= 20)
    // Raised to the figures at the thirtieth session's end: correction 42 -> 43.
    #expect((score.passed["correction"] ?? 0) >= 43)
  }

  /// 240 answers and corrections written blind on 1 December 2026 by a helper that never read
  /// the sources (the fourth set), committed before the round that it measures. Nobody tunes on
  /// them: aggregate figures only.
  @Test("held-out answers 4: aggregate figures only")
  func heldOutFourth() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.score("answers-heldout4.jsonl", today: written)
    print("unseen answers (held out 4): \(score)")
    #expect(score.total.values.reduce(0, +) >= 240)
  }

  /// The fifth held-out set (240 answers written blind on 1 December 2026), measured before and
  /// after the afternoon's reading round (interviewers 35 -> 36 of 43, corrections 19 of 50),
  /// then tuned on from the evening of 1 December.
  @Test("tuning answers 5 (the fifth held-out set)")
  func tuningFive() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.score("answers-tune5.jsonl", today: written)
    print("unseen answers (tuning 5, former held out 5): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 38)
    // Raised to the figure reached at the eighteenth session's end: name 38 -> 39.
    #expect((score.passed["name"] ?? 0) >= 39)
    // Interviewers 36 -> 43, corrections 28 -> 31 with the read9 round.
    #expect((score.passed["interviewer"] ?? 0) >= 43)
    #expect((score.passed["correction"] ?? 0) >= 31)
    // Roles 8 -> 13 of 23, corrections 31 -> 33 with the read10 round.
    #expect((score.passed["role"] ?? 0) >= 13)
    // role17: a role is a whole title or none, kept whole with its function, a comment
    // after it dropped.
    #expect((score.passed["role"] ?? 0) >= 14)
    #expect((score.passed["correction"] ?? 0) >= 33)
    // Corrections by meaning, value bounds and name order (corr18): raised to 35.
    #expect((score.passed["correction"] ?? 0) >= 35)
    // Raised to the figure reached at the eighteenth session's end: correction 35 -> 36.
    #expect((score.passed["correction"] ?? 0) >= 36)
    // Raised to the figure reached at the nineteenth session's end: correction 36 -> 37.
    #expect((score.passed["correction"] ?? 0) >= 37)
    // Raised to the figures at the twenty-eighth session's end: name 39 -> 40, role 14 -> 17.
    #expect((score.passed["name"] ?? 0) >= 40)
    #expect((score.passed["role"] ?? 0) >= 17)
    // Raised to the figures at the twenty-ninth session's end: company 17 -> 18.
    #expect((score.passed["company"] ?? 0) >= 18)
  }

  /// The sixth held-out set (240 answers written blind on the evening of 1 December 2026),
  /// measured before and after the fifth session's reading round (names 35 -> 36 of 42,
  /// corrections 31 -> 34 of 50), then tuned on from the sixth session.
  @Test("tuning answers 6 (the sixth held-out set)")
  func tuningSix() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.score("answers-tune6.jsonl", today: written)
    print("unseen answers (tuning 6, former held out 6): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 36)
    // Raised to the figure reached at the eighteenth session's end: name 36 -> 42.
    #expect((score.passed["name"] ?? 0) >= 42)
    // Interviewers 27 -> 38 of 42, corrections 34 -> 35 of 50 with the read9 round (unnamed
    // interviewers kept, acronyms no evidence of case, corrections by their shape).
    #expect((score.passed["interviewer"] ?? 0) >= 38)
    #expect((score.passed["correction"] ?? 0) >= 35)
    // Roles 12 -> 20 of 23, interviewers 38 -> 40, corrections 35 -> 41 with the read10 round.
    #expect((score.passed["role"] ?? 0) >= 20)
    // role17: a role is a whole title or none, kept whole with its function, a comment
    // after it dropped.
    #expect((score.passed["role"] ?? 0) >= 21)
    #expect((score.passed["interviewer"] ?? 0) >= 40)
    #expect((score.passed["correction"] ?? 0) >= 41)
    // Corrections by meaning, value bounds and name order (corr18): raised to 45.
    #expect((score.passed["correction"] ?? 0) >= 45)
    // Raised to the figures at the thirty-fourth session's end: outcome 20 -> 21.
    #expect((score.passed["outcome"] ?? 0) >= 21)
  }

  /// The seventh held-out set (240 answers written blind late on 1 December 2026), measured
  /// before and after the sixth session's rounds (interviewers 22 -> 31 of 45, corrections
  /// 27 -> 33 of 50), then tuned on from the seventh session.
  @Test("tuning answers 7 (the seventh held-out set)")
  func tuningSeven() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.score("answers-tune7.jsonl", today: written)
    print("unseen answers (tuning 7, former held out 7): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 30)
    // Raised to the figure reached at the eighteenth session's end: name 30 -> 32.
    #expect((score.passed["name"] ?? 0) >= 32)
    #expect((score.passed["interviewer"] ?? 0) >= 31)
    #expect((score.passed["correction"] ?? 0) >= 33)
    #expect((score.passed["role"] ?? 0) >= 12)
    // The seventh session's rounds: interviewers 31 -> 34 (offices and jobs beside a name),
    // company 13 -> 17, outcome 16 -> 18 (the person's stance).
    #expect((score.passed["interviewer"] ?? 0) >= 34)
    // Raised to the figure reached at the eighteenth session's end: interviewer 34 -> 35.
    #expect((score.passed["interviewer"] ?? 0) >= 35)
    #expect((score.passed["company"] ?? 0) >= 17)
    // Raised to the figure reached at the eighteenth session's end: company 17 -> 19.
    #expect((score.passed["company"] ?? 0) >= 19)
    #expect((score.passed["outcome"] ?? 0) >= 18)
    // Raised to the figure reached at the eighteenth session's end: outcome 18 -> 21.
    #expect((score.passed["outcome"] ?? 0) >= 21)
    // An answer around a correction (corr16: corrections 35 -> 36).
    #expect((score.passed["correction"] ?? 0) >= 36)
    // Corrections by meaning, value bounds and name order (corr18): raised to 37.
    // Spellings told in words, labelled answers beside a correction (spell20): 37 -> 38.
    #expect((score.passed["correction"] ?? 0) >= 38)
    // A slip quoted in the held value's words, remarks beside a correction (corr21): 38 -> 39.
    #expect((score.passed["correction"] ?? 0) >= 39)
    // Raised to the figure reached at the eighteenth session's end: correction 39 -> 40.
    #expect((score.passed["correction"] ?? 0) >= 40)
    // Raised to the figure reached at the nineteenth session's end: correction 40 -> 41.
    #expect((score.passed["correction"] ?? 0) >= 41)
    // The twenty-seventh session: a given name of two words said whole (given32).
    #expect((score.passed["name"] ?? 0) >= 33)
    // Raised to the figures at the twenty-eighth session's end: interviewer 35 -> 37.
    #expect((score.passed["interviewer"] ?? 0) >= 37)
    // Raised to the figures at the thirty-first session's end: correction 41 -> 42.
    #expect((score.passed["correction"] ?? 0) >= 42)
  }

  /// The eighth held-out set (240 answers written blind on the night of 1 December 2026),
  /// measured before and after the seventh session's rounds (corrections 25 -> 26 of 50, company
  /// 14 -> 16, outcome 13 -> 15), then tuned on from the eighth session.
  @Test("tuning answers 8 (the eighth held-out set)")
  func tuningEight() throws {
    let written = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today
    let score = try Self.score("answers-tune8.jsonl", today: written)
    print("unseen answers (tuning 8, former held out 8): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    // What people call the person names the given name; lower-case words beside capitals
    // get theirs (facts14: name 30 -> 38, interviewer 34 -> 35).
    #expect((score.passed["name"] ?? 0) >= 38)
    // Raised to the figure reached at the eighteenth session's end: name 38 -> 39.
    #expect((score.passed["name"] ?? 0) >= 39)
    #expect((score.passed["interviewer"] ?? 0) >= 35)
    // A later sentence that remarks on the people adds no one (people20): 35 -> 37.
    #expect((score.passed["interviewer"] ?? 0) >= 37)
    // people24: 37 -> 38 (a job's word is never a surname; names in their culture's order).
    #expect((score.passed["interviewer"] ?? 0) >= 38)
    // 26 -> 32 with corrections read statement by statement (corr14).
    #expect((score.passed["correction"] ?? 0) >= 32)
    // Corrections by meaning, value bounds and name order (corr18): raised to 35.
    #expect((score.passed["correction"] ?? 0) >= 35)
    // Raised to the figure reached at the eighteenth session's end: correction 35 -> 36.
    #expect((score.passed["correction"] ?? 0) >= 36)
    // note25: a correction of a name typed with "The" keeps it ("its the rose & crown"): 36 -> 37.
    #expect((score.passed["correction"] ?? 0) >= 37)
    #expect((score.passed["company"] ?? 0) >= 16)
    #expect((score.passed["outcome"] ?? 0) >= 15)
    // The ninth session's answer round (company 16 -> 18, outcome 15 -> 20).
    #expect((score.passed["company"] ?? 0) >= 18)
    // Raised to the figure reached at the eighteenth session's end: company 18 -> 19.
    #expect((score.passed["company"] ?? 0) >= 19)
    #expect((score.passed["outcome"] ?? 0) >= 20)
    // The twenty-fifth session (4 December, evening): raised to what its rounds reached.
    #expect((score.passed["interviewer"] ?? 0) >= 39)
    // Raised to the figures at the twenty-eighth session's end: name 39 -> 40.
    #expect((score.passed["name"] ?? 0) >= 40)
    // Raised at the thirty-seventh session's end: correction 38 -> 39.
    #expect((score.passed["correction"] ?? 0) >= 39)
  }

  /// The ninth held-out set (240 answers written blind on 2 December 2026), measured before and
  /// after the eighth session's rounds (company 16 -> 18 of 22, the rest unchanged), then tuned on
  /// from the ninth session.
  @Test("tuning answers 9 (the ninth held-out set)")
  func tuningNine() throws {
    let written = CivilDate(year: 2026, month: 12, day: 2) ?? Unseen.today
    let score = try Self.score("answers-tune9.jsonl", today: written)
    print("unseen answers (tuning 9, former held out 9): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    // The person's own wish on their name, a doubted name at the interviewer question (facts14:
    // name 30 -> 31, interviewer 33 -> 35).
    #expect((score.passed["name"] ?? 0) >= 31)
    // Raised to the figure reached at the eighteenth session's end: name 31 -> 32.
    #expect((score.passed["name"] ?? 0) >= 32)
    #expect((score.passed["interviewer"] ?? 0) >= 35)
    // 30 -> 38 with corrections read statement by statement (corr14).
    #expect((score.passed["correction"] ?? 0) >= 38)
    #expect((score.passed["company"] ?? 0) >= 18)
    #expect((score.passed["outcome"] ?? 0) >= 17)
    // The ninth session: a reply with a remark read clause by clause, "meh" and an offer read
    // as verdicts (company 18 -> 20, outcome 17 -> 20, role 10 -> 11).
    #expect((score.passed["company"] ?? 0) >= 20)
    #expect((score.passed["outcome"] ?? 0) >= 20)
    #expect((score.passed["role"] ?? 0) >= 11)
    // role17: a role is a whole title or none, kept whole with its function, a comment
    // after it dropped.
    #expect((score.passed["role"] ?? 0) >= 12)
    // Someone added by one forgotten or a count, someone not there left out (corr16:
    // corrections 39 -> 41).
    #expect((score.passed["correction"] ?? 0) >= 41)
    // Raised to the figure reached at the eighteenth session's end: correction 41 -> 42.
    #expect((score.passed["correction"] ?? 0) >= 42)
    // note25: a correction of a name typed with "The" keeps it ("its the rose & crown"): 42 -> 43.
    #expect((score.passed["correction"] ?? 0) >= 43)
    // greet20: "mrs ngozi adebayo ... she said call me ngozi" greets Ngozi (interviewer 37 -> 38).
    #expect((score.passed["interviewer"] ?? 0) >= 38)
    // Raised to the figures at the twenty-eighth session's end: name 32 -> 33, interviewer 38 ->
    // 40, role 12 -> 13.
    #expect((score.passed["name"] ?? 0) >= 33)
    #expect((score.passed["interviewer"] ?? 0) >= 40)
    #expect((score.passed["role"] ?? 0) >= 13)
  }

  /// The tenth held-out set (240 answers written blind on 2 December 2026), measured before and
  /// after the ninth session's rounds (names 25 -> 28 of 39, interviewers 40 -> 41 of 47,
  /// corrections 29 -> 30 of 52), then tuned on from the tenth session.
  @Test("tuning answers 10 (the tenth held-out set)")
  func tuningTen() throws {
    let written = CivilDate(year: 2026, month: 12, day: 2) ?? Unseen.today
    let score = try Self.score("answers-tune10.jsonl", today: written)
    print("unseen answers (tuning 10, former held out 10): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 28)
    #expect((score.passed["interviewer"] ?? 0) >= 41)
    #expect((score.passed["correction"] ?? 0) >= 30)
    #expect((score.passed["company"] ?? 0) >= 21)
    #expect((score.passed["outcome"] ?? 0) >= 18)
    #expect((score.passed["role"] ?? 0) >= 18)
    // role17: a role is a whole title or none, kept whole with its function, a comment
    // after it dropped.
    #expect((score.passed["role"] ?? 0) >= 20)
    // Names read as parts, panels and jobs apart, chat words never a name (names15: names 28 ->
    // 38, interviewers 41 -> 44).
    #expect((score.passed["name"] ?? 0) >= 38)
    #expect((score.passed["interviewer"] ?? 0) >= 44)
    // Corrections by shape and applied everywhere, company spellings (corr15: corrections 30 ->
    // 37, company 21 -> 23).
    #expect((score.passed["correction"] ?? 0) >= 37)
    #expect((score.passed["company"] ?? 0) >= 23)
    // company16: a branch and its town after the name, a question back no company (company 23
    // -> 24, non-answers 13 -> 14).
    #expect((score.passed["company"] ?? 0) >= 24)
    // A value with the shape of a clause fills no field (shape19): non-answers 14 -> 15.
    #expect((score.passed["none"] ?? 0) >= 15)
    // An answer around a correction: typed first, a day number alone, sentences cut where the
    // person ends them; someone added by a count or one forgotten (corr16: corrections 37 ->
    // 44).
    #expect((score.passed["correction"] ?? 0) >= 44)
    // Raised to the figures at the thirty-fifth session's end: interviewer 44 -> 45.
    #expect((score.passed["interviewer"] ?? 0) >= 45)
  }

  /// The eleventh held-out set (240 answers written blind on 2 December 2026), measured before
  /// and after the tenth session's rounds (names 27 -> 29 of 40, interviewers 31 -> 32 of 44,
  /// corrections 31 -> 32 of 51), then tuned on from the eleventh session. Floors are the
  /// figures at rotation.
  @Test("tuning answers 11 (the eleventh held-out set)")
  func tuningEleven() throws {
    let written = CivilDate(year: 2026, month: 12, day: 2) ?? Unseen.today
    let score = try Self.score("answers-tune11.jsonl", today: written)
    print("unseen answers (tuning 11, former held out 11): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 29)
    #expect((score.passed["interviewer"] ?? 0) >= 38)
    #expect((score.passed["correction"] ?? 0) >= 32)
    #expect((score.passed["company"] ?? 0) >= 18)
    #expect((score.passed["outcome"] ?? 0) >= 14)
    #expect((score.passed["role"] ?? 0) >= 11)
    #expect((score.passed["when"] ?? 0) >= 19)
    // company16: what follows a dash, a "the" before another noun, words between hyphens and
    // "co-op" (company 18 -> 22).
    #expect((score.passed["company"] ?? 0) >= 22)
    #expect((score.passed["none"] ?? 0) >= 13)
    // A title cut where its comment starts, whatever the reply's length ("year 4 class teacher
    // its a maternity cover till july", "healthcare assistant on nights"): role 11 -> 13.
    #expect((score.passed["role"] ?? 0) >= 13)
    // role17: a role is a whole title or none, kept whole with its function, a comment
    // after it dropped.
    #expect((score.passed["role"] ?? 0) >= 14)
    // An answer around a correction, someone added (corr16: corrections 32 -> 35).
    #expect((score.passed["correction"] ?? 0) >= 35)
    // Corrections by meaning, value bounds and name order (corr18): raised to 37.
    #expect((score.passed["correction"] ?? 0) >= 37)
    // Raised to the figure reached at the eighteenth session's end: correction 37 -> 40.
    #expect((score.passed["correction"] ?? 0) >= 40)
    // The twenty-seventh session: raised to what its rounds reached (away32, place32, signoff32).
    #expect((score.passed["none"] ?? 0) >= 14)
    #expect((score.passed["name"] ?? 0) >= 30)
    // Raised to the figures at the twenty-eighth session's end: name 30 -> 31.
    #expect((score.passed["name"] ?? 0) >= 31)
    // Raised to the figures at the twenty-ninth session's end: correction 40 -> 41.
    #expect((score.passed["correction"] ?? 0) >= 41)
    // Raised to the figures at the twenty-ninth session's end: company 22 -> 23, name 31 -> 33.
    #expect((score.passed["company"] ?? 0) >= 23)
    #expect((score.passed["name"] ?? 0) >= 33)
    // Raised to the figures at the thirty-first session's end: correction 41 -> 42.
    #expect((score.passed["correction"] ?? 0) >= 42)
    // Raised to the figures at the thirty-fifth session's end: name 33 -> 34.
    #expect((score.passed["name"] ?? 0) >= 34)
  }

  /// The twelfth held-out set (240 answers written blind on 2 December 2026), measured before
  /// and after the eleventh session's rounds (interviewers 29 -> 30 of 42, role 16 -> 17 of 20,
  /// the rest unchanged), then tuned on from the twelfth session. Floors are the figures at
  /// rotation.
  @Test("tuning answers 12 (the twelfth held-out set)")
  func tuningTwelve() throws {
    let written = CivilDate(year: 2026, month: 12, day: 2) ?? Unseen.today
    let score = try Self.score("answers-tune12.jsonl", today: written)
    print("unseen answers (tuning 12, former held out 12): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 37)
    // Raised to the figure reached at the eighteenth session's end: name 37 -> 38.
    #expect((score.passed["name"] ?? 0) >= 38)
    // A job then a name in one clause of several (shape19): 30 -> 31.
    #expect((score.passed["interviewer"] ?? 0) >= 34)
    // Corrections by meaning, value bounds and name order (corr18): raised to 46; a name said to
    // be wrong is the part replaced ("i said karen, its sharon"): 47.
    #expect((score.passed["correction"] ?? 0) >= 47)
    #expect((score.passed["company"] ?? 0) >= 10)
    // Raised to the figure reached at the eighteenth session's end: company 10 -> 11.
    #expect((score.passed["company"] ?? 0) >= 11)
    #expect((score.passed["outcome"] ?? 0) >= 17)
    #expect((score.passed["role"] ?? 0) >= 17)
    #expect((score.passed["when"] ?? 0) >= 17)
    #expect((score.passed["none"] ?? 0) >= 11)
    // Raised to the figures at the twenty-eighth session's end: interviewer 34 -> 38.
    #expect((score.passed["interviewer"] ?? 0) >= 38)
    // Raised to the figures at the twenty-ninth session's end:
    // company 11 -> 13, correction 47 -> 49.
    #expect((score.passed["company"] ?? 0) >= 13)
    #expect((score.passed["correction"] ?? 0) >= 49)
    // Raised to the figures at the thirty-first session's end: correction 49 -> 51, interviewer 38 -> 39.
    #expect((score.passed["correction"] ?? 0) >= 51)
    #expect((score.passed["interviewer"] ?? 0) >= 39)
  }

  /// The thirteenth held-out set (240 answers written blind on 2 December 2026), measured before
  /// and after the twelfth session's rounds (day 17 -> 16 of 19, the rest unchanged), then tuned
  /// on from the thirteenth session. Floors are the figures at rotation.
  @Test("tuning answers 13 (the thirteenth held-out set)")
  func tuningThirteen() throws {
    let written = CivilDate(year: 2026, month: 12, day: 2) ?? Unseen.today
    let score = try Self.score("answers-tune13.jsonl", today: written)
    print("unseen answers (tuning 13, former held out 13): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 37)
    // Raised to the figure reached at the eighteenth session's end: name 37 -> 38.
    #expect((score.passed["name"] ?? 0) >= 38)
    #expect((score.passed["interviewer"] ?? 0) >= 36)
    #expect((score.passed["correction"] ?? 0) >= 39)
    // Corrections by meaning, value bounds and name order (corr18): raised to 40.
    // Spellings told in words, labelled answers beside a correction (spell20): 40 -> 42.
    #expect((score.passed["correction"] ?? 0) >= 42)
    // Raised to the figure reached at the eighteenth session's end: correction 42 -> 45.
    #expect((score.passed["correction"] ?? 0) >= 45)
    // Raised to the figure reached at the nineteenth session's end: correction 45 -> 46.
    #expect((score.passed["correction"] ?? 0) >= 46)
    #expect((score.passed["company"] ?? 0) >= 18)
    #expect((score.passed["outcome"] ?? 0) >= 19)
    #expect((score.passed["role"] ?? 0) >= 17)
    #expect((score.passed["when"] ?? 0) >= 17)
    #expect((score.passed["none"] ?? 0) >= 11)
    // The twenty-fifth session (4 December, evening): raised to what its rounds reached.
    #expect((score.passed["when"] ?? 0) >= 18)
    // Raised to the figures at the twenty-ninth session's end:
    // company 18 -> 19, correction 46 -> 47.
    #expect((score.passed["company"] ?? 0) >= 19)
    #expect((score.passed["correction"] ?? 0) >= 47)
    // Raised to the figures at the thirtieth session's end: none 11 -> 12.
    #expect((score.passed["none"] ?? 0) >= 12)
  }

  /// The fourteenth held-out set (240 answers written blind on 2 December 2026), measured before
  /// and after the thirteenth session's rounds (every figure unchanged), then tuned on from the
  /// fourteenth session. Floors are the figures at rotation.
  @Test("tuning answers 14 (the fourteenth held-out set)")
  func tuningFourteen() throws {
    let written = CivilDate(year: 2026, month: 12, day: 2) ?? Unseen.today
    let score = try Self.score("answers-tune14.jsonl", today: written)
    print("unseen answers (tuning 14, former held out 14): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 34)
    // A later sentence that remarks on the people adds no one (people20): 29 -> 30.
    #expect((score.passed["interviewer"] ?? 0) >= 30)
    // A correction's value is a noun phrase, else its next reading (shape19): 38 -> 39.
    // Spellings told in words, labelled answers beside a correction (spell20): 39 -> 40.
    #expect((score.passed["correction"] ?? 0) >= 40)
    // An answer labelled as such beside a correction, whatever words it shares with the new
    // value (corr21): 40 -> 42.
    #expect((score.passed["correction"] ?? 0) >= 42)
    // Raised to the figure reached at the eighteenth session's end: correction 42 -> 44.
    #expect((score.passed["correction"] ?? 0) >= 44)
    #expect((score.passed["company"] ?? 0) >= 22)
    #expect((score.passed["outcome"] ?? 0) >= 19)
    #expect((score.passed["role"] ?? 0) >= 18)
    #expect((score.passed["when"] ?? 0) >= 23)
    #expect((score.passed["none"] ?? 0) >= 15)
    // Raised to the figures at the twenty-eighth session's end: name 34 -> 35.
    #expect((score.passed["name"] ?? 0) >= 35)
    // Raised to the figures at the thirty-fourth session's end: correction 44 -> 45.
    #expect((score.passed["correction"] ?? 0) >= 45)
    // Raised at the thirty-seventh session's end: correction 45 -> 46.
    #expect((score.passed["correction"] ?? 0) >= 46)
  }

  /// The fifteenth held-out set (240 answers written blind on 3 December 2026), measured before
  /// and after the fourteenth session's rounds (every figure unchanged), then tuned on from the
  /// fifteenth session. Floors are the figures at rotation.
  @Test("tuning answers 15 (the fifteenth held-out set)")
  func tuningFifteen() throws {
    let written = CivilDate(year: 2026, month: 12, day: 3) ?? Unseen.today
    let score = try Self.score("answers-tune15.jsonl", today: written)
    print("unseen answers (tuning 15, former held out 15): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 30)
    // Raised to the figure reached at the eighteenth session's end: name 30 -> 31.
    #expect((score.passed["name"] ?? 0) >= 31)
    // A reply read as people and remarks about them (people20): a later sentence adds no one
    // unless it brings a person in, and completes the name held: 23 -> 33.
    #expect((score.passed["interviewer"] ?? 0) >= 33)
    // Spellings told in words, labelled answers beside a correction (spell20): 40 -> 46.
    #expect((score.passed["correction"] ?? 0) >= 46)
    // Raised to the figure reached at the eighteenth session's end: correction 46 -> 47.
    #expect((score.passed["correction"] ?? 0) >= 47)
    // note25: a correction of a name typed with "The" keeps it ("its the rose & crown"): 47 -> 48.
    #expect((score.passed["correction"] ?? 0) >= 48)
    // A word on the name's letters in brackets, "(small letters)", is a remark (style21).
    #expect((score.passed["company"] ?? 0) >= 16)
    #expect((score.passed["outcome"] ?? 0) >= 21)
    #expect((score.passed["role"] ?? 0) >= 21)
    #expect((score.passed["when"] ?? 0) >= 22)
    #expect((score.passed["none"] ?? 0) >= 15)
    // Raised to the figures at the twenty-eighth session's end: correction 48 -> 49, role 21 ->
    // 22.
    #expect((score.passed["correction"] ?? 0) >= 49)
    #expect((score.passed["role"] ?? 0) >= 22)
    // Raised to the figure at the thirty-third session's end: correction 49 -> 51.
    #expect((score.passed["correction"] ?? 0) >= 51)
    // Raised to the figures at the twenty-ninth session's end: company 16 -> 18, name 31 -> 32.
    #expect((score.passed["company"] ?? 0) >= 18)
    #expect((score.passed["name"] ?? 0) >= 32)
    // Raised to the figures at the thirtieth session's end: name 32 -> 33.
    #expect((score.passed["name"] ?? 0) >= 33)
    // Raised at the thirty-seventh session's end: correction 51 -> 52.
    #expect((score.passed["correction"] ?? 0) >= 52)
  }

  /// The sixteenth held-out set (240 answers written blind on 3 December 2026), measured before
  /// and after the fifteenth session's rounds (interviewers 28 -> 29, every other figure
  /// unchanged), then tuned on from the sixteenth session. Floors are the figures at rotation.
  @Test("tuning answers 16 (the sixteenth held-out set)")
  func tuningSixteen() throws {
    let written = CivilDate(year: 2026, month: 12, day: 3) ?? Unseen.today
    let score = try Self.score("answers-tune16.jsonl", today: written)
    print("unseen answers (tuning 16, former held out 16): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 35)
    #expect((score.passed["interviewer"] ?? 0) >= 29)
    #expect((score.passed["correction"] ?? 0) >= 39)
    // Labelled answers and people said to be who it was, beside a correction (corr21): 39 -> 41.
    #expect((score.passed["correction"] ?? 0) >= 41)
    // Raised to the figure reached at the eighteenth session's end: correction 41 -> 43.
    #expect((score.passed["correction"] ?? 0) >= 43)
    // Raised to the figure reached at the nineteenth session's end: correction 43 -> 46.
    #expect((score.passed["correction"] ?? 0) >= 46)
    #expect((score.passed["company"] ?? 0) >= 18)
    #expect((score.passed["outcome"] ?? 0) >= 18)
    #expect((score.passed["role"] ?? 0) >= 19)
    #expect((score.passed["when"] ?? 0) >= 24)
    #expect((score.passed["none"] ?? 0) >= 17)
    // The twenty-fifth session (4 December, evening): raised to what its rounds reached.
    #expect((score.passed["when"] ?? 0) >= 25)
    // The twenty-seventh session: raised to what its rounds reached (away32, place32, signoff32).
    #expect((score.passed["company"] ?? 0) >= 19)
    // Raised again before the thirtieth session closed: correction 46 -> 47.
    #expect((score.passed["correction"] ?? 0) >= 47)
  }

  /// The seventeenth held-out set (240 answers written blind on 3 December 2026), measured
  /// before and after the sixteenth session's rounds (every figure unchanged), then tuned on
  /// from the seventeenth session. Floors are the figures at rotation; sign22 (a sign-off read
  /// to the end of the name, "everyone knows me as ploy"): names 31 -> 34, corrections 36 -> 37.
  @Test("tuning answers 17 (the seventeenth held-out set)")
  func tuningSeventeen() throws {
    let written = CivilDate(year: 2026, month: 12, day: 3) ?? Unseen.today
    let score = try Self.score("answers-tune17.jsonl", today: written)
    print("unseen answers (tuning 17, former held out 17): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 34)
    #expect((score.passed["interviewer"] ?? 0) >= 27)
    #expect((score.passed["correction"] ?? 0) >= 37)
    // Raised to the figure reached at the eighteenth session's end: correction 37 -> 39.
    #expect((score.passed["correction"] ?? 0) >= 39)
    // Raised to the figure reached at the nineteenth session's end: correction 39 -> 40.
    #expect((score.passed["correction"] ?? 0) >= 40)
    #expect((score.passed["company"] ?? 0) >= 16)
    #expect((score.passed["outcome"] ?? 0) >= 21)
    #expect((score.passed["role"] ?? 0) >= 18)
    #expect((score.passed["when"] ?? 0) >= 22)
    #expect((score.passed["none"] ?? 0) >= 14)
    // Raised to the figures at the twenty-eighth session's end: correction 40 -> 41.
    #expect((score.passed["correction"] ?? 0) >= 41)
    // Raised to the figures at the twenty-ninth session's end: company 16 -> 17, name 34 -> 35.
    #expect((score.passed["company"] ?? 0) >= 17)
    #expect((score.passed["name"] ?? 0) >= 35)
  }

  /// The eighteenth held-out set (240 answers written blind on 3 December 2026), measured
  /// before and after the seventeenth session's rounds (company 15 -> 16, every other figure
  /// unchanged), then tuned on from the eighteenth session. Floors are the figures at rotation.
  @Test("tuning answers 18 (the eighteenth held-out set)")
  func tuningEighteen() throws {
    let written = CivilDate(year: 2026, month: 12, day: 3) ?? Unseen.today
    let score = try Self.score("answers-tune18.jsonl", today: written)
    print("unseen answers (tuning 18, former held out 18): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 35)
    #expect((score.passed["interviewer"] ?? 0) >= 28)
    #expect((score.passed["correction"] ?? 0) >= 34)
    // Raised to the figure reached at the eighteenth session's end: correction 34 -> 39.
    #expect((score.passed["correction"] ?? 0) >= 39)
    // Raised to the figure reached at the nineteenth session's end: correction 39 -> 40.
    #expect((score.passed["correction"] ?? 0) >= 40)
    #expect((score.passed["company"] ?? 0) >= 16)
    #expect((score.passed["outcome"] ?? 0) >= 18)
    #expect((score.passed["role"] ?? 0) >= 19)
    #expect((score.passed["when"] ?? 0) >= 21)
    #expect((score.passed["none"] ?? 0) >= 17)
    // Raised to the figures at the twenty-ninth session's end: company 16 -> 17, name 35 -> 36.
    #expect((score.passed["company"] ?? 0) >= 17)
    #expect((score.passed["name"] ?? 0) >= 36)
  }

  /// The nineteenth held-out set (240 answers written blind on 3 December 2026), measured
  /// before and after the eighteenth session's rounds (names 32 -> 33, every other figure
  /// unchanged), then tuned on from the nineteenth session. Floors are the figures at rotation.
  @Test("tuning answers 19 (the nineteenth held-out set)")
  func tuningNineteen() throws {
    let written = CivilDate(year: 2026, month: 12, day: 3) ?? Unseen.today
    let score = try Self.score("answers-tune19.jsonl", today: written)
    print("unseen answers (tuning 19, former held out 19): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 36)
    #expect((score.passed["interviewer"] ?? 0) >= 26)
    #expect((score.passed["correction"] ?? 0) >= 37)
    // Raised to the figure reached at the nineteenth session's end: correction 37 -> 40.
    // corr26: a grade put right inside the title held ("it was band 6 actually, not 5"):
    // 40 -> 41.
    #expect((score.passed["correction"] ?? 0) >= 41)
    #expect((score.passed["company"] ?? 0) >= 16)
    #expect((score.passed["outcome"] ?? 0) >= 18)
    #expect((score.passed["role"] ?? 0) >= 15)
    #expect((score.passed["when"] ?? 0) >= 20)
    #expect((score.passed["none"] ?? 0) >= 15)
    // Raised to the figures at the twenty-eighth session's end: name 36 -> 37, role 15 -> 16.
    #expect((score.passed["name"] ?? 0) >= 37)
    #expect((score.passed["role"] ?? 0) >= 16)
    // Raised to the figures at the twenty-ninth session's end: company 16 -> 17, name 37 -> 38.
    #expect((score.passed["company"] ?? 0) >= 17)
    #expect((score.passed["name"] ?? 0) >= 38)
    // Raised to the figures at the thirtieth session's end: correction 41 -> 42.
    #expect((score.passed["correction"] ?? 0) >= 42)
    // Raised again before the thirtieth session closed: role 16 -> 17.
    #expect((score.passed["role"] ?? 0) >= 17)
    // Raised to the figures at the thirty-first session's end: correction 42 -> 43.
    #expect((score.passed["correction"] ?? 0) >= 43)
    // Raised to the figures at the thirty-second session's end: correction 43 -> 44.
    #expect((score.passed["correction"] ?? 0) >= 44)
    // Raised to the figures at the thirty-fourth session's end: correction 44 -> 45.
    #expect((score.passed["correction"] ?? 0) >= 45)
    // Raised to the figures at the thirty-fifth session's end: interviewer 26 -> 27.
    #expect((score.passed["interviewer"] ?? 0) >= 27)
  }

  /// The twentieth held-out set (240 answers written blind on 3 December 2026), measured
  /// before and after the nineteenth session's rounds (every figure unchanged), then tuned on
  /// from the twentieth session. Floors are the figures at rotation.
  @Test("tuning answers 20 (the twentieth held-out set)")
  func tuningTwenty() throws {
    let written = CivilDate(year: 2026, month: 12, day: 3) ?? Unseen.today
    let score = try Self.score("answers-tune20.jsonl", today: written)
    print("unseen answers (tuning 20, former held out 20): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 33)
    #expect((score.passed["interviewer"] ?? 0) >= 28)
    #expect((score.passed["correction"] ?? 0) >= 42)
    #expect((score.passed["company"] ?? 0) >= 14)
    #expect((score.passed["outcome"] ?? 0) >= 21)
    #expect((score.passed["role"] ?? 0) >= 14)
    #expect((score.passed["when"] ?? 0) >= 23)
    #expect((score.passed["none"] ?? 0) >= 11)
    // Raised to the figures at the twenty-eighth session's end: name 33 -> 35, interviewer 28 ->
    // 29, role 14 -> 15.
    #expect((score.passed["name"] ?? 0) >= 35)
    #expect((score.passed["interviewer"] ?? 0) >= 29)
    #expect((score.passed["role"] ?? 0) >= 15)
    // Raised to the figures at the twenty-ninth session's end:
    // company 14 -> 15, correction 42 -> 43.
    #expect((score.passed["company"] ?? 0) >= 15)
    #expect((score.passed["correction"] ?? 0) >= 43)
    // Raised to the figures at the thirty-first session's end: correction 43 -> 44.
    #expect((score.passed["correction"] ?? 0) >= 44)
  }

  /// The twenty-first held-out set (240 answers written blind on 3 December 2026), measured
  /// before and after the twentieth session's rounds (every figure unchanged), then tuned on
  /// from the twenty-first session. Floors are the figures at rotation.
  @Test("tuning answers 21 (the twenty-first held-out set)")
  func tuningTwentyOne() throws {
    let written = CivilDate(year: 2026, month: 12, day: 3) ?? Unseen.today
    let score = try Self.score("answers-tune21.jsonl", today: written)
    print("unseen answers (tuning 21, former held out 21): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 37)
    #expect((score.passed["interviewer"] ?? 0) >= 30)
    // corr26: "level 3 not level 2" puts the level right in the title held: 43 -> 44.
    #expect((score.passed["correction"] ?? 0) >= 44)
    #expect((score.passed["company"] ?? 0) >= 14)
    #expect((score.passed["outcome"] ?? 0) >= 20)
    // role27: a title's clipped words written out and scored as one job: role 11 -> 13.
    #expect((score.passed["role"] ?? 0) >= 13)
    #expect((score.passed["when"] ?? 0) >= 22)
    #expect((score.passed["none"] ?? 0) >= 11)
    // Raised to the figures at the twenty-eighth session's end: correction 44 -> 46.
    #expect((score.passed["correction"] ?? 0) >= 46)
    // Raised to the figures at the twenty-ninth session's end: company 14 -> 15.
    #expect((score.passed["company"] ?? 0) >= 15)
    // Raised to the figures at the thirtieth session's end: correction 46 -> 47.
    #expect((score.passed["correction"] ?? 0) >= 47)
    // Raised to the figures at the thirty-fourth session's end: none 11 -> 12.
    #expect((score.passed["none"] ?? 0) >= 12)
    // Raised at the thirty-seventh session's end: correction 47 -> 48.
    #expect((score.passed["correction"] ?? 0) >= 48)
  }

  /// The twenty-second held-out set (240 answers written blind on 4 December 2026), measured
  /// before and after the twenty-first session's rounds (every figure unchanged), then tuned on
  /// from the twenty-second session. Floors are the figures at rotation.
  @Test("tuning answers 22 (the twenty-second held-out set)")
  func tuningTwentyTwo() throws {
    let written = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today
    let score = try Self.score("answers-tune22.jsonl", today: written)
    print("unseen answers (tuning 22, former held out 22): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    // people27: names only from words offered as names, a name in capitals in name case:
    // name 34 -> 36, interviewer 26 -> 27.
    #expect((score.passed["name"] ?? 0) >= 36)
    #expect((score.passed["interviewer"] ?? 0) >= 27)
    // role27: a title's clipped words written out, and scored as one job with their full
    // words ("junior frontend dev", "hca"): correction 41 -> 42, role 10 -> 12.
    #expect((score.passed["correction"] ?? 0) >= 42)
    #expect((score.passed["company"] ?? 0) >= 17)
    #expect((score.passed["outcome"] ?? 0) >= 19)
    #expect((score.passed["role"] ?? 0) >= 12)
    #expect((score.passed["when"] ?? 0) >= 20)
    #expect((score.passed["none"] ?? 0) >= 7)
    // Raised to the figures at the twenty-eighth session's end: name 36 -> 37, interviewer 27 ->
    // 29.
    #expect((score.passed["name"] ?? 0) >= 37)
    #expect((score.passed["interviewer"] ?? 0) >= 29)
    // Raised to the figures at the thirtieth session's end: correction 42 -> 43.
    #expect((score.passed["correction"] ?? 0) >= 43)
    // Raised to the figures at the thirty-fourth session's end: correction 43 -> 44.
    #expect((score.passed["correction"] ?? 0) >= 44)
  }

  /// The twenty-third held-out set (240 answers written blind on 4 December 2026), measured
  /// before and after the twenty-second session's rounds (names 36 -> 38, every other figure
  /// unchanged), then tuned on from the twenty-third session. Floors are the figures at
  /// rotation.
  @Test("tuning answers 23 (the twenty-third held-out set)")
  func tuningTwentyThree() throws {
    let written = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today
    let score = try Self.score("answers-tune23.jsonl", today: written)
    print("unseen answers (tuning 23, former held out 23): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 38)
    #expect((score.passed["interviewer"] ?? 0) >= 28)
    #expect((score.passed["correction"] ?? 0) >= 45)
    #expect((score.passed["company"] ?? 0) >= 15)
    #expect((score.passed["outcome"] ?? 0) >= 19)
    #expect((score.passed["role"] ?? 0) >= 7)
    #expect((score.passed["when"] ?? 0) >= 23)
    #expect((score.passed["none"] ?? 0) >= 10)
    // The twenty-seventh session: raised to what its rounds reached (away32, place32, signoff32).
    #expect((score.passed["company"] ?? 0) >= 16)
    // Raised to the figures at the twenty-eighth session's end: name 38 -> 40, interviewer 28 ->
    // 29.
    #expect((score.passed["name"] ?? 0) >= 40)
    #expect((score.passed["interviewer"] ?? 0) >= 29)
    // Raised to the figures at the twenty-ninth session's end: correction 45 -> 46.
    #expect((score.passed["correction"] ?? 0) >= 46)
    // Raised to the figures at the thirtieth session's end: interviewer 29 -> 30.
    #expect((score.passed["interviewer"] ?? 0) >= 30)
  }

  /// The twenty-fourth held-out set (240 answers written blind on 4 December 2026), measured
  /// before and after the twenty-third session's rounds (every figure unchanged), then tuned
  /// on from the twenty-fourth session. Floors are the figures at rotation.
  @Test("tuning answers 24 (the twenty-fourth held-out set)")
  func tuningTwentyFour() throws {
    let written = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today
    let score = try Self.score("answers-tune24.jsonl", today: written)
    print("unseen answers (tuning 24, former held out 24): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 36)
    #expect((score.passed["interviewer"] ?? 0) >= 30)
    #expect((score.passed["correction"] ?? 0) >= 50)
    #expect((score.passed["company"] ?? 0) >= 9)
    #expect((score.passed["outcome"] ?? 0) >= 20)
    #expect((score.passed["role"] ?? 0) >= 20)
    #expect((score.passed["when"] ?? 0) >= 18)
    #expect((score.passed["none"] ?? 0) >= 16)
    // The twenty-sixth session: a company said after "called".
    #expect((score.passed["company"] ?? 0) >= 11)
    // The twenty-seventh session: raised to what its rounds reached (away32, place32, signoff32).
    #expect((score.passed["none"] ?? 0) >= 18)
    // Raised to the figures at the twenty-eighth session's end: interviewer 30 -> 33.
    #expect((score.passed["interviewer"] ?? 0) >= 33)
    // Raised to the figures at the twenty-ninth session's end: correction 50 -> 51.
    #expect((score.passed["correction"] ?? 0) >= 51)
    // Raised to the figures at the twenty-ninth session's end: company 11 -> 14, name 36 -> 37.
    #expect((score.passed["company"] ?? 0) >= 14)
    #expect((score.passed["name"] ?? 0) >= 37)
    // Raised to the figures at the thirtieth session's end: correction 51 -> 53.
    #expect((score.passed["correction"] ?? 0) >= 53)
    // Raised to the figures at the thirty-first session's end: correction 53 -> 55.
    #expect((score.passed["correction"] ?? 0) >= 55)
  }

  /// The twenty-fifth held-out set (240 answers written blind on 4 December 2026), measured
  /// before and after the twenty-fourth session's rounds (every figure unchanged), then tuned
  /// on from the twenty-fifth session. Floors are the figures at rotation.
  @Test("tuning answers 25 (the twenty-fifth held-out set)")
  func tuningTwentyFive() throws {
    let written = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today
    let score = try Self.score("answers-tune25.jsonl", today: written)
    print("unseen answers (tuning 25, former held out 25): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 37)
    #expect((score.passed["interviewer"] ?? 0) >= 33)
    #expect((score.passed["correction"] ?? 0) >= 47)
    #expect((score.passed["company"] ?? 0) >= 16)
    #expect((score.passed["outcome"] ?? 0) >= 20)
    #expect((score.passed["role"] ?? 0) >= 23)
    #expect((score.passed["when"] ?? 0) >= 18)
    #expect((score.passed["none"] ?? 0) >= 19)
    // The twenty-fifth session (4 December, evening): raised to what its rounds reached.
    #expect((score.passed["correction"] ?? 0) >= 48)
    #expect((score.passed["when"] ?? 0) >= 20)
    // Raised to the figures at the twenty-eighth session's end: name 37 -> 38, interviewer 33 ->
    // 35.
    #expect((score.passed["name"] ?? 0) >= 38)
    #expect((score.passed["interviewer"] ?? 0) >= 35)
    // Raised to the figures at the twenty-ninth session's end: company 16 -> 19.
    #expect((score.passed["company"] ?? 0) >= 19)
    // Raised to the figures at the thirty-first session's end: correction 48 -> 49.
    #expect((score.passed["correction"] ?? 0) >= 49)
  }

  /// The twenty-sixth held-out set (240 answers written blind on 4 December 2026), measured
  /// before and after the twenty-fifth session's rounds (every figure unchanged), then tuned
  /// on from the twenty-sixth session. Floors are the figures at rotation.
  @Test("tuning answers 26 (the twenty-sixth held-out set)")
  func tuningTwentySix() throws {
    let written = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today
    let score = try Self.score("answers-tune26.jsonl", today: written)
    print("unseen answers (tuning 26, former held out 26): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 38)
    #expect((score.passed["interviewer"] ?? 0) >= 27)
    #expect((score.passed["correction"] ?? 0) >= 46)
    #expect((score.passed["company"] ?? 0) >= 12)
    #expect((score.passed["outcome"] ?? 0) >= 20)
    #expect((score.passed["role"] ?? 0) >= 18)
    #expect((score.passed["when"] ?? 0) >= 21)
    #expect((score.passed["none"] ?? 0) >= 15)
    // The twenty-sixth session: raised to what its rounds reached ("called", a day restated).
    #expect((score.passed["company"] ?? 0) >= 13)
    #expect((score.passed["when"] ?? 0) >= 22)
    // The twenty-seventh session: raised to what its rounds reached (away32, place32, signoff32).
    #expect((score.passed["company"] ?? 0) >= 14)
    #expect((score.passed["none"] ?? 0) >= 16)
    // Raised to the figures at the twenty-eighth session's end: interviewer 27 -> 29.
    #expect((score.passed["interviewer"] ?? 0) >= 29)
    // Raised to the figures at the twenty-ninth session's end:
    // company 14 -> 17, correction 46 -> 48.
    #expect((score.passed["company"] ?? 0) >= 17)
    #expect((score.passed["correction"] ?? 0) >= 48)
    // Raised to the figures at the thirtieth session's end: correction 48 -> 50, none 16 -> 17.
    #expect((score.passed["correction"] ?? 0) >= 50)
    #expect((score.passed["none"] ?? 0) >= 17)
    // Raised again before the thirtieth session closed: role 18 -> 19.
    #expect((score.passed["role"] ?? 0) >= 19)
    // Raised to the figures at the thirty-first session's end: correction 50 -> 51.
    #expect((score.passed["correction"] ?? 0) >= 51)
    // Raised to the figures at the thirty-fourth session's end: none 17 -> 18.
    #expect((score.passed["none"] ?? 0) >= 18)
  }

  /// The twenty-seventh held-out set (240 answers written blind on 5 December 2026, their
  /// "today" 4 December), measured before and after the twenty-sixth session's rounds (every
  /// figure unchanged), then tuned on from the twenty-seventh session. Floors are the figures
  /// at rotation.
  @Test("tuning answers 27 (the twenty-seventh held-out set)")
  func tuningTwentySeven() throws {
    let written = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today
    let score = try Self.score("answers-tune27.jsonl", today: written)
    print("unseen answers (tuning 27, former held out 27): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 34)
    #expect((score.passed["interviewer"] ?? 0) >= 29)
    #expect((score.passed["correction"] ?? 0) >= 48)
    #expect((score.passed["company"] ?? 0) >= 15)
    #expect((score.passed["outcome"] ?? 0) >= 20)
    #expect((score.passed["role"] ?? 0) >= 19)
    #expect((score.passed["when"] ?? 0) >= 20)
    #expect((score.passed["none"] ?? 0) >= 15)
    // The twenty-seventh session: raised to what its rounds reached (away32, place32, signoff32).
    #expect((score.passed["name"] ?? 0) >= 36)
    #expect((score.passed["correction"] ?? 0) >= 49)
    #expect((score.passed["none"] ?? 0) >= 18)
    // Raised to the figures at the twenty-eighth session's end: interviewer 29 -> 31.
    #expect((score.passed["interviewer"] ?? 0) >= 31)
    // Raised to the figures at the twenty-ninth session's end:
    // company 15 -> 18, correction 49 -> 50,
    // name 36 -> 37.
    #expect((score.passed["company"] ?? 0) >= 18)
    #expect((score.passed["correction"] ?? 0) >= 50)
    #expect((score.passed["name"] ?? 0) >= 37)
    // Raised to the figures at the thirtieth session's end: correction 50 -> 51.
    #expect((score.passed["correction"] ?? 0) >= 51)
    // Raised to the figures at the thirty-first session's end: correction 51 -> 52, name 37 -> 38.
    #expect((score.passed["correction"] ?? 0) >= 52)
    #expect((score.passed["name"] ?? 0) >= 38)
  }

  /// The twenty-eighth held-out set (240 answers written blind on 5 December 2026, their
  /// "today" 5 December), measured before and after the twenty-seventh session's rounds
  /// (non-answers 13 -> 17, every other figure unchanged), then tuned on from the
  /// twenty-eighth session. Floors are the figures at rotation.
  @Test("tuning answers 28 (the twenty-eighth held-out set)")
  func tuningTwentyEight() throws {
    let written = CivilDate(year: 2026, month: 12, day: 5) ?? Unseen.today
    let score = try Self.score("answers-tune28.jsonl", today: written)
    print("unseen answers (tuning 28, former held out 28): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 40)
    #expect((score.passed["interviewer"] ?? 0) >= 34)
    #expect((score.passed["correction"] ?? 0) >= 47)
    #expect((score.passed["company"] ?? 0) >= 16)
    #expect((score.passed["outcome"] ?? 0) >= 21)
    #expect((score.passed["role"] ?? 0) >= 21)
    #expect((score.passed["when"] ?? 0) >= 16)
    #expect((score.passed["none"] ?? 0) >= 17)
    // Raised to the figures at the twenty-eighth session's end: interviewer 34 -> 36, correction
    // 47 -> 48.
    #expect((score.passed["interviewer"] ?? 0) >= 36)
    #expect((score.passed["correction"] ?? 0) >= 48)
    // Raised to the figures at the twenty-ninth session's end:
    // company 16 -> 18, correction 48 -> 49,
    // when 16 -> 18.
    #expect((score.passed["company"] ?? 0) >= 18)
    #expect((score.passed["correction"] ?? 0) >= 49)
    #expect((score.passed["when"] ?? 0) >= 18)
    // Raised to the figures at the thirtieth session's end: correction 49 -> 50, none 17 -> 18.
    #expect((score.passed["correction"] ?? 0) >= 50)
    #expect((score.passed["none"] ?? 0) >= 18)
  }

  /// The twenty-ninth held-out set (240 answers written blind on 5 December 2026, their
  /// "today" 5 December), measured before and after the twenty-eighth session's rounds
  /// (names 32 -> 33, interviewers 27 -> 29, every other figure unchanged; interviewers 30
  /// at rotation after a review), then tuned on from the twenty-ninth session. Floors are the
  /// figures at rotation.
  @Test("tuning answers 29 (the twenty-ninth held-out set)")
  func tuningTwentyNine() throws {
    let written = CivilDate(year: 2026, month: 12, day: 5) ?? Unseen.today
    let score = try Self.score("answers-tune29.jsonl", today: written)
    print("unseen answers (tuning 29, former held out 29): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 33)
    #expect((score.passed["interviewer"] ?? 0) >= 30)
    #expect((score.passed["correction"] ?? 0) >= 51)
    #expect((score.passed["company"] ?? 0) >= 16)
    #expect((score.passed["outcome"] ?? 0) >= 19)
    #expect((score.passed["role"] ?? 0) >= 20)
    #expect((score.passed["when"] ?? 0) >= 20)
    #expect((score.passed["none"] ?? 0) >= 16)
    // Raised to the figures at the twenty-ninth session's end:
    // company 16 -> 21, correction 51 -> 52,
    // interviewer 30 -> 33, name 33 -> 37, none 16 -> 19, outcome 19 -> 20, when 20 -> 21.
    #expect((score.passed["company"] ?? 0) >= 21)
    #expect((score.passed["correction"] ?? 0) >= 52)
    #expect((score.passed["interviewer"] ?? 0) >= 33)
    #expect((score.passed["name"] ?? 0) >= 37)
    #expect((score.passed["none"] ?? 0) >= 19)
    #expect((score.passed["outcome"] ?? 0) >= 20)
    #expect((score.passed["when"] ?? 0) >= 21)
    // Raised to the figures at the thirtieth session's end: name 37 -> 38.
    #expect((score.passed["name"] ?? 0) >= 38)
  }

  /// The thirtieth held-out set (240 answers written blind on 5 December 2026, their "today"
  /// 5 December), measured before and after the twenty-ninth session's rounds (company 14 ->
  /// 17, corrections 47 -> 49, every other figure unchanged), then tuned on from the thirtieth
  /// session. Floors are the figures at rotation.
  @Test("tuning answers 30 (the thirtieth held-out set)")
  func tuningThirty() throws {
    let written = CivilDate(year: 2026, month: 12, day: 5) ?? Unseen.today
    let score = try Self.score("answers-tune30.jsonl", today: written)
    print("unseen answers (tuning 30, former held out 30): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 32)
    #expect((score.passed["interviewer"] ?? 0) >= 33)
    #expect((score.passed["correction"] ?? 0) >= 49)
    #expect((score.passed["company"] ?? 0) >= 17)
    #expect((score.passed["outcome"] ?? 0) >= 21)
    #expect((score.passed["role"] ?? 0) >= 18)
    #expect((score.passed["when"] ?? 0) >= 20)
    #expect((score.passed["none"] ?? 0) >= 17)
    // Raised to the figures at the thirtieth session's end: correction 49 -> 56, name 32 -> 34, none 17 -> 19.
    #expect((score.passed["correction"] ?? 0) >= 56)
    #expect((score.passed["name"] ?? 0) >= 34)
    #expect((score.passed["none"] ?? 0) >= 19)
    // Raised again before the thirtieth session closed: company 17 -> 18, role 18 -> 20.
    #expect((score.passed["company"] ?? 0) >= 18)
    #expect((score.passed["role"] ?? 0) >= 20)
  }

  /// The thirty-first held-out set (240 answers written blind on 5 December 2026, their
  /// "today" 5 December), measured before and after the thirtieth session's rounds
  /// (corrections 57 -> 60, non-answers 13 -> 14, company 16 -> 15), then tuned on from the
  /// thirty-first session. Floors are the figures at rotation.
  @Test("tuning answers 31 (the thirty-first held-out set)")
  func tuningThirtyOne() throws {
    let written = CivilDate(year: 2026, month: 12, day: 5) ?? Unseen.today
    let score = try Self.score("answers-tune31.jsonl", today: written)
    print("unseen answers (tuning 31, former held out 31): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 42)
    #expect((score.passed["interviewer"] ?? 0) >= 30)
    #expect((score.passed["correction"] ?? 0) >= 60)
    #expect((score.passed["company"] ?? 0) >= 15)
    #expect((score.passed["outcome"] ?? 0) >= 15)
    #expect((score.passed["role"] ?? 0) >= 9)
    #expect((score.passed["when"] ?? 0) >= 12)
    #expect((score.passed["none"] ?? 0) >= 14)
    // Raised to the figures at the thirty-first session's end: company 15 -> 16, correction 60 -> 65, name 42 -> 43, role 9 -> 10.
    #expect((score.passed["company"] ?? 0) >= 16)
    #expect((score.passed["correction"] ?? 0) >= 65)
    #expect((score.passed["name"] ?? 0) >= 43)
    #expect((score.passed["role"] ?? 0) >= 10)
    // Raised to the figures at the thirty-second session's end: interviewer 30 -> 31.
    #expect((score.passed["interviewer"] ?? 0) >= 31)
  }

  /// The thirty-second held-out set (240 answers written blind on 5 December 2026, their
  /// "today" 5 December), measured before and after the thirty-first session's rounds
  /// (corrections 53 -> 56, interviewers 29 -> 30), then tuned on from the thirty-second
  /// session. Floors are the figures at rotation.
  @Test("tuning answers 32 (the thirty-second held-out set)")
  func tuningThirtyTwo() throws {
    let written = CivilDate(year: 2026, month: 12, day: 5) ?? Unseen.today
    let score = try Self.score("answers-tune32.jsonl", today: written)
    print("unseen answers (tuning 32, former held out 32): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 39)
    #expect((score.passed["interviewer"] ?? 0) >= 30)
    #expect((score.passed["correction"] ?? 0) >= 56)
    #expect((score.passed["company"] ?? 0) >= 16)
    #expect((score.passed["outcome"] ?? 0) >= 13)
    #expect((score.passed["role"] ?? 0) >= 13)
    #expect((score.passed["when"] ?? 0) >= 12)
    #expect((score.passed["none"] ?? 0) >= 16)
    // Raised to the figures at the thirty-second session's end: name 39 -> 40, interviewer
    // 30 -> 32, correction 56 -> 57.
    #expect((score.passed["name"] ?? 0) >= 40)
    #expect((score.passed["interviewer"] ?? 0) >= 32)
    #expect((score.passed["correction"] ?? 0) >= 57)
    // Raised to the figure at the thirty-third session's end: correction 57 -> 58.
    #expect((score.passed["correction"] ?? 0) >= 58)
    // Raised to the figures at the thirty-fourth session's end: correction 58 -> 59.
    #expect((score.passed["correction"] ?? 0) >= 59)
    // Raised to the figures at the thirty-fifth session's end: correction 59 -> 60.
    #expect((score.passed["correction"] ?? 0) >= 60)
    // Raised at the thirty-seventh session's end: correction 60 -> 61.
    #expect((score.passed["correction"] ?? 0) >= 61)
  }

  /// The thirty-third held-out set (240 answers written blind on 5 December 2026, their
  /// "today" 5 December), measured before and after the thirty-second session's rounds (every
  /// figure unchanged), then tuned on from the thirty-third session. Floors are the figures at
  /// rotation.
  @Test("tuning answers 33 (the thirty-third held-out set)")
  func tuningThirtyThree() throws {
    let written = CivilDate(year: 2026, month: 12, day: 5) ?? Unseen.today
    let score = try Self.score("answers-tune33.jsonl", today: written)
    print("unseen answers (tuning 33, former held out 33): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 41)
    #expect((score.passed["interviewer"] ?? 0) >= 34)
    #expect((score.passed["correction"] ?? 0) >= 54)
    #expect((score.passed["company"] ?? 0) >= 10)
    #expect((score.passed["outcome"] ?? 0) >= 12)
    #expect((score.passed["role"] ?? 0) >= 13)
    #expect((score.passed["when"] ?? 0) >= 12)
    #expect((score.passed["none"] ?? 0) >= 14)
    // Raised to the figure at the thirty-third session's end: correction 54 -> 57.
    #expect((score.passed["correction"] ?? 0) >= 57)
    // Raised to the figures at the thirty-fourth session's end:
    // correction 57 -> 58, interviewer 34 -> 35, none 14 -> 15.
    #expect((score.passed["correction"] ?? 0) >= 58)
    #expect((score.passed["interviewer"] ?? 0) >= 35)
    #expect((score.passed["none"] ?? 0) >= 15)
  }

  /// The thirty-fourth held-out set (240 answers written blind on 5 December 2026, their
  /// "today" 5 December), measured before and after the thirty-third session's rounds
  /// (corrections 60 -> 61, every other figure unchanged), then tuned on from the thirty-fourth
  /// session. Floors are the figures at rotation.
  @Test("tuning answers 34 (the thirty-fourth held-out set)")
  func tuningThirtyFour() throws {
    let written = CivilDate(year: 2026, month: 12, day: 5) ?? Unseen.today
    let score = try Self.score("answers-tune34.jsonl", today: written)
    print("unseen answers (tuning 34, former held out 34): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 43)
    #expect((score.passed["interviewer"] ?? 0) >= 31)
    #expect((score.passed["correction"] ?? 0) >= 61)
    #expect((score.passed["company"] ?? 0) >= 13)
    #expect((score.passed["outcome"] ?? 0) >= 16)
    #expect((score.passed["role"] ?? 0) >= 12)
    #expect((score.passed["when"] ?? 0) >= 12)
    #expect((score.passed["none"] ?? 0) >= 14)
    // Raised to the figures at the thirty-fourth session's end:
    // correction 61 -> 65, interviewer 31 -> 33, none 14 -> 16.
    #expect((score.passed["correction"] ?? 0) >= 65)
    #expect((score.passed["interviewer"] ?? 0) >= 33)
    #expect((score.passed["none"] ?? 0) >= 16)
  }

  /// The thirty-fifth held-out set (240 answers written blind on 6 December 2026, their
  /// "today" 6 December), measured before and after the thirty-fourth session's rounds (every
  /// figure unchanged), then tuned on from the thirty-fifth session. Floors are the figures at
  /// rotation.
  @Test("tuning answers 35 (the thirty-fifth held-out set)")
  func tuningThirtyFive() throws {
    let written = CivilDate(year: 2026, month: 12, day: 6) ?? Unseen.today
    let score = try Self.score("answers-tune35.jsonl", today: written)
    print("unseen answers (tuning 35, former held out 35): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 40)
    #expect((score.passed["interviewer"] ?? 0) >= 34)
    #expect((score.passed["correction"] ?? 0) >= 66)
    #expect((score.passed["company"] ?? 0) >= 10)
    #expect((score.passed["outcome"] ?? 0) >= 15)
    #expect((score.passed["role"] ?? 0) >= 10)
    #expect((score.passed["when"] ?? 0) >= 12)
    #expect((score.passed["none"] ?? 0) >= 15)
    // Raised to the figures at the thirty-fifth session's end: correction 66 -> 67, interviewer 34 -> 39, name 40 -> 42.
    #expect((score.passed["correction"] ?? 0) >= 67)
    #expect((score.passed["interviewer"] ?? 0) >= 39)
    #expect((score.passed["name"] ?? 0) >= 42)
    // Raised at the thirty-seventh session's end: role 10 -> 11.
    #expect((score.passed["role"] ?? 0) >= 11)
  }

  /// The thirty-sixth held-out set (240 answers written blind on 6 December 2026, their
  /// "today" 6 December), measured before and after the thirty-fifth session's rounds (every
  /// figure unchanged), then tuned on from the thirty-sixth session. Floors are the figures at
  /// rotation.
  @Test("tuning answers 36 (the thirty-sixth held-out set)")
  func tuningThirtySix() throws {
    let written = CivilDate(year: 2026, month: 12, day: 6) ?? Unseen.today
    let score = try Self.score("answers-tune36.jsonl", today: written)
    print("unseen answers (tuning 36, former held out 36): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 43)
    #expect((score.passed["interviewer"] ?? 0) >= 33)
    #expect((score.passed["correction"] ?? 0) >= 66)
    #expect((score.passed["company"] ?? 0) >= 11)
    #expect((score.passed["outcome"] ?? 0) >= 14)
    #expect((score.passed["role"] ?? 0) >= 12)
    #expect((score.passed["when"] ?? 0) >= 10)
    #expect((score.passed["none"] ?? 0) >= 14)
    // Raised to the figures at the thirty-sixth session's end: company 11 -> 12, correction
    // 66 -> 70, none 14 -> 16, interviewer 33 -> 34, outcome 14 -> 15, when 10 -> 11.
    #expect((score.passed["company"] ?? 0) >= 12)
    #expect((score.passed["correction"] ?? 0) >= 70)
    #expect((score.passed["none"] ?? 0) >= 16)
    #expect((score.passed["interviewer"] ?? 0) >= 34)
    #expect((score.passed["outcome"] ?? 0) >= 15)
    #expect((score.passed["when"] ?? 0) >= 11)
  }

  /// The thirty-seventh held-out answers (written blind on 6 December 2026), measured before and
  /// after the thirty-sixth session's rounds (every figure unchanged), then tuned on from the
  /// thirty-seventh session. Floors are the figures at rotation.
  @Test("answers tuning 37 (former held out 37) holds its floors")
  func tuningThirtySeven() throws {
    let written = CivilDate(year: 2026, month: 12, day: 6) ?? Unseen.today
    let score = try Self.score("answers-tune37.jsonl", today: written)
    print("unseen answers (tuning 37, former held out 37): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 40)
    #expect((score.passed["interviewer"] ?? 0) >= 38)
    #expect((score.passed["correction"] ?? 0) >= 64)
    #expect((score.passed["company"] ?? 0) >= 14)
    #expect((score.passed["outcome"] ?? 0) >= 11)
    #expect((score.passed["role"] ?? 0) >= 11)
    #expect((score.passed["when"] ?? 0) >= 13)
    #expect((score.passed["none"] ?? 0) >= 17)
  }

  /// The thirty-eighth held-out answers (written blind on 6 December 2026), measured before and
  /// after the thirty-seventh session's rounds (every figure unchanged), then tuned on from the
  /// thirty-eighth session. Floors are the figures at rotation.
  @Test("answers tuning 38 (former held out 38) holds its floors")
  func tuningThirtyEight() throws {
    let written = CivilDate(year: 2026, month: 12, day: 6) ?? Unseen.today
    let score = try Self.score("answers-tune38.jsonl", today: written)
    print("unseen answers (tuning 38, former held out 38): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 43)
    #expect((score.passed["interviewer"] ?? 0) >= 38)
    // Raised after the forty-fourth session's round (read49): correction 44 -> 45.
    #expect((score.passed["correction"] ?? 0) >= 45)
    #expect((score.passed["company"] ?? 0) >= 21)
    #expect((score.passed["outcome"] ?? 0) >= 16)
    #expect((score.passed["role"] ?? 0) >= 14)
    #expect((score.passed["when"] ?? 0) >= 16)
    #expect((score.passed["none"] ?? 0) >= 15)
  }

  /// The thirty-ninth held-out answers (written blind on 6 December 2026), measured before and
  /// after the thirty-eighth session's rounds (every figure unchanged), then tuned on from the
  /// thirty-ninth session. Floors are the figures at rotation.
  @Test("answers tuning 39 (former held out 39) holds its floors")
  func tuningThirtyNine() throws {
    let written = CivilDate(year: 2026, month: 12, day: 6) ?? Unseen.today
    let score = try Self.score("answers-tune39.jsonl", today: written)
    print("unseen answers (tuning 39, former held out 39): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 44)
    #expect((score.passed["interviewer"] ?? 0) >= 41)
    #expect((score.passed["correction"] ?? 0) >= 48)
    #expect((score.passed["company"] ?? 0) >= 18)
    #expect((score.passed["outcome"] ?? 0) >= 17)
    #expect((score.passed["role"] ?? 0) >= 16)
    #expect((score.passed["when"] ?? 0) >= 15)
    #expect((score.passed["none"] ?? 0) >= 18)
  }

  /// The fortieth held-out answers (written blind on 6 December 2026), measured before and
  /// after the thirty-ninth session's round (every figure unchanged), then tuned on from the
  /// fortieth session. Floors are the figures at rotation, raised after the fortieth
  /// session's round (interviewers 39 -> 42, corrections 48 -> 49, day 14 -> 15, non-answers
  /// 14 -> 16).
  @Test("answers tuning 40 (former held out 40) holds its floors")
  func tuningForty() throws {
    let written = CivilDate(year: 2026, month: 12, day: 6) ?? Unseen.today
    let score = try Self.score("answers-tune40.jsonl", today: written)
    print("unseen answers (tuning 40, former held out 40): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 46)
    #expect((score.passed["interviewer"] ?? 0) >= 42)
    #expect((score.passed["correction"] ?? 0) >= 49)
    #expect((score.passed["company"] ?? 0) >= 19)
    #expect((score.passed["outcome"] ?? 0) >= 16)
    #expect((score.passed["role"] ?? 0) >= 14)
    #expect((score.passed["when"] ?? 0) >= 15)
    #expect((score.passed["none"] ?? 0) >= 16)
  }

  /// The forty-first held-out answers (written blind on 6 December 2026), measured before and
  /// after the fortieth session's round (every figure unchanged), then tuned on from the
  /// forty-first session. Floors are the figures at rotation.
  @Test("answers tuning 41 (former held out 41) holds its floors")
  func tuningFortyOne() throws {
    let written = CivilDate(year: 2026, month: 12, day: 6) ?? Unseen.today
    let score = try Self.score("answers-tune41.jsonl", today: written)
    print("unseen answers (tuning 41, former held out 41): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 39)
    #expect((score.passed["interviewer"] ?? 0) >= 36)
    #expect((score.passed["correction"] ?? 0) >= 49)
    #expect((score.passed["company"] ?? 0) >= 20)
    #expect((score.passed["outcome"] ?? 0) >= 16)
    #expect((score.passed["role"] ?? 0) >= 16)
    #expect((score.passed["when"] ?? 0) >= 17)
    #expect((score.passed["none"] ?? 0) >= 16)
  }

  /// The forty-second held-out answers (written blind on 7 December 2026), measured before and
  /// after the forty-first session's round (every figure unchanged), then tuned on from the
  /// forty-second session. Floors are the figures at rotation.
  @Test("answers tuning 42 (former held out 42) holds its floors")
  func tuningFortyTwo() throws {
    let written = CivilDate(year: 2026, month: 12, day: 6) ?? Unseen.today
    let score = try Self.score("answers-tune42.jsonl", today: written)
    print("unseen answers (tuning 42, former held out 42): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 42)
    #expect((score.passed["interviewer"] ?? 0) >= 37)
    #expect((score.passed["correction"] ?? 0) >= 51)
    #expect((score.passed["company"] ?? 0) >= 20)
    #expect((score.passed["outcome"] ?? 0) >= 16)
    #expect((score.passed["role"] ?? 0) >= 17)
    #expect((score.passed["when"] ?? 0) >= 16)
    #expect((score.passed["none"] ?? 0) >= 16)
  }

  /// The forty-third held-out answers (written blind on 7 December 2026), measured before and
  /// after the forty-second session's round (every figure unchanged), then tuned on from the
  /// forty-third session. Floors are the figures at rotation.
  @Test("answers tuning 43 (former held out 43) holds its floors")
  func tuningFortyThree() throws {
    let written = CivilDate(year: 2026, month: 12, day: 6) ?? Unseen.today
    let score = try Self.score("answers-tune43.jsonl", today: written)
    print("unseen answers (tuning 43, former held out 43): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 44)
    #expect((score.passed["interviewer"] ?? 0) >= 36)
    #expect((score.passed["correction"] ?? 0) >= 47)
    #expect((score.passed["company"] ?? 0) >= 18)
    #expect((score.passed["outcome"] ?? 0) >= 14)
    #expect((score.passed["role"] ?? 0) >= 18)
    #expect((score.passed["when"] ?? 0) >= 17)
    #expect((score.passed["none"] ?? 0) >= 14)
  }

  /// The forty-fourth held-out answers (written blind on 7 December 2026), measured before and
  /// after the forty-third session's round (every figure unchanged), then tuned on from the
  /// forty-fourth session. Floors are the figures at rotation.
  @Test("answers tuning 44 (former held out 44) holds its floors")
  func tuningFortyFour() throws {
    let written = CivilDate(year: 2026, month: 12, day: 6) ?? Unseen.today
    let score = try Self.score("answers-tune44.jsonl", today: written)
    print("unseen answers (tuning 44, former held out 44): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 45)
    #expect((score.passed["interviewer"] ?? 0) >= 36)
    #expect((score.passed["correction"] ?? 0) >= 53)
    #expect((score.passed["company"] ?? 0) >= 22)
    #expect((score.passed["outcome"] ?? 0) >= 17)
    #expect((score.passed["role"] ?? 0) >= 18)
    #expect((score.passed["when"] ?? 0) >= 17)
    #expect((score.passed["none"] ?? 0) >= 16)
  }

  /// The forty-fifth held-out answers (written blind on 7 December 2026, their "today" Monday
  /// 7 December), measured before and after the forty-fourth session's round (every figure
  /// unchanged), then tuned on from the forty-fifth session. Floors are the figures at rotation;
  /// interviewer and correction are those scored from the forty-sixth session, when an
  /// interviewer's name matched in the form the set's brief asks for (`addressed`).
  @Test("answers tuning 45 (former held out 45) holds its floors")
  func tuningFortyFive() throws {
    let written = CivilDate(year: 2026, month: 12, day: 7) ?? Unseen.today
    let score = try Self.score("answers-tune45.jsonl", today: written)
    print("unseen answers (tuning 45, former held out 45): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 33)
    #expect((score.passed["interviewer"] ?? 0) >= 34)
    #expect((score.passed["correction"] ?? 0) >= 45)
    #expect((score.passed["company"] ?? 0) >= 20)
    #expect((score.passed["outcome"] ?? 0) >= 14)
    #expect((score.passed["role"] ?? 0) >= 16)
    #expect((score.passed["when"] ?? 0) >= 18)
    #expect((score.passed["none"] ?? 0) >= 15)
  }

  /// The forty-sixth held-out answers (written blind on 7 December 2026, their "today" Monday
  /// 7 December), measured before and after the forty-fifth session's round (every figure
  /// unchanged), then tuned on from the forty-sixth session. Floors are the figures at rotation,
  /// scored with an interviewer's name matched in the form the set's brief asks for
  /// (`addressed`), and correction raised by the forty-sixth session's round.
  @Test("answers tuning 46 (former held out 46) holds its floors")
  func tuningFortySix() throws {
    let written = CivilDate(year: 2026, month: 12, day: 7) ?? Unseen.today
    let score = try Self.score("answers-tune46.jsonl", today: written)
    print("unseen answers (tuning 46, former held out 46): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(score.total.values.reduce(0, +) >= 240)
    #expect((score.passed["name"] ?? 0) >= 37)
    #expect((score.passed["interviewer"] ?? 0) >= 33)
    #expect((score.passed["correction"] ?? 0) >= 45)
    #expect((score.passed["company"] ?? 0) >= 18)
    #expect((score.passed["outcome"] ?? 0) >= 15)
    #expect((score.passed["role"] ?? 0) >= 15)
    #expect((score.passed["when"] ?? 0) >= 18)
    #expect((score.passed["none"] ?? 0) >= 13)
  }

  /// 240 answers and corrections written blind on 7 December 2026 (their "today" Wednesday
  /// 9 December) by two helpers that never read the sources (the forty-seventh set),
  /// committed before the rounds they measure. Nobody tunes on them: aggregate figures only.
  @Test("held-out answers 47: aggregate figures only")
  func heldOutFortySeventh() throws {
    let written = CivilDate(year: 2026, month: 12, day: 9) ?? Unseen.today
    let score = try Self.score("answers-heldout47.jsonl", today: written)
    print("unseen answers (held out 47): \(score)")
    #expect(score.total.values.reduce(0, +) >= 240)
  }

  @Test("tuning answers", arguments: ["answers-tune.jsonl", "answers-tune2.jsonl"])
  func tuning(_ file: String) throws {
    let score = try Self.score(file)
    print("unseen answers (tuning, \(file)): \(score)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
  }
}
