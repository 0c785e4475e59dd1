/// One memorable thing from the interview that a note can be built on.
///
/// `text` is ready to sit inside a sentence of the note ("I enjoyed our conversation about
/// `text`"): a noun phrase or a "how ..." clause of at most 12 words, already turned to speak to
/// the interviewer ("your switch to electric cargo bikes").
public struct Topic: Hashable, Sendable, Codable {
  /// The phrase as it will read in the note.
  public var text: String
  /// How strongly the person's words mark this as memorable, from 0 to 1.
  public var score: Double
  /// What sort of thing it is, so the composer can word its sentence to fit.
  public var kind: Kind
  /// The interviewer who brought it up, lower case, when the text says ("Dana told me about
  /// ..."): with several interviewers, each note goes on what that person talked about.
  public var speaker: String?
  /// True when it is what the interviewer asked the person about ("they asked me about bank
  /// reconciliation"): the interview's routine, which never stands in for another
  /// interviewer's note. Nil otherwise, so a saved topic's JSON is unchanged.
  public var asked: Bool?

  public init(
    text: String, score: Double, kind: Kind = .conversation, speaker: String? = nil,
    asked: Bool? = nil
  ) {
    self.text = text
    self.score = score
    self.kind = kind
    self.speaker = speaker
    self.asked = asked
  }

  /// The sort of thing a topic is. The composer words each differently: a news story is
  /// "something I've kept reading about", a plan is "exciting to hear about".
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A part of the business or sector that came up in conversation.
    case conversation
    /// A news story or an article that was discussed.
    case news
    /// A plan, project or launch of the company's.
    case plan
    /// A product, service or tool.
    case product
    /// Something the candidate and the interviewer both care about.
    case sharedInterest
    /// Something the interviewer was visibly excited about.
    case enthusiasm
    /// A topic the person typed themselves.
    case typed
  }

  /// The number of words in `text`.
  public var wordCount: Int { text.split(whereSeparator: { $0 == " " }).count }
}
