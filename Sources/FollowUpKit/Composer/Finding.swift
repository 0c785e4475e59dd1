/// One thing wrong with a draft the person wrote, by the advice FollowUp follows.
public struct Finding: Hashable, Sendable, Codable {
  /// The kind of problem. The raw values are part of the JSON-lines protocol.
  public enum Code: String, Hashable, Sendable, Codable, CaseIterable {
    /// Begging or needy wording.
    case desperation
    /// Apologising for, or trying to make amends for, the interview.
    case apology
    /// A recap of the CV or a list of skills: a second cover letter.
    case coverLetter = "cover-letter"
    /// A body over the email's word limit (`ChannelLimits.emailWords`).
    case tooLong = "too-long"
    /// Several topics instead of one point.
    case severalPoints = "several-points"
    /// No thanks for their time.
    case noThanks = "no-thanks"
    /// Nothing from this interview: it could go to any employer.
    case noSpecificTopic = "no-specific-topic"
    /// Stock phrases that read as filler.
    case cliche
    /// Greets or names someone other than the interviewer.
    case wrongName = "wrong-name"
    /// Pushes for a decision or a date.
    case pressure
  }

  public var code: Code
  /// A sentence that quotes the words at fault and says what to do.
  public var message: String

  public init(code: Code, message: String) {
    self.code = code
    self.message = message
  }
}
