/// A pasted draft read once for every review rule: its parts, its body ready for phrase
/// matching, and what the conversation knows about who the person met.
struct ReviewedDraft {
  /// The note's subject, greeting, body, content and sentences.
  let pasted: PastedDraft
  /// The body (everything but the subject line), as written and lower-cased.
  let body: ReviewText
  /// The people the person said they met; empty when unknown.
  let interviewers: [PersonName]
  /// The company the person said they met; nil when unknown.
  let company: String?
  /// The channel the note is meant for; nil when unknown.
  let channel: Channel?
  /// Each sentence of the content (greeting and sign-off aside), read as words.
  let readings: [SentenceReading]
  /// How much each sentence of `readings` names of the employer (`NoSpecificTopicRule.weight`;
  /// 0 for a sign-off), read once: two rules ask it of every sentence, and reading it twice
  /// was a fifth of the time of a 16 KiB review.
  private(set) var pointWeights: [Int] = []

  init(_ text: String, interviewers: [PersonName], company: String?, channel: Channel? = nil) {
    pasted = PastedDraft(text)
    body = ReviewText(pasted.body)
    self.interviewers = interviewers.map(Honorifics.normalised)
    self.company = company
    self.channel = channel
    readings = pasted.sentences.map(SentenceReading.init)
    pointWeights = NoSpecificTopicRule.pointWeights(self)
  }
}
