import Testing

@testable import FollowUpKit

/// Faults written in people's own words, and good notes that only look like faults: each rule
/// decides by what a sentence says and who it is about, so wordings no list holds are read too.
@Suite("Review by meaning")
struct ReviewByMeaningTests {
  struct Case: CustomStringConvertible, Sendable {
    var sentence: String
    var codes: Set<Finding.Code>
    var description: String { sentence }
  }

  static let priya = PersonName(given: "Priya", family: "Shah")
  static let opening = "Thank you for your time on Tuesday."
  static let topic = "Your point about the Leeds depot moving to cargo bikes stuck with me."

  /// Sentences added to a good note: the codes each should bring.
  static let added: [Case] = [
    Case(sentence: "I hope you decide soon!", codes: [.pressure]),
    Case(sentence: "Hoping for an answer by Friday.", codes: [.pressure]),
    Case(sentence: "Could you let me know this week?", codes: [.pressure]),
    Case(sentence: "I've been offered a place elsewhere, so timing matters.", codes: [.pressure]),
    Case(sentence: "I have another interview on Thursday.", codes: [.pressure]),
    Case(sentence: "Any idea when you'll decide?", codes: [.pressure]),
    Case(sentence: "I can't wait much longer to hear.", codes: [.pressure]),
    Case(
      sentence: "I'll pop into the office on Wednesday so you can let me know.", codes: [.pressure]),
    Case(
      sentence: "I'll give the office a ring on Thursday to see where things are.",
      codes: [.pressure]),
    Case(sentence: "Please can you tell me tomorrow if I can start?", codes: [.pressure]),
    Case(sentence: "Kindly revert at the earliest about my application.", codes: [.pressure]),
    Case(sentence: "I'll send the office a copy of the route map on Thursday.", codes: []),
    Case(sentence: "Looking back, my handover on the night round was rushed.", codes: [.apology]),
    Case(sentence: "My first impression was that the team was rushed off its feet.", codes: []),
    Case(
      sentence:
        "I'd ring tenants early, because in my experience letters just get put in a drawer.",
      codes: []),
    Case(sentence: "I hope to hear from you soon.", codes: []),
    Case(sentence: "I forgot to say I can start straight after Christmas.", codes: []),
    Case(sentence: "I'd love to hear how the first week goes.", codes: []),
    Case(sentence: "Is there another role in the team you'd advise me to look at?", codes: []),
    // More of the same thing, named again, is one point; a new thing is another.
    Case(
      sentence:
        "It's such a simple change, and I loved hearing how much the drivers like the bikes too.",
      codes: []),
    Case(
      sentence: "I also loved hearing how the Madrid office runs its payroll audits.",
      codes: [.severalPoints]),
    // Lists after a dash, after more of the cue, or before it; a question or an idea raised.
    Case(
      sentence: "A few things stuck with me - the payroll audit, the Madrid office, and how "
        + "finance sits in on planning.", codes: [.severalPoints]),
    Case(
      sentence: "Loved hearing about the depot app, the Sunday rota and the Madrid office.",
      codes: [.severalPoints]),
    Case(
      sentence: "The payroll audit, the Madrid office and the depot app all sound exciting.",
      codes: [.severalPoints]),
    Case(
      sentence: "I also meant to ask whether the team is going back to the Bristol warehouse.",
      codes: [.severalPoints]),
    Case(
      sentence: "Separately, I had a thought on the Bristol warehouse night shift.",
      codes: [.severalPoints]),
    Case(
      sentence: "On a separate note, your comment about the Madrid payroll audit stuck with me.",
      codes: [.severalPoints]),
    Case(sentence: "The team, the office and the people all sound lovely.", codes: []),
  ].map { Case(sentence: $0.sentence, codes: $0.codes) }

  @Test("an added sentence brings its code, and only its code", arguments: added)
  func addedSentence(_ item: Case) {
    let draft = "Hi Priya,\n\n\(Self.opening) \(Self.topic) \(item.sentence)\n\nJordan"
    let found = DraftReviewer.review(draft, interviewers: [Self.priya], company: "Northgate Foods")
    #expect(Set(found.map(\.code)) == item.codes, "\(found.map(\.message))")
  }

  /// Bodies with no other fault: whether each names something of this employer.
  static let topics: [(body: String, specific: Bool)] = [
    ("I was really impressed by your commitment to innovation and customer service.", false),
    ("Your team's dedication to patient care really shone through.", false),
    ("I loved hearing about the exciting projects your team is working on.", false),
    ("It was great to learn about your values and the culture at Northgate.", false),
    ("I enjoyed learning about the Data Analyst role and the company's plans.", false),
    ("The music afternoons your volunteers run for the residents were a joy to hear about.", true),
    ("I've been thinking about how your team moved complaints into one shared queue.", true),
    ("Seeing the new cross-dock site in Avonmouth was the highlight of my day.", true),
    ("Your plan to grow the bedding plants peat-free next season has stayed with me.", true),
    ("I was interested to hear about the new cross-dock at Immingham opening in spring.", true),
    ("I came away even keener on the job than before.", false),
    ("I wish to restate my interest. I am also proficient in Excel, Power BI and Python.", false),
    ("I'm fluent in Polish, which should help with your new Gdansk depot.", true),
  ]

