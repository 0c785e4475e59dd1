import Testing

@testable import FollowUpKit

/// Faults read by the shape of a sentence, each in wordings of its own that no rule was fitted
/// to, and good sentences of the same shape that must not be read as faults: the writer left
/// unsaid ("Will pop in on Weds"), the word of their decision ("tell me either way"), a move
/// made for the answer ("so you can let me know"), shame and doubt at the writer's own
/// showing, a claim to fit that names nothing, a thing's examples, stepping down to get in, an
/// earned title taken away, and a text signed after a smiley.
@Suite("Review by the shape of a sentence")
struct ReviewStructureTests {
  struct Case: CustomStringConvertible, Sendable {
    var sentence: String
    var codes: Set<Finding.Code>
    var description: String { sentence }
  }

  static let priya = PersonName(given: "Priya", family: "Shah")
  static let opening = "Thank you for your time on Tuesday."
  static let topic = "Your point about the Leeds depot moving to cargo bikes stuck with me."

  /// The writer left unsaid: a sentence that opens with a modal or a verb of the writer's.
  static let unsaidWriter: [Case] = [
    Case(sentence: "Will ring the office on Thursday to hear your decision.", codes: [.pressure]),
    Case(sentence: "Would happily take any shift going, days or nights.", codes: [.desperation]),
    Case(sentence: "Really need this job after the year we've had.", codes: [.desperation]),
    Case(sentence: "Need this one so badly, been a rough few months.", codes: [.desperation]),
    Case(sentence: "Need the work, to be honest, so any shift is fine.", codes: [.desperation]),
    Case(sentence: "Need anything else from me, just shout.", codes: []),
    Case(sentence: "Will you be taking the bikes to the Harrogate show in May?", codes: []),
    Case(sentence: "Was great to see the new bakery line running.", codes: []),
    Case(sentence: "Have a lovely weekend, and good luck with the Harrogate show.", codes: []),
  ]

  /// Pressure: the word of their decision however it goes ("tell me", "either way"), and a move
  /// of the writer's made for the answer.
  static let pressure: [Case] = [
    Case(
      sentence: "Will swing by the shop on Thursday so you can give me an answer.",
      codes: [.pressure]),
    Case(
      sentence: "I'd appreciate it if you could tell me either way before the weekend.",
      codes: [.pressure]),
    Case(
      sentence: "I'll come back to the depot next week to find out whether I got it.",
      codes: [.pressure]),
    Case(sentence: "Could you tell me one way or the other by the 12th?", codes: [.pressure]),
    Case(sentence: "I'll read the report you sent and let you know my thoughts.", codes: []),
    Case(
      sentence: "I'll bring my certificates on Thursday so you can copy them for the file.",
      codes: []),
    Case(sentence: "Could you tell me more about the rota when you have a moment?", codes: []),
    // Checking something of the writer's own is no chasing; checking with them is.
    Case(sentence: "Will check the train times on Friday.", codes: []),
    Case(sentence: "I'll check with the office on Friday about your decision.", codes: [.pressure]),
    // The decision wanted before something of the writer's own.
    Case(
      sentence: "I'm hoping to have your decision before I go on holiday on the 20th.",
      codes: [.pressure]),
    Case(sentence: "Could I have an answer before my notice period starts?", codes: [.pressure]),
    Case(sentence: "I'd like to know the outcome by my next day off.", codes: [.pressure]),
    Case(sentence: "I'll send you the reference details before my shift on Friday.", codes: []),
    Case(sentence: "I hope the trial before my start date goes well for the team.", codes: []),
  ]

