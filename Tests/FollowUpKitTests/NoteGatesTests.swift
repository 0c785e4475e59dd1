import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// The gates every variable part of the first note passes before it is printed: the person's
/// point (`PointGate`), the role (`RoleTitle`), the company's article (`InstitutionName`), the
/// topic (`TopicGate`, `TopicArticles`) and calendar names (`CalendarNames`). Each is tested on
/// sentences of our own, in wordings unlike the judged notes that prompted it: three it must
/// catch and two it must leave alone.
@Suite("Note gates")
struct NoteGatesTests {
  @Test(
    "the point gate holds back a fragment, a pointing word with nothing to point at, chat, and a bare relative",
    arguments: [
      // No subject of its own: a fragment, and a clause joined by a comma.
      ("Worked weekends at a garden centre for years.", "your new garden centre café"),
      ("I grew up on a farm, loved every minute of it.", "the new farm shop"),
      // Pointing at nothing the note names.
      ("I fixed those engines for a decade.", "the new electric buses"),
      ("My uncle kept bees over there.", "your new apiary project"),
      // Chat, a relative with no owner, "own" before a relative.
      ("I have wanted this since school innit.", "the new science block"),
      ("After caring for nan I understand dementia.", "the new memory clinic"),
      ("I cooked for my own son every night.", "the new cookery school"),
      // Chat marks, and a person the note never introduced.
      ("I would love that so much!!", "the new reading den"),
      ("I'd love to help with that 😊", "the new reading den"),
      ("She said I could shadow the team first.", "the new reading den"),
      // No finite verb, or one with no subject.
      ("Such a lovely idea for the town.", "the new reading den"),
      ("Can't wait to see it open.", "the new reading den"),
      ("Big fan of the idea.", "the new reading den"),
    ])
  func pointGateCatches(_ sentence: String, _ topic: String) {
    #expect(PointGate.problem(in: sentence, topic: topic) != nil, "\(sentence)")
  }

  @Test(
    "the point gate leaves a whole sentence alone",
    arguments: [
      ("I drove a night bus in Leeds for six years.", "the new night routes"),
      ("My sister uses a wheelchair, so step-free access matters to me.", "the step-free entrance"),
      ("I grew up near Whitby and sailed there every summer.", "the new sailing school"),
      ("That clinic would have helped my grandmother.", "the new memory clinic"),
      ("I have a deaf sister.", "the new BSL video service"),
      ("My grandad was a miner and he would have loved it.", "the new mining museum"),
      ("My friend Ana uses the library every day, so she would love it.", "the new library"),
      // "there": the topic's place, named by a noun for one.
      ("We went there on a school trip when I was ten.", "the new mining museum"),
      ("I know conveyors well so I can help there.", "the move to 24 hour operations"),
      // A bare noun as the subject.
      ("Gardening keeps me sane.", "the new allotments"),
      ("Weekends suit me fine.", "the new Saturday club"),
      ("Many of my family live in cold flats so this matters.", "your big retrofit programme"),
    ])
  func pointGateLeaves(_ sentence: String, _ topic: String) {
    #expect(PointGate.problem(in: sentence, topic: topic) == nil, "\(sentence)")
  }

  @Test(
    "a role is named only as a job title",
    arguments: [
      ("cashier + stock", nil),
      ("barista weekends only", nil),
      ("admin w some reception", nil),
      ("delivery gig thing", nil),
      ("christmas temp", nil),
      ("trainee dental nurse", "trainee dental nurse"),
      ("HGV driver", "HGV driver"),
      ("head of operations", "head of operations"),
      ("christmas shop assistant", "Christmas shop assistant"),
      // A field of work is named as a title is; an aside in brackets is set aside.
      ("IT support", "IT support"),
      ("retail assistant (weekends)", "retail assistant"),
    ] as [(String, String?)])
  func roleTitle(_ role: String, _ expected: String?) {
    #expect(RoleTitle.printable(role) == expected)
  }

