import Foundation
import Testing

@testable import FollowUpKit

/// The person's point sentences of the judged tuning notes (sets 8 to 19), read as the engine
/// reads them: the register of the line as typed first (`PointRegister`), then the point's
/// positive reading (`VouchedPoint`), as the blind judge read them.
///
/// `FirstNoteGrammarTests` said "0 with a fault" while the judge faulted the point sentence in
/// about one note in four: the checks only ever read the points they had let through. Here
/// every point the judge saw is given to `PointGate` again beside the note before it: a point
/// the judge faulted must be held back (or, for a capital, printed another way), and a point
/// the judge passed that is held back is named and counted: a cost, since the person is shown
/// the line and can add it, not a fault. The counts are printed; the floors below are what the gate
/// reaches now, so a change that lets a faulted point through again fails.
@Suite("The point gate sees what the blind judge saw")
struct JudgedPointTests {
  /// One point sentence the judge read, with the note text before it and the verdict.
  struct JudgedPoint {
    let id: String
    let point: String
    /// The line the person typed, from which the point was read.
    let typed: String
    let before: String
    let faulted: Bool
  }

  /// The judged sets of tuning 15 to 17, read apart from the earlier ones: their points were
  /// judged as printed by the engine of their day, and the floors below are theirs.
  static let laterSets = [
    ("judged/tune17-notes-after.jsonl", "judged/tune17-judge-after.jsonl"),
    ("judged/tune16-notes-after.jsonl", "judged/tune16-judge-after.jsonl"),
    ("judged/tune15-notes-after.jsonl", "judged/tune15-judge-after.jsonl"),
  ]

  /// The judged set of tuning 18, read as the later sets are (printed by the engine of its
  /// day), with its own floors so that its figure is seen apart.
  static let eighteenthSet = [
    ("judged/tune18-notes-after.jsonl", "judged/tune18-judge-after.jsonl")
  ]

  /// The judged set of tuning 19 (the former held-out 18), judged as printed before the
  /// thirteenth session: the first set read with the register of the line as typed.
  static let nineteenthSet = [
    ("judged/tune19-notes-before.jsonl", "judged/tune19-judge-before.jsonl")
  ]

  static let sets = [
    ("judged/tune14-notes-after.jsonl", "judged/tune14-judge-after.jsonl"),
    ("judged/tune13-notes-after.jsonl", "judged/tune13-judge-after.jsonl"),
    ("judged/tune12-notes-after.jsonl", "judged/tune12-judge-after.jsonl"),
    ("judged/tune11-notes-after.jsonl", "judged/tune11-judge-after.jsonl"),
    ("judged/tune10-notes-before.jsonl", "judged/tune10-judge-before.jsonl"),
    ("judged/tune9-notes-after.jsonl", "judged/tune9-judge-after.jsonl"),
    ("judged/tune8-notes-before.jsonl", "judged/tune8-judge-before.jsonl"),
  ]

  /// Faults the judge gave a point that no reading of the sentence alone can see: the point
  /// is about another thing than the topic, or the judge read it beside a topic that has
  /// since changed. Kept out of the count, named so that the list stays honest.
  static let notBySentence: Set<String> = [
    "b049",  // "breakfast" under an allergies topic: the topic choice (also a run-on, caught)
    "g003",  // a clause of the answer dropped by the tidying, not a fault of the sentence
    "g042",  // "two bearded dragons" under "cert IV": a topic no employer told
    "g056",  // "I have a little one.": "so that'd be huge" dropped by the tidying
    "q002",  // a topic that was a name correction; "that" pointed at it
    "q015",  // a point attached to another topic than the one it was said of
    "z004",  // "got one" meant a heat pump: the topic chosen was the retrofit, not the pump
    "ak023",  // "I reduced it": "it" is the topic's shrinkage, a topic no employer told
  ]

  static func points(from sets: [(String, String)] = sets) throws -> [JudgedPoint] {
    var found: [JudgedPoint] = []
    for (notesFile, judgeFile) in sets {
      var faults: [String: [String]] = [:]
      for line in try DataFile.lines(judgeFile) {
        guard
          let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let id = object["id"] as? String
        else { continue }
        faults[id] = object["faults"] as? [String] ?? []
      }
      for line in try DataFile.lines(notesFile) {
        guard
          let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let id = object["id"] as? String, let note = object["note"] as? String,
          let conversation = object["conversation"] as? String
        else { continue }
        let marker = "Got it: the note will say \""
        guard let start = conversation.range(of: marker, options: .backwards),
          let point = Self.quoted(conversation[start.upperBound...])
        else { continue }
        guard let at = note.range(of: point) else { continue }
        let before = String(note[..<at.lowerBound])
        // The person's line: the last one they typed before the reply that quoted the point.
        let typed =
          conversation[..<start.lowerBound].split(separator: "\n").last { $0.hasPrefix("> ") }
          .map { String($0.dropFirst(2)) } ?? point
        // The judge quotes what it faults: a quote of the point's words is a fault of it.
        let faulted = (faults[id] ?? []).contains { fault in
          fault.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .contains { index, quote in
              // A quote of the topic and the point together ("... about industry. My postdoc
              // was ...") faults the point too.
              index % 2 == 1 && quote.count >= 8
                && (point.contains(quote.prefix(25)) || quote.contains(point.prefix(25)))
            }
        }
        found.append(
          JudgedPoint(id: id, point: point, typed: typed, before: before, faulted: faulted))
      }
    }
    return found
  }