  /// Apology: the writer ashamed of what they did, or doubting they showed it.
  static let apology: [Case] = [
    Case(
      sentence: "I'm still embarrassed about mixing up the two delivery figures.",
      codes: [.apology]),
    Case(
      sentence: "I cringe when I think about how I described my last job.", codes: [.apology]),
    Case(
      sentence: "I don't feel I got across how much I enjoy the night work.", codes: [.apology]),
    Case(
      sentence: "I'm not sure I did my experience justice in the group task.", codes: [.apology]),
    Case(sentence: "I wasn't embarrassed at all by the role-play; it was good fun.", codes: []),
    Case(sentence: "I don't know the Harrogate area well yet, so the map helped.", codes: []),
    Case(sentence: "I had not come across a rota built that way before.", codes: []),
    // The writer's mind failing them, their work short of what they meant, regret.
    Case(
      sentence: "My mind went completely blank when you asked about conflict.",
      codes: [.apology]),
    Case(
      sentence: "The presentation didn't go as smoothly as I'd hoped.", codes: [.apology]),
    Case(
      sentence: "I realise my answer about the budget didn't make much sense.",
      codes: [.apology]),
    Case(sentence: "I feel I let myself down on the technical questions.", codes: [.apology]),
    Case(sentence: "I regret not asking more questions at the end.", codes: [.apology]),
    Case(sentence: "My mind went straight to the school run problem you mentioned.", codes: []),
    // Unhappy with how they did.
    Case(
      sentence: "Bit gutted with how I handled the stock question, I knew the answer really.",
      codes: [.apology]),
    Case(
      sentence: "I was annoyed at the way I answered the question on refunds.", codes: [.apology]),
    Case(
      sentence: "Still a little disappointed by how I came across in the role-play.",
      codes: [.apology]),
    Case(
      sentence: "I was gutted to hear how the floods hit the Hull depot last winter.", codes: []),
    Case(
      sentence: "Your drivers must be frustrated with how the old app handled returns.",
      codes: []),
    Case(sentence: "Your presentation didn't go as I expected, in a good way.", codes: []),
  ]

  /// Cover letter: a claim to fit is the CV argued again when it names what fits; naming
  /// nothing it says nothing of the CV.
  static let coverLetter: [Case] = [
    Case(
      sentence: "I believe my experience in hospital catering would suit the role.",
      codes: [.coverLetter]),
    Case(
      sentence: "I'm confident my background in Sage payroll makes me a strong candidate.",
      codes: [.coverLetter]),
    Case(
      sentence: "I feel my skills with Excel and SQL would make me the right person.",
      codes: [.coverLetter]),
    Case(sentence: "I believe my experience would suit the role.", codes: []),
    Case(sentence: "I'm confident my background is right for this.", codes: []),
    // A qualification held, and deeds joined in one sentence.
    Case(
      sentence: "I hold a full clean driving licence and a forklift certificate.",
      codes: [.coverLetter]),
    Case(
      sentence: "I've trained twenty new starters and cut waste by a third in my current job.",
      codes: [.coverLetter]),
    Case(
      sentence: "I've managed budgets of over £2m and led teams of up to fifteen people.",
      codes: [.coverLetter]),
    Case(sentence: "I have a question about the NVQ route you mentioned.", codes: []),
    Case(
      sentence: "I managed to catch the early train and ran into your colleague Sam at the "
        + "station.", codes: []),
  ]

  /// Several points: examples of a thing are that thing; three things are three.
  static let severalPoints: [Case] = [
    Case(
      sentence: "I loved hearing about the youth league, the new clubhouse and the Saturday "
        + "coaching.", codes: [.severalPoints]),
    Case(
      sentence: "I keep thinking about the refit, the loyalty scheme and the new café, "
        + "especially the café.", codes: [.severalPoints]),
    Case(
      sentence: "I enjoyed hearing about the Hull depot, the returns app and how the drivers "
        + "plan their routes.", codes: [.severalPoints]),
    Case(
      sentence: "I keep thinking about the new returns desk, especially the tablets and the "
        + "label printers you showed me.", codes: []),
    Case(
      sentence: "I loved hearing about the youth league and how it has grown, particularly the "
        + "girls' teams and the Saturday coaching.", codes: []),
    // The writer judging a thing raises it: "I thought the X was a good idea", "X sound fun".
    Case(
      sentence: "I enjoyed hearing about the Hull depot and the returns app, and I thought the "
        + "drivers' route planner was clever.", codes: [.severalPoints]),
    Case(sentence: "I was also taken with the new Sunday rota app.", codes: [.severalPoints]),
    Case(sentence: "The Saturday coaching sessions sound great as well.", codes: [.severalPoints]),
    Case(
      sentence: "I thought the house points for attendance were a good idea, too.",
      codes: [.severalPoints]),
    Case(sentence: "The bikes themselves sound ideal for the narrow streets too.", codes: []),
    Case(sentence: "I'll also keep your number handy.", codes: []),
    Case(
      sentence: "I enjoyed hearing about the Hull depot, and I thought it was a good idea.",
      codes: []),
  ]

