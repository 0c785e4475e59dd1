import Testing

@testable import FollowUpKit

/// Requests said as a complaint about the note as it is, or about its ending: "it's too stiff"
/// asks for the opposite, and a name or a closing placed at the end is the sign-off, whatever
/// verb places it. None of them is a topic.
extension RevisionTests {
  @Test(
    "a complaint about the tone asks for the opposite",
    arguments: [
      ("it's too formal", Tone.warm), ("bit stiff tbh", .warm), ("sounds like a robot", .warm),
      ("way too chatty for a lawyer", .formal), ("too casual i think", .formal),
      ("hmm too gushy", .neutral),
    ])
  func complaint(_ phrase: String, _ tone: Tone) throws {
    var conversation = try drafted()
    _ = conversation.typed(tone == .neutral ? "warmer" : "hello")
    _ = conversation.typed(phrase)
    #expect(conversation.currentRequest()?.tone == tone)
  }

  @Test(
    "a name placed at the end, however it is put, signs the note",
    arguments: [
      ("end with just Jojo", "Jojo"), ("change the name at the end to Jojo", "Jojo"),
      ("can you use my nickname jojo", "Jojo"), ("my mates call me Jojo, use that to sign", "Jojo"),
      ("swap the sign off for Jojo", "Jojo"),
    ])
  func placedSignOff(_ phrase: String, _ name: String) throws {
    var conversation = try drafted()
    let topic = conversation.answers.topic
    let reply = conversation.typed(phrase)
    #expect(reply.contains("Changed your name to \(name):"), "\(reply)")
    #expect(conversation.note?.signOffTexts.last == name)
    #expect(conversation.answers.topic == topic)
  }

  @Test(
    "a closing put in place by a verb closes the note so",
    arguments: ["change best regards to cheers", "best regards is a bit much, use cheers"])
  func placedClosing(_ phrase: String) throws {
    var conversation = try drafted()
    _ = conversation.typed(phrase)
    #expect(conversation.note?.signOffTexts.first == "Cheers,")
  }

  @Test(
    "words about the note itself are never taken as a topic",
    arguments: ["use that to sign", "use my signature from before"])
  func notTopic(_ phrase: String) throws {
    var conversation = try drafted()
    let topic = conversation.answers.topic
    _ = conversation.typed(phrase)
    #expect(conversation.answers.topic == topic)
  }
}
