import Testing

@testable import FollowUpKit

/// Everyday requests about how the note names someone, with the reasons people give: the name is
/// what they want to be called, and the words around it are how they asked.
extension RevisionTests {
  @Test(
    "a sign-off asked with words around the name signs with the name alone",
    arguments: [
      ("sign Jordan only", "Jordan"),
      ("sign off as Jojo, everyone calls me that", "Jojo"),
      ("Can you put Kind regards Jo", "Jo"),
      ("can u sign it off as Jordan only", "Jordan"),
      ("sign only Jordan please", "Jordan"),
      ("sign it Jordan x", "Jordan"),
      ("write Jordan only on the end", "Jordan"),
      ("use Dr Jordan Lee as signature", "Dr Jordan Lee"),
      ("Please sign it J. Lee", "J. Lee"),
      ("sign as Jordan Lee without hyphen", "Jordan Lee"),
      ("add my last name its Jordan Lee", "Jordan Lee"),
      ("can you put my name only Jordan Lee", "Jordan Lee"),
      ("can u sign it just jojo", "Jojo"),
      ("change the sign-off to Jordan Lee-Ruiz", "Jordan Lee-Ruiz"),
    ])
  func askedSignOff(_ phrase: String, _ name: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    // The draft is signed "Jordan" already, the name the person goes by (`SignOffName`).
    let said =
      name == "Jordan" ? "The note is already signed Jordan." : "Changed your name to \(name):"
    #expect(reply.contains(said), "\(reply)")
    #expect(conversation.note?.signOffTexts.last == name)
  }

  @Test("a closing asked for with the name closes so, through a change of tone, and undoes")
  func askedClosing() throws {
    var conversation = try drafted()
    let reply = conversation.typed("Can you put Kind regards Jo")
    #expect(reply.hasPrefix("Changed the closing to Kind regards:\nChanged your name to Jo:"))
    #expect(conversation.note?.signOffTexts == ["Kind regards,", "Jo"])
    _ = conversation.typed("warmer")
    #expect(conversation.note?.signOffTexts == ["Kind regards,", "Jo"])
    // Three changes: the closing, the name, the tone.
    for _ in 0..<3 { _ = conversation.typed("undo") }
    #expect(conversation.note?.signOffTexts == ["Best regards,", "Jordan"])
  }