  /// The company given again at the role question is no title; a title sharing a word with
  /// the company's name is still one.
  @Test("a role that is the company's name is not named")
  func roleNamingCompany() {
    #expect(RoleTitle.printable("Müller", company: "Muller") == nil)
    #expect(RoleTitle.printable("Greggs", company: "Greggs Bakery") == nil)
    #expect(
      RoleTitle.printable("garden centre assistant", company: "Hughes Garden Centre")
        == "garden centre assistant")
  }

  @Test(
    "an institution whose head is a common noun takes the",
    arguments: [
      ("Home Office", "the Home Office"),
      ("Port of Felixstowe", "the Port of Felixstowe"),
      ("Environment Agency", "the Environment Agency"),
      ("Tesco", "Tesco"),
      ("Bristol City Council", "Bristol City Council"),
      ("Greggs Bakery Ltd", "Greggs Bakery Ltd"),
      ("National Trust", "the National Trust"),
      ("Royal Mail", "Royal Mail"),
    ])
  func institutionName(_ name: String, _ expected: String) {
    #expect(InstitutionName.phrase(name) == expected)
  }

  @Test(
    "a bare singular phrase gets its article by grammar",
    arguments: [
      ("new bakery in Leith", "the new bakery in Leith"),
      ("you are opening new café next spring", "you are opening a new café next spring"),
      ("the expansion of new warehouse", "the expansion of the new warehouse"),
      // Opening the topic a plural is the news told too (tuning 29's judge faulted "hearing
      // about new robots coming in January"); inside a clause it is left as typed.
      ("new electric vans for the depot", "the new electric vans for the depot"),
      ("you are putting in new vans", "you are putting in new vans"),
      ("your new clinic", "your new clinic"),
      ("you're getting into heat pumps big time", "you're getting into heat pumps big time"),
    ])
  func articles(_ topic: String, _ expected: String) {
    #expect(TopicArticles.supplied(topic) == expected)
  }

  /// After a noun, "big" opens no phrase of its own: "heat pumps big time" is no "the big
  /// time" (the repair took it for a verb's object with a missing article).
  @Test("a describing word after a noun is not read as a thing with no article")
  func describingAfterNoun() {
    #expect(TopicRepair.repaired("you're getting into heat pumps big time").hasSuffix("big time"))
    #expect(TopicRepair.repaired("you're getting into heat pumps big time") != "the big time")
  }

  @Test(
    "the topic gate refuses a reply, chat or a bare verb, and leaves a thing alone",
    arguments: [
      ("lol the rota app", false),
      ("ok", false),
      ("go all weekend including boxing day", false),
      ("the new rota app", true),
      ("Figma", true),
      ("ok cool", false),
      ("get more young people into farming", true),
    ])
  func topicGate(_ topic: String, _ printable: Bool) {
    #expect((TopicGate.problem(topic) == nil) == printable, "\(topic)")
  }

  @Test(
    "hedges and a light verb are set aside from a topic",
    arguments: [
      ("the staff canteen i think", "the staff canteen"),
      ("doing a charity bake sale", "a charity bake sale"),
      ("maybe the rooftop garden lol", "the rooftop garden"),
      ("the new rota app", "the new rota app"),
      ("doing well", "doing well"),
    ])
  func topicTidied(_ topic: String, _ expected: String) {
    #expect(TopicGate.tidied(topic) == expected)
  }

  @Test(
    "calendar names are written as names",
    arguments: [
      ("a quiz after christmas", "a quiz after Christmas"),
      ("late games on friday nights", "late games on Friday nights"),
      ("a stall for diwali, and more", "a stall for Diwali, and more"),
      ("you may open in march", "you may open in march"),
      ("the Easter trail", "the Easter trail"),
    ])
  func calendarNames(_ text: String, _ expected: String) {
    #expect(CalendarNames.written(text) == expected)
  }

  @Test(
    "a weekday's part after a thing takes on",
    arguments: [
      ("your new youth choir Tuesday evenings", "your new youth choir on Tuesday evenings"),
      ("the parkrun Saturday mornings", "the parkrun on Saturday mornings"),
      ("a quiz night Sunday nights in the bar", "a quiz night on Sunday nights in the bar"),
      ("you're opening Friday nights", "you're opening Friday nights"),
      ("a stall on Saturday mornings", "a stall on Saturday mornings"),
    ])
  func weekdayParts(_ text: String, _ expected: String) {
    #expect(CalendarNames.onSupplied(text) == expected)
  }

  @Test(
    "a name alone is no topic at a question about the facts",
    arguments: [
      ("Kevin Grady", true), ("Ms Achterberg", true), ("Ruth O'Neill", true),
      ("Pharmacy First app", false), ("the new Leeds depot", false),
    ])
  func nameOnly(_ topic: String, _ name: Bool) {
    #expect(TopicGate.isNameOnly(topic) == name)
  }
}

/// The gates over tuning set 8's first notes as they stood before this round (kept in
/// `Data/judged/tune8-notes-before.jsonl`, judged blind in `tune8-judge-before.jsonl`): they
/// find the kinds of fault the judge found there, so the grammar test over every first note
/// would have failed on them.
@Suite("Note gates on tuning set 8 before the round")
struct NoteGatesBeforeTests {
  static func notes() throws -> [(id: String, sentences: [String])] {
    try DataFile.lines("judged/tune8-notes-before.jsonl").compactMap { line in
      guard
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let id = object["id"] as? String, let note = object["note"] as? String
      else { return nil }
      let paragraphs = note.components(separatedBy: "\n\n")
      let body = paragraphs.dropFirst().dropLast().joined(separator: " ")
        .replacingOccurrences(of: "\n", with: " ")
      return (id, body.components(separatedBy: ". ").map { $0.hasSuffix(".") ? $0 : $0 + "." })
    }
  }

