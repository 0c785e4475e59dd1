import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// The occasions after the first note, through the engine: chosen from the first words or the
/// menu, switched later, asking only what each needs, and answering when to send.
@Suite("Occasions: check-in, rejection reply, later round")
struct OccasionTests {
  static func day(_ offset: Int) -> CivilDate { Fixture.today.adding(days: offset) }

  @Test(
    "the first words choose the occasion",
    arguments: [
      ("it's been two weeks and I haven't heard back", Occasion.checkIn),
      ("they turned me down", .rejectionReply),
      ("I didn't get the job :(", .rejectionReply),
      ("I've got a second interview!", .laterRound),
      ("they offered me the job", .laterRound),
      ("I'm Jordan, I met Priya Shah at Northgate Foods yesterday", .firstNote),
      ("Jordan", .firstNote),
      ("hi", .firstNote),
    ])
  func firstWords(_ text: String, _ expected: Occasion) {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.receive(.sessionStarted)
    _ = conversation.send(text)
    #expect(conversation.occasion == expected)
  }

  @Test("a vague first request gets the menu; a just-finished interview does not")
  func menu() {
    var conversation = Conversation(today: Fixture.today)
    let reply = conversation.send("I need help writing a follow up email to a recruiter")
    #expect(conversation.stage == .occasion)
    #expect(reply.text.contains("2. a check-in, when you haven't heard back"))
    _ = conversation.send("3")
    #expect(conversation.occasion == .rejectionReply)
    #expect(conversation.stage == .name)

    var common = Conversation(today: Fixture.today)
    _ = common.send("I'm Jordan, I just had an interview with Priya at Northgate Foods")
    #expect(common.stage != .occasion)
    #expect(common.occasion == .firstNote)
  }

  @Test(
    "a note named alone is a request, never a name",
    arguments: ["follow up msg", "followup email", "a quick linkedin message pls"])
  func noteNamedAlone(_ text: String) {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.receive(.sessionStarted)
    let reply = conversation.send(text)
    #expect(conversation.stage == .occasion, "\(reply.text)")
    #expect(!reply.text.contains("Nice to meet you"), "\(reply.text)")
  }

  @Test("a name made of ordinary words is still a name at the name question")
  func wordsStillAName() {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.receive(.sessionStarted)
    let reply = conversation.send("Will Young")
    #expect(reply.text.contains("Nice to meet you, Will"), "\(reply.text)")
  }

  @Test("a check-in asks only what it needs and writes two or three sentences")
  func checkIn() throws {
    var conversation = Conversation(today: Fixture.today)
    let stages = [
      "I'm Jordan Lee. It's been two weeks since my interview with Priya Shah at Northgate Foods and I haven't heard back",
      "operations coordinator", "by the end of last week", "the new Leeds distribution centre",
      "I saw the Leeds centre has opened", "email",
    ].map { conversation.send($0).stage }
    #expect(stages == [.role, .heard, .discussion, .development, .channel, .draft])
    let note = try #require(conversation.note)
    #expect(note.body.contains("the Leeds centre has opened"))
    #expect(note.body.contains("timeline"))
    #expect(!note.body.lowercased().contains("haven't heard"))
    let middle = note.paragraphs[1].map(\.text).joined(separator: " ")
    let sentences = middle.split(whereSeparator: { ".?!".contains($0) }).count
    #expect((2...3).contains(sentences), "\(middle)")
    #expect(DraftReviewer.review(note.body, occasion: .checkIn).isEmpty)
  }

  @Test("a guilt-trip is refused with the reason, and the draft stays as it was")
  func guiltTrip() throws {
    var conversation = Conversation(today: Fixture.today)
    for message in [
      "I'm Jordan. It's been ten days since my interview at Northgate Foods and I haven't heard back",
      "Priya Shah", "skip", "nothing", "nothing", "skip", "linkedin",
    ] {
      _ = conversation.send(message)
    }
    let before = try #require(conversation.note)
    for request in [
      "mention that I haven't heard anything", "add I was hoping to hear by now",
      "say it's so rude they haven't replied",
    ] {
      let reply = conversation.send(request)
      #expect(reply.text.hasPrefix("I'd leave that out: it reads as a reproach"), "\(request)")
      #expect(conversation.note == before)
    }
    let removal = conversation.send("drop the last line")
    #expect(removal.text.hasPrefix("I'd keep that line: asking simply about the timeline"))
    #expect(conversation.note == before)
    // Revisions still work on the check-in.
    _ = conversation.send("make it warmer")
    #expect(conversation.note?.body.hasPrefix("Hi Priya,") == true)
    _ = conversation.send("sign it as Jo")
    #expect(conversation.note?.body.hasSuffix("\nJo") == true)
  }

