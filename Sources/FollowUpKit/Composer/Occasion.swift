/// Which note the person is writing: the first one after an interview, or one of the notes
/// that keep in touch after it.
///
/// The advice is the same for every occasion (short, one point, thanks, never desperate, no
/// pressure, never a second cover letter); what changes is what the note is for, what the
/// assistant needs to ask, and when to send it. The raw values are part of the JSON-lines
/// protocol (`"occasion"` in every output line, and the `start` event).
public enum Occasion: String, Hashable, Sendable, Codable, CaseIterable {
  /// The thank-you note after an interview: the flow FollowUp has always had.
  case firstNote = "first-note"
  /// A short check-in after a silence: refers to the interview and asks about the timeline.
  case checkIn = "check-in"
  /// A reply to a rejection that keeps the door open.
  case rejectionReply = "rejection-reply"
  /// Thanks after a later interview round or a call offering the job.
  case laterRound = "later-round"

  /// How the assistant names the occasion in a sentence: "a check-in".
  public var spoken: String {
    switch self {
    case .firstNote: "a thank-you note after the interview"
    case .checkIn: "a check-in after a silence"
    case .rejectionReply: "a reply to the rejection that keeps the door open"
    case .laterRound: "a thank-you after a later round"
    }
  }
}

/// A later stage of the process, for the later-round note: another interview, or the call that
/// offered the job.
public enum LaterRound: Hashable, Sendable, Codable {
  /// Another interview, named as the person named it: "second interview", "final round".
  case interview(String)
  /// A call (or message) offering the job.
  case offer

  /// How the note names it: "the second interview", "your call with the offer".
  var phrase: String {
    switch self {
    case .interview(let name): "the \(name)"
    case .offer: "the call with the offer"
    }
  }
}

/// What a note of another occasion than the first needs beside the first note's request: the
/// occasion and its own details. Part of `NoteRequest`, so the composer stays a pure function
/// of the request and every revision works on these notes as on the first.
public struct OccasionNote: Hashable, Sendable, Codable {
  public var occasion: Occasion
  /// For a later round: which one.
  public var round: LaterRound?
  /// For a check-in: something new since the interview, on what was discussed, in the person's
  /// words ("the Leeds centre has opened").
  public var development: String?
  /// For a rejection reply: the person wants feedback, asked for in one plain sentence.
  public var feedback: Bool
  /// The first note's topic, when the same conversation wrote it: a check-in or a rejection
  /// reply can refer back to it.
  public var earlierTopic: Topic?

  public init(
    occasion: Occasion, round: LaterRound? = nil, development: String? = nil,
    feedback: Bool = false, earlierTopic: Topic? = nil
  ) {
    self.occasion = occasion
    self.round = round
    self.development = development
    self.feedback = feedback
    self.earlierTopic = earlierTopic
  }
}