  /// The point quoted at the start of `text`: up to the quote mark after its closing full stop
  /// (or question mark), followed by a line break or by the reply's next sentence ("... data."
  /// You met 2 people, ..."), which a reply in one paragraph puts on the same line.
  static func quoted(_ text: Substring) -> String? {
    var index = text.startIndex
    while let close = text[index...].firstIndex(of: "\"") {
      let after = text.index(after: close)
      if close > text.startIndex, ".?!".contains(text[text.index(before: close)]),
        after == text.endIndex || text[after].isWhitespace
      {
        return String(text[..<close])
      }
      index = after
    }
    return nil
  }

  /// What the reading does with each judged point: the faulted ones held back (or printed
  /// repaired), the passed ones held back by mistake, and the rest.
  struct Tally {
    var all = 0
    var faulted = 0
    var caught = 0
    var missed: [String] = []
    var wronglyHeld: [String] = []
    var repairs: [String] = []
  }

  static func tally(_ sets: [(String, String)]) throws -> Tally {
    let all = try Self.points(from: sets).filter { !Self.notBySentence.contains($0.id) }
    var missed: [String] = []
    var wronglyHeld: [String] = []
    var repairs: [String] = []
    var caught = 0
    for judged in all {
      // A capital the judge faulted may be mended rather than held back: spelled from what
      // the note says before it, as the engine spells it from the person's other answers.
      // The places the point itself names are written as names, as the engine writes them.
      let respelled =
        ProperSpelling.placesCapitalised(
          ProperSpelling.restored(
            judged.point, from: [ProperSpelling.placesCapitalised(judged.before)]))
        != judged.point
      // The reader the note greets ("Dear Paul,"), as the engine knows its recipient.
      let greeting = judged.before.split(separator: "\n").first.map(String.init) ?? ""
      let readers = greeting.split(separator: " ").dropFirst().map {
        String($0).trimmingCharacters(in: .punctuationCharacters)
      }
      // The positive reading (`VouchedPoint`): held back, or printed with a certain repair.
      var held: String?
      // The register of the line as typed (`PointRegister`), read first, as the engine does.
      if let sign = PointRegister.chatSign(in: judged.typed) {
        held = "typed as chat (\(sign))"
      } else {
        switch VouchedPoint.reading(of: judged.point, before: judged.before, readers: readers) {
        case .held(let problem): held = problem
        case .vouched(let printed):
          if printed != judged.point {
            repairs.append("\(judged.id) (\(judged.faulted ? "faulted" : "passed")): \(printed)")
          }
        }
      }
      if held == nil, respelled, judged.faulted { held = "respelled" }
      if judged.faulted {
        if held != nil {
          caught += 1
        } else if repairs.last?.hasPrefix(judged.id + " ") != true {
          missed.append("\(judged.id): \(judged.point)")
        }
      } else if let held {
        wronglyHeld.append("\(judged.id): \(held): \(judged.point)")
      }
    }
    let faulted = all.filter(\.faulted).count
    print(
      "judged points: \(all.count); faulted \(faulted), held back \(caught), "
        + "repaired \(repairs.filter { $0.contains("(faulted)") }.count); "
        + "passed \(all.count - faulted), held back \(wronglyHeld.count)")
    print("missed:\n" + missed.joined(separator: "\n"))
    print("passed but held:\n" + wronglyHeld.joined(separator: "\n"))
    print("repaired:\n" + repairs.joined(separator: "\n"))
    return Tally(
      all: all.count, faulted: faulted, caught: caught, missed: missed,
      wronglyHeld: wronglyHeld, repairs: repairs)
  }