  @Test("too early: the day to send it, and the draft all the same")
  func tooEarly() {
    var conversation = Conversation(today: Fixture.today)
    for message in [
      "I'm Sam. I haven't heard back from Acme, I interviewed with Ola Ade three days ago",
      "skip", "nothing", "nothing", "skip",
    ] {
      _ = conversation.send(message)
    }
    let reply = conversation.send("email")
    #expect(reply.stage == .draft)
    #expect(
      reply.text.contains(
        "It's only been 3 days: wait until Tuesday 1 December, a week after the interview, before you send it."
      ))
  }

  @Test("should I send another one: the date, and never a third")
  func another() {
    var conversation = Conversation(today: Fixture.today)
    for message in [
      "I'm Sam. It's been ten days and I've had no reply from Acme", "Ola Ade", "skip", "nothing",
      "nothing", "skip", "email",
    ] {
      _ = conversation.send(message)
    }
    let second = conversation.send("should I send another one?")
    #expect(
      second.text.hasPrefix(
        "One more check-in is fine, and it should be the last: if there's still no reply, send it on Friday 4 December, a week after your first."
      ))
    _ = conversation.send("write a check-in")
    let third = conversation.send("should I send another one?")
    #expect(third.text.hasPrefix("You've checked in twice already, so I'd leave it there"))
  }

  @Test("continuing after the first note: everything known is reused, only what's new asked")
  func continuing() throws {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    for message in Fixture.conversation { _ = conversation.send(message) }
    #expect(conversation.stage == .done)
    let timing = conversation.send("should I send another one?")
    #expect(
      timing.text.hasPrefix(
        "If you haven't heard back by Thursday 3 December, a week after the interview, a short check-in is the next step."
      ))
    conversation.advance(to: Self.day(10))
    let reply = conversation.send("it's been ten days and I haven't heard back")
    #expect(conversation.occasion == .checkIn)
    #expect(reply.stage == .heard)
    _ = conversation.send("they didn't say")
    let draft = conversation.send("no")
    #expect(draft.stage == .draft)
    let note = try #require(draft.note)
    #expect(note.channel == .email)
    #expect(note.body.hasPrefix("Dear Priya,"))
    #expect(note.body.contains("operations coordinator role at Northgate Foods"))
    #expect(note.body.contains("on 26 November"))
  }

  @Test("a rejection reply with and without feedback; an argument is refused")
  func rejection() throws {
    for wantsFeedback in [false, true] {
      var conversation = Conversation(today: Fixture.today)
      for message in [
        "they turned me down", "Sam Okoro", "Dr Ada Bello", "Kingsbridge University",
        "research assistant", "nothing", wantsFeedback ? "yes" : "no",
      ] {
        _ = conversation.send(message)
      }
      let note = try #require(conversation.send("email").note)
      #expect(note.body.contains("Thank you for letting me know"))
      #expect(note.body.contains("kept") && note.body.contains("in mind"))
      #expect(note.body.contains("every success") || note.body.contains("all the best"))
      #expect(note.body.contains("feedback") == wantsFeedback)
      #expect(!note.body.lowercased().contains("why"))
      #expect(DraftReviewer.review(note.body, occasion: .rejectionReply).isEmpty)
      let refused = conversation.send("add that I think they made a mistake")
      #expect(refused.text.hasPrefix("I'd leave that out: arguing with their decision"))
    }
  }

  @Test("a later round thanks them for that round, on a point from it; an offer call too")
  func laterRound() throws {
    var conversation = Conversation(today: Fixture.today)
    for message in [
      "I had my second interview yesterday with Priya Shah at Northgate Foods, I'm Jordan",
      "operations coordinator", "well",
      "we talked about their plan to open a second centre in Leeds",
      "yes", "skip",
    ] {
      _ = conversation.send(message)
    }
    let note = try #require(conversation.send("email").note)
    #expect(note.body.contains("meeting me yesterday at the second interview for"))
    // Whoever met them this round may not have been at the first: no "again" claims it.
    #expect(!note.body.contains("me again"))
    #expect(note.subject == "Thank you: second interview")

    var offer = Conversation(today: Fixture.today)
    let stages = [
      "they offered me the job!", "Jordan", "Priya Shah", "Northgate Foods", "skip", "today",
    ].map { offer.send($0).stage }
    #expect(stages == [.name, .interviewer, .company, .role, .when, .channel])
    let thanks = try #require(offer.send("card").note)
    #expect(thanks.body.contains("with the offer"))
  }

  @Test("a switch later: \"actually they rejected me\" keeps what is known")
  func switching() {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.send("I'm Jordan, I met Priya Shah at Northgate Foods yesterday")
    let reply = conversation.send("actually they rejected me")
    #expect(conversation.occasion == .rejectionReply)
    #expect(reply.stage == .role)
    #expect(reply.text.hasPrefix("I'm sorry it wasn't this one."))
  }

  /// What came up in the interview is not news about the process: a case study, a
  /// presentation or "they've just set up" told at the discussion question describe the
  /// interview in hand, so the occasion stays; a naming phrase ("they rejected me") still
  /// switches it there.
  @Test(
    "a discussion that mentions a case study or a presentation keeps the first note",
    arguments: [
      "Case study on a TUPE transfer, why this firm. She mentioned they've just set up a pro bono clinic",
      "i did a presentation on stock control, then they showed me the new click and collect area they just opened",
      "they called me back in after a short break to meet the chef, who's just launched a tasting menu",
    ])
  func discussionKeepsOccasion(_ text: String) {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.send("I'm Jordan, I met Priya Shah at Northgate Foods yesterday")
    for _ in 0..<8 where conversation.stage != .discussion {
      _ = conversation.send(conversation.stage == .role ? "buyer" : "it went well")
    }
    #expect(conversation.stage == .discussion)
    _ = conversation.send(text)
    #expect(conversation.occasion == .firstNote)
    var switched = Conversation(today: Fixture.today)
    _ = switched.send("I'm Jordan, I met Priya Shah at Northgate Foods yesterday")
    _ = switched.send("actually they rejected me")
    #expect(switched.occasion == .rejectionReply)
  }

  @Test("review knows the occasion: a pushy check-in, an arguing rejection reply")
  func review() {
    let pushy = """
      Dear Priya,
      I interviewed two weeks ago and I haven't heard anything, which is a bit rude. With over 8 years of experience in logistics I am sure I can help. Sorry to chase, but I need to know by Friday.
      Jordan
      """
    let codes = DraftReviewer.review(pushy, occasion: .checkIn).map(\.code)
    #expect(codes.contains(.pressure) && codes.contains(.apology) && codes.contains(.coverLetter))
    #expect(!codes.contains(.noSpecificTopic))
    #expect(DraftReviewer.occasion(ofPasted: pushy) == .checkIn)
    let message = DraftReviewer.review(pushy, occasion: .checkIn).first { $0.code == .pressure }
    #expect(message?.message.contains("reproaches them for the silence") == true)

    let arguing = """
      Dear Dr Bello,
      Thank you for letting me know. I think you made a mistake, and I'd ask you to reconsider.
      Sam
      """
    let found = DraftReviewer.review(arguing, occasion: .rejectionReply)
    #expect(found.map(\.code) == [.pressure])
    #expect(found.first?.message.contains("argues with their decision") == true)
    #expect(DraftReviewer.occasion(ofPasted: arguing) == .rejectionReply)
  }

  @Test("a session saved mid check-in round-trips; one saved before occasions is a first note")
  func saved() throws {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.send("I'm Jordan. It's been two weeks and I haven't heard back from Acme")
    let data = try JSONEncoder().encode(conversation)
    let decoded = try JSONDecoder().decode(Conversation.self, from: data)
    #expect(decoded == conversation)
    #expect(decoded.occasion == .checkIn)
    let old = try Data(
      contentsOf: FixtureFiles.directory.appendingPathComponent("session-v3.json"))
    #expect(try SavedSession.decode(old).conversation.occasion == .firstNote)
  }

  @Test("JSON lines: a start event opens a session in an occasion; every line says which")
  func jsonLines() {
    var server = JSONLinesServer()
    let started = server.handle(
      #"{"session": "a", "event": "start", "occasion": "check-in", "id": 1}"#,
      today: Fixture.today)
    #expect(started.contains(#""event":"start""#))
    #expect(started.contains(#""occasion":"check-in""#))
    #expect(started.contains(#""stage":"name""#))
    #expect(started.contains("I'll help you write a short check-in"))
    let next = server.handle(#"{"session": "a", "text": "Jordan"}"#, today: Fixture.today)
    #expect(next.contains(#""occasion":"check-in""#))
    let plain = server.handle(#"{"session": "b", "text": "hi"}"#, today: Fixture.today)
    #expect(plain.contains(#""occasion":"first-note""#))
    let offer = server.handle(
      #"{"session": "c", "event": "start", "occasion": "later-round", "round": "offer"}"#,
      today: Fixture.today)
    #expect(offer.contains(#""occasion":"later-round""#))
    #expect(server.conversation("c")?.askedQuestions.contains(.discussion) == false)
    let wrong = server.handle(
      #"{"session": "d", "event": "start", "occasion": "thank-you"}"#, today: Fixture.today)
    #expect(wrong.hasPrefix(#"{"error":"\"start\" needs an \"occasion\": one of first-note"#))
  }

  @Test("JSON lines: save reminder.ics returns the calendar text as an export, writing nothing")
  func reminderExport() {
    var server = JSONLinesServer()
    var last = ""
    for text in [
      "I'm Jordan, I met Priya Shah at Northgate Foods yesterday for the operations coordinator job",
      "well", "we talked about their switch to electric cargo bikes", "yes", "skip", "email",
      "save reminder.ics",
    ] {
      last = server.handle(
        JSONWriter.string(.object([("session", .string("r")), ("text", .string(text))])),
        today: Fixture.today)
    }
    #expect(last.contains(#""ics":"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"#))
    #expect(last.contains("DTSTART;VALUE=DATE:20261203"))
    #expect(!last.contains("saveFile"))
  }
}