  /// Desperation: stepping down to get in, or the job as a rescue.
  static let desperation: [Case] = [
    Case(
      sentence: "I'd happily take a junior post to get my foot in the door.",
      codes: [.desperation]),
    Case(
      sentence: "Honestly, this job would be a lifeline after the year we've had.",
      codes: [.desperation]),
    Case(
      sentence: "I'm willing to start at a lower band than I'm on now.", codes: [.desperation]),
    Case(
      sentence: "Your new app sounds like it will be a lifeline for patients who live alone.",
      codes: []),
    Case(sentence: "The junior staff I met on the tour were brilliant.", codes: []),
    // Money running out, the job turning things round, grateful for anything.
    Case(
      sentence: "I'm running out of savings so I could start straight away.",
      codes: [.desperation]),
    Case(
      sentence: "Honestly I'd be grateful for anything you could offer.", codes: [.desperation]),
    Case(
      sentence: "It's been a hard year and this job would turn things around for us.",
      codes: [.desperation]),
    Case(sentence: "The new app should turn things around for the drivers.", codes: []),
    Case(sentence: "I'd be grateful for any feedback, whatever the outcome.", codes: []),
  ]

  static let all = unsaidWriter + pressure + apology + coverLetter + severalPoints + desperation

  @Test("an added sentence brings its code by its shape, and only its code", arguments: all)
  func addedSentence(_ item: Case) {
    let draft = "Hi Priya,\n\n\(Self.opening) \(Self.topic) \(item.sentence)\n\nJordan"
    let found = DraftReviewer.review(draft, interviewers: [Self.priya], company: "Northgate Foods")
    #expect(Set(found.map(\.code)) == item.codes, "\(found.map(\.message))")
  }

  /// An earned title written as a plain one is the wrong name; "Ms" for "Mrs" is not.
  static let titles: [(greeting: String, interviewer: String, wrong: Bool)] = [
    ("Dear Mr Okafor,", "Dr Okafor", true),
    ("Dear Ms Lindqvist,", "Prof. Lindqvist", true),
    ("Hi Mrs Chen,", "Dr Chen", true),
    ("Dear Dr Okafor,", "Dr Okafor", false),
    ("Dear Doctor Okafor,", "Dr Okafor", false),
    ("Dear Ms Chen,", "Mrs Chen", false),
  ]

  @Test("an earned title taken away is the wrong name")
  func earnedTitles() throws {
    for (greeting, interviewer, wrong) in Self.titles {
      let person = try #require(PersonName(parsing: interviewer))
      let draft = "\(greeting)\n\n\(Self.opening) \(Self.topic)\n\nJordan"
      let found = DraftReviewer.review(draft, interviewers: [person], company: "Northgate Foods")
      #expect(
        found.map(\.code) == (wrong ? [.wrongName] : []), "\(greeting) \(found.map(\.message))")
    }
  }

  /// A text signed after a smiley: the name is the writer's, not a thing of the employer's.
  static let signedTexts: [(text: String, codes: [Finding.Code])] = [
    (
      "Hi Nina, lovely to meet you today! Would love to join you all :) Holly",
      [.noThanks, .noSpecificTopic]
    ),
    ("Hi Nina, great to meet you, hope to hear soon 🙂 Marcus Reid", [.noThanks, .noSpecificTopic]),
    (
      "Hi Nina, thanks for today! The sensory garden you're planting sounds fab :) Holly",
      []
    ),
    ("Hi Nina, thanks so much for showing me the forest school hut :-) Priti", []),
  ]

  @Test("a text signed after a smiley is signed, not naming a thing")
  func signedAfterSmiley() {
    for (text, codes) in Self.signedTexts {
      let found = DraftReviewer.review(
        text, interviewers: [PersonName(given: "Nina")],
        company: "Little Oaks Nursery", channel: .text)
      #expect(found.map(\.code) == codes, "\(text) \(found.map(\.message))")
    }
  }
}