  @Test("faulted points are held back, passed points are not")
  func verdicts() throws {
    let tally = try Self.tally(Self.sets)
    let caught = tally.caught
    let missed = tally.missed
    let wronglyHeld = tally.wronglyHeld
    // Before this round: 24 of 44 faulted points held back, 1 of 67 passed ones. The faults
    // left are capitals with no evidence in the note ("oracle", "lely", "emar", "metro line
    // 3", "I love brighton"), tenses and idioms ("I always sing", "in a farm"), and pointing
    // words the judge read as vague ("it's great", "up there" beside a glen the topic lost).
    // Round 10: 37 of 44, with "the others" naming no group, "up there" beside a company
    // rather than a place on a map, and the reader named in the third person held back.
    // Round 11, with tuning 12 (14 faulted points, 2 held back before): 50 of 58, with word
    // order ("we eat always"), "try not use", a lone "Because ..." clause, a missing article
    // after "was running", "my master", "my uncles chop bar", "the others" after things,
    // "these things", "a youth hub thing", a place before a new phrase written as a name, and
    // a short bare remark sharing nothing with the topic (a non sequitur) held back.
    // Round 13, with tuning 13 (15 faulted points) and the positive reading (`VouchedPoint`):
    // 56 of 72 held back and 4 printed repaired ("I was a trainer", "for two summers", "I
    // have been vegan for 4 years", "worked for 6 years"), 1 of 98 passed ones held back. The
    // faults left are capitals of names no list knows ("vinted", "ekstraklasa", "citizens
    // advice"), idioms ("in a farm") and a point the judge found unconnected to its topic.
    // Round 14, with tuning 14 (10 more faulted points) and a stricter positive reading: a
    // count before a singular ("many time"), a word said twice, a present with "since" ("has
    // insomnia since he was 14", "since long time"), a wish with no "to" ("want learn"), a
    // word of degree before the subject ("more I like"), a comma splice after a phrase of time,
    // a bare singular subject ("how hard kids haircut is") and a closing "get it" pointing at
    // nothing, an adjective with another language's preposition ("familiar for me"), a
    // closing "so it's great" or "so I know how it works": 67 of 82 held back and 3 repaired,
    // still 1 of 118 passed ones held.
    // Round 18, with the quoted point read up to its closing quote whatever follows it on
    // the line (one more point in each of tuning 11, 12 and 14): 69 of 84 held back, with a
    // subject straight before a determiner, a close that points ("so this is very close")
    // or cheers ("would be amazing"), a count tacked on after a comma, and a past place told
    // in the present; still 1 of 119 passed ones held ("one of those kids").
    // Round 19, with the register of the line as typed read first (`PointRegister`): 82 of
    // 84 held back. 78 of 119 passed points are held too, every one typed as chat (most in
    // lower case, "i ran the eco club at my last school"): the cost of never tidying chat into
    // the note, paid by one "add it", since the person is shown the line under the draft.
    #expect(caught >= 82, "\(missed.joined(separator: "\n"))")
    #expect(wronglyHeld.count <= 78, "\(wronglyHeld.joined(separator: "\n"))")
  }

  /// Tuning 15 to 17, whose points were printed by the engine of their day: a point the
  /// reader now prints another way ("40." was "40%" as typed, "your" the authority's "their")
  /// is still read here as the judge saw it, so only what the sentence itself shows counts.
  /// Round 17: 17 of 42 faulted points held back and 3 printed repaired; one passed point
  /// held ("hed get overwhelmed ... wed have to leave": chat spellings the judge let pass).
  @Test("faulted points of tuning 15 to 17 are held back, passed points are not")
  func laterVerdicts() throws {
    let tally = try Self.tally(Self.laterSets)
    // Round 18: 18 of 42, with "so it is very close" held. Round 19, with the register of
    // the line as typed: 38 of 42; 23 of 47 passed points held, each typed as chat.
    #expect(tally.caught >= 38, "\(tally.missed.joined(separator: "\n"))")
    #expect(tally.wronglyHeld.count <= 23, "\(tally.wronglyHeld.joined(separator: "\n"))")
  }

  /// Tuning 18, judged as printed by the engine of the twelfth session. Before round 18, 1 of
  /// 15 faulted points held back (three points quoted mid-line were not yet read); after, 11
  /// of 17, with none of the 12 passed ones held. The faults
  /// left are a hedge and a word said twice ("I think teaching taught me"), "they" after one
  /// person ("My sister plays semi pro and they"), a lower-case product name ("playwright"),
  /// "a lot" after an object, and an "it" or "this" the judge read against a topic that lost
  /// its point.
  @Test("faulted points of tuning 18 are held back, passed points are not")
  func eighteenthVerdicts() throws {
    let tally = try Self.tally(Self.eighteenthSet)
    // Round 19, with the register of the line as typed: 16 of 17; 7 of 12 passed points
    // held, each typed in lower case ("my nan used to take me to that grotto ...").
    #expect(tally.caught >= 16, "\(tally.missed.joined(separator: "\n"))")
    #expect(tally.wronglyHeld.count <= 7, "\(tally.wronglyHeld.joined(separator: "\n"))")
  }

  /// Tuning 19, judged as printed before the thirteenth session. Before the register of the
  /// line as typed (`PointRegister`), none of its 24 faulted points was held back: the
  /// negative checks of tuning 18 did not transfer. After, 19 of 24, and 3 of 7 passed points
  /// held, each typed in lower case. The faults left were typed as written: an adverb of chat
  /// ("and honestly it was"), an article missing ("In construction company"), a comma splice
  /// ("I only read about cryo-EM in papers, I would love ..."), wording the judge found loose.
  @Test("faulted points of tuning 19 are held back, passed points are not")
  func nineteenthVerdicts() throws {
    let tally = try Self.tally(Self.nineteenthSet)
    #expect(tally.caught >= 19, "\(tally.missed.joined(separator: "\n"))")
    #expect(tally.wronglyHeld.count <= 3, "\(tally.wronglyHeld.joined(separator: "\n"))")
  }
}
