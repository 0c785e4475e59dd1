/// The person's own point about the topic: the optional question after the topic.
extension Conversation {
  /// Reads the answer to "What about it interested you ...": a line of the person's own,
  /// tidied into a first-person sentence, or a skip. A channel named here ("email") is the
  /// next answer given early: kept, and the point is left out.
  mutating func handleInterestAnswer(_ text: String) -> [Output] {
    if WordSplitter.words(text).count <= 3, let early = Channel(reading: text) {
      answers.skipped.insert(.interest)
      if draft == nil { answers.channel = ChannelChoice(channel: early) }
      return afterAnswer("")
    }
    if MessageText.isNonAnswer(text) || Decline.reads(text) || Self.declinesPoint(text) {
      answers.skipped.insert(.interest)
      return afterAnswer(InterviewScript.interestSkipped)
    }
    if MessageText.isQuestion(text), text.count < 40 { return miss(question: true) }
    guard let point = InterestReader.point(from: text, context: extractionContext) else {
      return miss()
    }
    answers.interest = point
    return afterAnswer(InterviewScript.interestTaken(NoteComposer.sentence(point)))
  }

  /// "no thanks", "nothing to add", "pass": no point to make.
  static func declinesPoint(_ text: String) -> Bool {
    let phrase = WordSplitter.words(text).joined(separator: " ")
    return [
      "no thanks", "no thank you", "nothing to add", "nothing really", "pass", "nah thanks",
      "not really", "no that's it", "no thats it", "nothing", "leave it",
    ].contains(phrase)
  }
}
