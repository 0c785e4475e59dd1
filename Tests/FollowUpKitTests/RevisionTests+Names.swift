import Testing

@testable import FollowUpKit

extension RevisionTests {
  // MARK: - Names

  @Test(
    "the interviewer's name",
    arguments: [
      "change her name to Priyanka Shah", "her name is Priyanka",
      "actually she's called Priyanka Shah", "address it to Priyanka Shah",
    ])
  func interviewerName(_ phrase: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Changed the name to Priyanka Shah:"), "\(reply)")
    #expect(conversation.note?.greetingLine == "Dear Priyanka,")
  }

  @Test(
    "the interviewer's spelling, in a formal note that shows the surname",
    arguments: ["her name is spelled Shaw", "it's Shaw not Shah", "Shaw, not Shah"])
  func interviewerSpelling(_ phrase: String) throws {
    var conversation = try drafted()
    _ = conversation.typed("more formal")
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Changed the name to Priya Shaw:"), "\(reply)")
    #expect(conversation.note?.greetingLine == "Dear Priya Shaw,")
  }

  @Test("a spelling fix the greeting does not show is kept for when it does")
  func spellingKept() throws {
    var conversation = try drafted()
    _ = conversation.typed("her name is spelled Shaw")
    _ = conversation.typed("more formal")
    #expect(conversation.note?.greetingLine == "Dear Priya Shaw,")
  }

  @Test("after a rename, the draft's heading names the new person")
  func headingAfterRename() throws {
    var conversation = try drafted()
    _ = conversation.typed("change her name to Priyanka Shah")
    let shown = conversation.typed("show")
    #expect(shown.hasPrefix("Here's your draft, as an email to Priyanka Shah:"), "\(shown)")
  }

  @Test(
    "the company",
    arguments: [
      ("change the company to Northgate Foods Ltd", "Northgate Foods Ltd"),
      ("actually the company is Northgate Fresh Foods", "Northgate Fresh Foods"),
      ("the company is called Northgate Group", "Northgate Group"),
      ("it was Northgate Group, not Northgate Foods", "Northgate Group"),
      ("change the company name to Northgate Group", "Northgate Group"),
    ])
  func company(_ phrase: String, _ company: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Changed the company to \(company):"), "\(reply)")
    let body = try #require(conversation.note?.body)
    #expect(body.contains(" at \(company)."), "\(body)")
  }

  @Test(
    "the sender's name",
    arguments: [
      "sign it as Jordan Lee", "change my name to Jordan Lee", "my name is Jordan Lee",
      "sign off as Jordan Lee", "sign it Jordan Lee",
    ])
  func sender(_ phrase: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Changed your name to Jordan Lee:"), "\(reply)")
    #expect(conversation.note?.signOffTexts.last == "Jordan Lee")
    expectRefused(&conversation, phrase, saying: "The note is already signed Jordan Lee.")
  }

  @Test(
    "the role",
    arguments: [
      ("the role was senior analyst", "senior analyst"),
      ("change the role to logistics coordinator", "logistics coordinator"),
      ("actually the job was logistics coordinator", "logistics coordinator"),
    ])
  func role(_ phrase: String, _ role: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Changed the role to \(role):"), "\(reply)")
    #expect(conversation.note?.body.contains("the \(role) role") == true)
  }

  @Test(
    "a name that is not a name is refused",
    arguments: ["change her name to 12345", "her name is spelled Sh4h", "address it to 42"])
  func notAName(_ phrase: String) throws {
    var conversation = try drafted()
    expectRefused(&conversation, phrase, saying: "I didn't understand that change.")
  }
}

extension RevisionTests {
  @Test(
    "'it says X not Y' with words leading up to the verb, and a place in the note after it",
    arguments: [
      "make sure it says Northgate Foods Ltd not Northgate Foods",
      "can it say Northgate Foods Ltd not Northgate Foods in the note",
      "pls just put Northgate Foods Ltd not Northgate Foods",
    ])
  func saysNotCompany(_ phrase: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Changed the company to Northgate Foods Ltd:"), "\(reply)")
    #expect(conversation.note?.body.contains("Northgate Foods Ltd") == true)
  }

  @Test(
    "the person's own name said in another form is how the note is signed",
    arguments: [
      "say Jordan A. not Jordan at the end", "make sure it says J not Jordan at the bottom",
    ]
  )
  func saysNotOwnName(_ phrase: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    #expect(reply.contains("Changed your name to"), "\(reply)")
    #expect(conversation.note?.signOffTexts.last != "Jordan")
  }

  @Test("'sound less like a robot' asks for a warmer note, with a second change beside it")
  func lessLikeARobot() throws {
    var conversation = try drafted()
    let reply = conversation.typed(
      "make it sound less like a robot and say Jo not Jordan at the end")
    #expect(reply.hasPrefix("Here it is, warmer:"), "\(reply)")
    #expect(conversation.note?.signOffTexts.last == "Jo")
  }
}