  @Test(
    "a greeting asked for greets with those words, in the note's form",
    arguments: [
      ("can we say Dear Pri, she said to call her that", "Dear Pri,"),
      ("put Dear Hiring Team at the top", "Dear Hiring Team,"),
      ("can u make it Ms Shah at the start, feels more proper", "Dear Ms Shah,"),
      ("greet her as Ms Shah", "Dear Ms Shah,"),
      ("say Hi Pri instead", "Dear Pri,"),
      ("Rahul is her boss, can you put Dear Ms Shah", "Dear Ms Shah,"),
      ("actually she said to call her Pri, can you greet her as Pri", "Dear Pri,"),
      ("can you write Dear Ms Shah and Mr Pillai", "Dear Ms Shah and Mr Pillai,"),
      ("Please change Priya Shah to Madam Shah", "Dear Madam Shah,"),
    ])
  func askedGreeting(_ phrase: String, _ greeting: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    #expect(reply.contains("It now greets"), "\(reply)")
    #expect(conversation.note?.greetingLine == greeting)
    // The person's own words for the greeting stay through a change of tone, in its form.
    _ = conversation.typed("warmer")
    #expect(conversation.note?.greetingLine.hasPrefix("Hi ") == true)
    #expect(
      conversation.note?.greetingLine.dropFirst(3) == greeting.dropFirst(5),
      "\(conversation.note?.greetingLine ?? "")")
  }

  @Test(
    "a name asked for by its form, or a closing with no name",
    arguments: [
      ("just my first name at the end pls", "Dear Priya,", ["Best regards,", "Jordan"]),
      ("i go by Jo, sign it that way", "Dear Priya,", ["Best regards,", "Jo"]),
      ("sign it from Jordan and the team", "Dear Priya,", ["Best regards,", "Jordan"]),
      ("end it with Best, Jordan", "Dear Priya,", ["Best,", "Jordan"]),
      ("change the sign off to Warm regards", "Dear Priya,", ["Warm regards,", "Jordan"]),
      ("put her full name in the greeting", "Dear Priya Shah,", ["Best regards,", "Jordan"]),
      ("say Ms Shah not Priya", "Dear Ms Shah,", ["Best regards,", "Jordan"]),
      ("can you sign it off with my nickname Jay", "Dear Priya,", ["Best regards,", "Jay"]),
      ("sign off with love", "Dear Priya,", ["With love,", "Jordan"]),
    ])
  func askedForm(_ phrase: String, _ greeting: String, _ signOff: [String]) throws {
    var conversation = try drafted()
    _ = conversation.typed(phrase)
    #expect(conversation.note?.greetingLine == greeting, "\(phrase)")
    #expect(conversation.note?.signOffTexts == signOff, "\(phrase)")
  }

  @Test("a greeting asked for goes when the interviewer's name is changed")
  func greetingAfterRename() throws {
    var conversation = try drafted()
    _ = conversation.typed("can we say Dear Pri")
    _ = conversation.typed("change her name to Anita Rao")
    #expect(conversation.note?.greetingLine == "Dear Anita,")
    _ = conversation.typed("undo")
    #expect(conversation.note?.greetingLine == "Dear Pri,")
  }

  @Test("a short message signs with the name asked for in full")
  func shortMessageSignsAsAsked() throws {
    var conversation = try drafted()
    _ = conversation.typed("make it a LinkedIn message")
    #expect(conversation.note?.signOffTexts.last == "Jordan")
    _ = conversation.typed("sign as Jordan Lee")
    #expect(conversation.note?.signOffTexts.last == "Jordan Lee")
  }

  @Test(
    "words not to say are swapped for the words given, or their line goes",
    arguments: [
      ("maybe dont say the new depot, just say the depot", "new", "the depot"),
      ("don't say Leeds, say Yorkshire", "Leeds", "Yorkshire"),
    ])
  func notSaying(_ phrase: String, _ gone: String, _ kept: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Swapped"), "\(reply)")
    let body = try #require(conversation.note?.body)
    #expect(!body.contains(gone), "\(body)")
    #expect(body.contains(kept), "\(body)")
  }

  @Test("the company's full name, said around its short one")
  func fullerCompany() throws {
    var conversation = try drafted()
    let reply = conversation.typed("can u put the full name Northgate Foods Group Ltd")
    #expect(reply.hasPrefix("Changed the company to Northgate Foods Group Ltd:"), "\(reply)")
  }

  @Test(
    "one change among its reasons is made",
    arguments: [
      "can u make it a little warmer, it reads kind of stiff",
      "it reads kind of stiff, can u make it a little warmer",
    ])
  func changeAmongReasons(_ phrase: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Here it is, warmer:"), "\(reply)")
  }

  @Test("of two changes in one message, one that cannot be made still shows the other's draft")
  func severalWithOneRefused() throws {
    var conversation = try drafted()
    let reply = conversation.typed("call her Pri, its a depot not a warehouse")
    #expect(reply.contains("It now greets Pri:"), "\(reply)")
    #expect(reply.contains("Dear Pri,"), "\(reply)")
  }

  @Test(
    "no name is read from words that only look like a cue",
    arguments: [
      "remove the bit about sign language", "mention Leeds at the end",
      "add that I met Priya at the start", "replace Best regards with Kind regards",
      "address it to the hiring manager", "sign language came up too, mention it",
    ])
  func noNameFromOtherRequests(_ phrase: String) {
    #expect(NameRequest.read(phrase) == nil)
  }
}
