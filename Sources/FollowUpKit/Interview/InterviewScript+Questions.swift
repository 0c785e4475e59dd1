/// The short answers to the questions people ask back, each from the advice the whole script
/// follows: a focused, personal note; short, one point, thanks for their time; never a way to
/// make amends, never a second cover letter.
extension InterviewScript {
  /// The answer to a question asked back, worded for the stage it was asked at. The driver
  /// shows it before the stage's own question, which is asked again.
  static func answer(_ question: QuestionBack, stage: Stage) -> String {
    switch question {
    case .formality:
      return
        "It doesn't have to be formal. Polite and personal works best: write the way you spoke in the interview. Once the draft is there you can ask for it more formal or warmer."
    case .length:
      return
        "Short: a few sentences. Touch on one point from the interview and thank them for their time; a longer note starts to read like a second cover letter."
    case .timing:
      return
        "Soon: the same day or the day after is best, while the conversation is fresh for both of you. It shows your interest didn't fade as soon as you walked out of the door. I'll say when to send it once the draft is ready."
    case .otherInterviewer:
      let how: String
      switch stage {
      case .name, .interviewer:
        how = "When I ask who interviewed you, give every name (\"Sam and Ola\")"
      case .company, .role, .when, .outcome, .discussion, .topic, .interest, .channel, .draft,
        .done, .occasion, .heard, .development, .feedback:
        how = "To add someone, say \"the interviewers were\" and every name"
      }
      return
        "Yes: everyone who interviewed you should get their own note, each on something you talked about with them. \(how), and I'll write one for each."
    case .badPart:
      return
        "No: the note isn't the place to make amends or explain what went wrong, which can come across as desperate. Build it on one good point from the conversation and thank them for their time. It's still well worth sending."
    case .attachment:
      return
        "No attachments: they already have your CV, and adding more turns the note into a second cover letter. One point and your thanks are enough."
    }
  }
}
