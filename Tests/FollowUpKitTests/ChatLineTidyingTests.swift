import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The person's line typed as chat is asked its register as the reading tidied it, then read
/// like any line: tuning 43's judges faulted 36 of 60 first notes for leaving out the line the
/// person gave, most of them typed in lower case. What tidying cannot mend still keeps the
/// line out (`PointRegister.tidyingDoubt`, `ProperSpelling.uncasedName`).
@Suite("A line typed as chat, tidied into the note")
struct ChatLineTidyingTests {
  static let today = CivilDate(year: 2026, month: 12, day: 6) ?? Fixture.today

  /// A conversation at its first draft, by email, after `line` at the point question.
  static func drafted(after line: String) -> Conversation {
    var conversation = Conversation.atThePoint(today: today)
    _ = conversation.send(line)
    _ = conversation.send("email")
    return conversation
  }

  @Test("at the point question, a line tidied whole goes into the note as tidied")
  func tidiedGoesIn() {
    var conversation = Conversation.atThePoint(today: Self.today)
    let reply = conversation.send("ive never worked with mass timber and id love to learn it").text
    let sentence = "I've never worked with mass timber and I'd love to learn it."
    #expect(reply.contains("Got it: the note will say \"\(sentence)\""), "\(reply)")
    let draft = conversation.send("email").text
    #expect(draft.contains(sentence), "\(draft)")
    #expect(!draft.contains("isn't in this note"), "\(draft)")
  }

  @Test(
    "what tidying cannot mend keeps the line out, told as typed chat",
    arguments: [
      // A fragment the reader would frame as no sentence: "I was particularly interested in
      // hands on ..." ("keen to ..." is now given its "I'm": `TuningFortyFourTests`).
      "hands on with real kit from day one",
      // A reply to the assistant.
      "aye id love that, id get fridays with my wee boy",
      // A clause with no subject.
      "i used to cycle everywhere back home, happy to do it",
      "be mint to work on one, my nan went to a chapel like that",
      "i can work saturdays no problem",
      // A remark about the note.
      "my car is falling apart so that would be amazing but maybe dont say that",
      "i want to say i read up on it properly after",
      // Amends.
      "i know i messed up the maths test, my mistake, id love another go",
      // A sentence with no verb, or one opened by a bare label.
      "12 years in retail, i could bring real problems in",
      "carers groups, my dissertation was on carer burden",
      "i did my dissertation on it, i want to show her i can do it",
      // A name that cannot be told in lower case.
      "in costa i was always on the bar at rush hour",
    ])
  func keptOut(_ line: String) {
    var conversation = Conversation.atThePoint(today: Self.today)
    let reply = conversation.send(line).text
    #expect(
      reply.hasPrefix(
        "I've kept that line out of the note: it reads as a chat message rather than a sentence written to your interviewer"
      ), "\(reply)")
    #expect(conversation.answers.interest == nil)
    #expect(conversation.answers.heldPoint == line)
    #expect(conversation.stage == .channel)
  }

  @Test(
    "a line tidied whole, typed as people type",
    arguments: [
      (
        "i worked 4 years with dementia residents in my last home, i love that work",
        "I worked for 4 years with dementia residents in my last home. I love that work."
      ),
      ("id like to stay on after christmas tbh", "I'd like to stay on after Christmas."),
      // A filler where the sentence ended leaves the full stop.
      ("i love mornings haha i am an early bird", "I love mornings. I am an early bird."),
    ])
  func tidiedWhole(_ line: String, _ sentence: String) {
    var conversation = Conversation.atThePoint(today: Self.today)
    let reply = conversation.send(line).text
    #expect(reply.contains("Got it: the note will say"), "\(reply)")
    #expect(conversation.answers.interest == sentence)
    let draft = conversation.send("email").text
    #expect(draft.contains(sentence), "\(draft)")
  }

  @Test("\"ill\" after a verb is the word, not \"I'll\"")
  func illIsAWord() {
    let context = ExtractionContext()
    let point = InterestReader.point(
      from: "my gran was at the hospice when she was ill so it means a lot", context: context)
    #expect(point?.contains("she was ill") == true, "\(point ?? "nil")")
    let future = InterestReader.point(from: "ill be honest, i love early shifts", context: context)
    #expect(future?.hasPrefix("I'll") == true, "\(future ?? "nil")")
  }

  @Test("an apology with its object puts nothing right, and is kept out of the note")
  func apologyIsNoCorrection() {
    var conversation = Conversation.atThePoint(today: Self.today)
    let interviewers = conversation.facts.interviewers
    let reply = conversation.send(
      "sorry for being late and id like the chance to show what i can do"
    ).text
    #expect(!reply.contains("not Shah"), "\(reply)")
    #expect(conversation.facts.interviewers == interviewers)
    #expect(conversation.answers.interest == nil)
    #expect(reply.hasPrefix("I've kept that line out of the note"), "\(reply)")
  }

  @Test("a line in capitals is never tidied: its names are lost in lower case")
  func shoutedNotTidied() {
    var conversation = Conversation.atThePoint(today: Self.today)
    let reply = conversation.send("I RAN THE BOILER ROOM AT ST JOSEPHS FOR YEARS").text
    #expect(reply.hasPrefix("I've kept that line out of the note"), "\(reply)")
    #expect(conversation.answers.interest == nil)
  }

  @Test(
    "a change beside praise or a reason, in sentences of their own, is read",
    arguments: [
      "thats lovely. maybe take out the bit about my last home actually, feels too personal",
      "this is good but take out the bit about my last home",
      "omg take out the bit about my last home",
      "i dont want to say i worked with dementia residents in my last home",
    ])
  func removalBesideRemarks(_ request: String) {
    var conversation = Self.drafted(
      after: "i worked 4 years with dementia residents in my last home, i love that work")
    let reply = conversation.send(request).text
    #expect(reply.hasPrefix("Removed \"I worked for 4 years"), "\(reply)")
    #expect(!reply.contains("It's already"), "\(reply)")
  }

  @Test("a remark naming how the note feels asks for no channel")
  func remarkNamesNoChannel() {
    let reader = FactReader(today: Self.today)
    #expect(DraftRequestReader.read("feels too personal for a first card", reader: reader) == nil)
    #expect(DraftRequestReader.read("as a card", reader: reader) != nil)
  }

  @Test("\"write X in capitals\" writes the words named in capitals")
  func inCapitals() {
    #expect(
      DraftRequestReader.inCapitals("write ASOS in capitals") == .replace("ASOS", with: "ASOS"))
    #expect(DraftRequestReader.inCapitals("put hsbc in caps") == .replace("hsbc", with: "HSBC"))
    #expect(DraftRequestReader.inCapitals("write it in capitals") == nil)
  }

  @Test("a closing word means the closing line, not a thing said to be close")
  func closeIsNoClosingLine() {
    var conversation = Self.drafted(after: "I live close to the new site so the commute is easy")
    let reply = conversation.send("can you take out the bit about living close").text
    #expect(reply.hasPrefix("Removed \"I live close"), "\(reply)")
  }
}