  @Test("the point gate finds the pasted points the judge faulted")
  func points() throws {
    var found: [String] = []
    for note in try Self.notes() where note.sentences.count >= 3 {
      // The topic sentence: the opening's "at Scottish Fire ..." names no place.
      let before = note.sentences[1]
      for point in note.sentences.dropFirst(2) where !point.hasPrefix("Thank") {
        if PointGate.problem(in: point, topic: before) != nil { found.append(note.id) }
      }
    }
    print("tune8 points before the round the gate holds back: \(found.count) \(found)")
    // The judge faulted eleven points as pasted chat or pointing at nothing: q001, q004, q008,
    // q010, q019, q021, q030, q033, q037, q048 and q054 (q002's "that", which points at a
    // topic that was itself a pasted message, and q020's vague "it" are not caught).
    #expect(
      Set(found).isSuperset(of: [
        "q001", "q004", "q008", "q010", "q019", "q021", "q030", "q033", "q037", "q048", "q054",
      ]))
  }

  @Test("the role gate finds the roles the judge faulted")
  func roles() throws {
    var found: [String] = []
    for note in try Self.notes() {
      guard let opening = note.sentences.first,
        let end = opening.range(of: " role at "),
        let start = opening[..<end.lowerBound].range(of: " the ", options: .backwards)
      else { continue }
      let role = String(opening[start.upperBound..<end.lowerBound])
      if RoleTitle.printable(role) == nil { found.append(note.id) }
    }
    print("tune8 roles before the round the gate does not name: \(found)")
    #expect(
      Set(found).isSuperset(of: [
        "q002", "q007", "q009", "q010", "q015", "q018", "q019", "q047", "q054",
      ]))
  }
}

/// The gates in whole conversations: a reply at the topic question that names nothing the note
/// could print keeps the suggestion; a point that fails the gate is held back and said so.
@Suite("Note gates in a conversation")
struct NoteGatesConversationTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today

  static let turns = [
    "hi i need to thank the woman who interviewed me", "Dana Whitfield", "Ruth Okoro",
    "Corran Bay Leisure Centre", "lifeguard", "yesterday", "fine i think",
    "she asked about my NPLQ and shifts. she said they are opening a new hydrotherapy pool for the hospital's patients in spring",
  ]

  @Test(
    "a hedge or a one-word reply at the topic question is never the topic",
    arguments: ["i guess", "sí", "i guess lol"])
  func hedgedAgreement(_ reply: String) {
    var conversation = Conversation.after(Self.turns, today: Self.today)
    #expect(conversation.stage == .topic)
    let answer = conversation.send(reply).text
    // Kept as agreement, or asked again with the suggestions shown: never the reply itself.
    #expect(answer.contains("hydrotherapy pool"), "\(answer)")
    let topic = conversation.answers.topic?.text ?? "hydrotherapy"
    #expect(topic.contains("hydrotherapy"), "\(answer)")
  }

  @Test("a point pointing at nothing the note names is held back and the person told")
  func fragmentHeldBack() {
    var conversation = Conversation.after(Self.turns + ["yes"], today: Self.today)
    #expect(conversation.stage == .interest)
    let answer = conversation.send("Those lanes were my second home as a kid").text
    #expect(answer.contains("out of the note"), "\(answer)")
    #expect(answer.contains("\"those lanes\" points at something"), "\(answer)")
    _ = conversation.send("email")
    let body = conversation.note?.body ?? ""
    #expect(!body.contains("lanes"), "\(body)")
    #expect(body.contains("hydrotherapy pool"), "\(body)")
  }
}

/// The notes after the first name the role and the company under the same gates.
@Suite("Note gates in the later notes")
struct NoteGatesOccasionTests {
  @Test("a check-in names the title without the hours typed after it, and the Met Office")
  func checkIn() throws {
    var conversation = Conversation(today: Fixture.today)
    for turn in [
      "I'm Jordan Lee. It's been two weeks since my interview with Priya Shah at the Met Office and I haven't heard back",
      "forecaster part time", "by the end of last week", "the new supercomputer",
      "I saw the supercomputer went live", "email",
    ] {
      _ = conversation.send(turn)
    }
    let note = try #require(conversation.note)
    // Since the read10 round the reply to the role question is the title up to where the person
    // comments on it: "part time" is the post's hours, cut off, and "forecaster" is the title.
    #expect(!note.body.contains("part time"), "\(note.body)")
    #expect(note.body.contains("about the forecaster role at the Met Office"), "\(note.body)")
  }
}