  @Test("a topic is specific when it names something of theirs, whatever the grammar")
  func specificTopic() {
    for (body, specific) in Self.topics {
      let draft = "Hi Priya,\n\n\(Self.opening) \(body)\n\nJordan"
      let found = DraftReviewer.review(
        draft, interviewers: [Self.priya], company: "Northgate Foods")
      #expect(found.map(\.code) == (specific ? [] : [.noSpecificTopic]), "\(body)")
    }
  }

  /// Bodies about the writer or made of stock phrases: no-specific-topic, whatever else they
  /// bring (the clichés are their own finding).
  static let stockBodies = [
    "I'm a passionate team player who loves a challenge, so hoping we can make this happen!",
    "Great connecting with you guys, it would be amazing to take things to the next level.",
  ]

  @Test("the writer described, or stock phrases, name nothing of theirs", arguments: stockBodies)
  func stockBody(_ body: String) {
    let draft = "Hi Priya,\n\n\(Self.opening) \(body)\n\nJordan"
    let found = DraftReviewer.review(draft, interviewers: [Self.priya], company: "Northgate Foods")
    #expect(found.map(\.code).contains(.noSpecificTopic), "\(body)")
  }

  /// A one-line message whose greeting ends at a dash: its point is read, not swallowed into a
  /// greeting that ran to the comma after "Cheers".
  @Test("a one-line message greeted with a dash keeps its point")
  func oneLineMessage() {
    let draft =
      "Hi Sam - thanks for your time on the call today. Still thinking about the way your team "
      + "storyboards the whole app in Figma before a single line of code gets written. Cheers, Lucía"
    let found = DraftReviewer.review(
      draft, interviewers: [PersonName(given: "Sam", family: "Okoro")], company: "Brightline",
      channel: .linkedin)
    #expect(found.isEmpty, "\(found.map(\.message))")
    #expect(PastedDraft(draft).greeting == "Hi Sam")
  }

  /// Greetings that end before the body starts, greet a group, or shorten the given name; and
  /// wrong names next to them.
  static let greetings: [(greeting: String, interviewer: String, wrong: Bool)] = [
    ("Hi Sam! Tuesday was a real eye-opener, thank you.", "Samantha Cole", false),
    ("Hi Sam - Tuesday was a real eye-opener, thank you.", "Samantha Cole", false),
    ("Dear Northgate Hiring Team,", "Priya Shah", false),
    ("Hi Ops Team,", "Priya Shah", false),
    ("Hi Chris,", "Christopher Lee", false),
    ("Hi Pria,", "Priya Shah", true),
    ("Dear Tom and team,", "Priya Shah", true),
    ("Hi Tom! Tuesday was great.", "Priya Shah", true),
  ]

  @Test("a greeting's names end where the greeting does; a group is no wrong name")
  func greetingNames() throws {
    for (greeting, interviewer, wrong) in Self.greetings {
      let person = try #require(PersonName(parsing: interviewer))
      let draft = "\(greeting)\n\n\(Self.opening) \(Self.topic)\n\nJordan"
      let found = DraftReviewer.review(draft, interviewers: [person], company: "Northgate Foods")
      #expect(
        found.map(\.code) == (wrong ? [.wrongName] : []), "\(greeting) \(found.map(\.message))")
    }
  }
}

extension ReviewByMeaningTests {
  /// Bodies after the thanks: whether each raises several things.
  static let points: [(body: String, several: Bool)] = [
    (
      "I loved hearing about the cargo-bike trial in Leeds as well as your plans for the "
        + "Madrid bakery.", true
    ),
    (
      "Your plan for the Leeds depot stuck with me. On top of that, the new ordering app for "
        + "corner shops sounded clever.", true
    ),
    (
      "I was really interested in the new control room you're building, and also in the "
        + "contract at the Westfield centre.", true
    ),
    ("I enjoyed hearing about how the drivers and the bakeries share one rota.", false),
    (
      "Your plan for the Leeds depot stuck with me. It sounds like a clever way to cut the "
        + "empty miles.", false
    ),
  ]

  @Test("several points are several things brought in, not one thing seen twice")
  func severalPoints() {
    for (body, several) in Self.points {
      let draft = "Hi Priya,\n\n\(Self.opening) \(body)\n\nJordan"
      let found = DraftReviewer.review(
        draft, interviewers: [Self.priya], company: "Northgate Foods")
      #expect(
        found.map(\.code) == (several ? [.severalPoints] : []), "\(body) \(found.map(\.message))")
    }
  }
}
