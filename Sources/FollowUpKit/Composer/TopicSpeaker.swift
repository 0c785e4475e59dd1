/// Who the note credits with its topic, and the sentence that credits them.
///
/// With two interviewers, or a colleague named in the conversation ("Jen from safety was
/// really into the dash cams"), the topic was often brought up by someone other than the
/// person the note is sent to. A note to Rick that says "I enjoyed hearing you talk about the
/// dash cams" tells Rick something false; one that says "I enjoyed hearing Jen talk about the
/// dash cams" is true and still personal. `Topic.speaker` records who said it; this type
/// decides whether that is the recipient and, when it is not, words the sentence around their
/// name. A speaker who cannot be vouched for as a name (a job word no interviewer holds) is
/// credited to nobody, and the plain frames, which claim no speaker, are used.
///
/// ```swift
/// TopicSpeaker.credited("dalton", recipient: chefMark, interviewers: [chefMark, mrsDalton])
/// // "Mrs Dalton"
/// TopicSpeaker.credited("Jen", recipient: rick, interviewers: [rick])  // "Jen"
/// TopicSpeaker.credited("rick", recipient: rick, interviewers: [rick])  // nil
/// ```
enum TopicSpeaker {
  /// The name the note credits with the topic, or nil when the recipient said it or the
  /// speaker is not known as a name. `speaker` is `Topic.speaker`.
  static func credited(_ speaker: String?, recipient: PersonName, interviewers: [PersonName])
    -> String?
  {
    guard let speaker, !speaker.isEmpty else { return nil }
    if names(recipient, speaker) { return nil }
    if let other = interviewers.first(where: { names($0, speaker) }) {
      let name = other.informal
      return isPrintableName(name) ? name : nil
    }
    // Someone the person named with a capital who is not among the interviewers.
    guard speaker.first?.isUppercase == true, isPrintableName(speaker) else { return nil }
    return speaker
  }

  /// Whether `speaker` is one of `person`'s names, a short form of one ("Kate" for "Katie",
  /// "Dave" for "David": the same first three letters, or more), or their job's head word.
  static func names(_ person: PersonName, _ speaker: String) -> Bool {
    let key = speaker.lowercased()
    let words = [person.given, person.family].compactMap { $0 }.flatMap {
      $0.lowercased().split(separator: " ").map(String.init)
    }
    // "Matron spoke about ...": the title the recipient is greeted by names them too.
    if words.contains(key) || person.title?.lowercased() == key { return true }
    if key.count >= 3,
      words.contains(where: { word in
        word.count >= 3
          && (word.hasPrefix(key) || key.hasPrefix(word)
            || word.prefix(3) == key.prefix(3) && word.first?.isLetter == true)
      })
    {
      return true
    }
    // "the deputy", "Matron talked about": a job word against the job the person gave for
    // them ("the matron for surgery"). Only a job of a few words in lower case: one read as
    // "did the interview with Jen from safety" is a sentence with a name in it, no job.
    if let job = person.job, !job.contains(where: \.isUppercase) {
      let jobWords = job.lowercased().split(separator: " ")
      if jobWords.count <= 4, jobWords.contains(Substring(key)) { return true }
    }
    return false
  }

  /// A name of letters, spaces, hyphens and apostrophes: nothing a frame could misread.
  private static func isPrintableName(_ name: String) -> Bool {
    !name.isEmpty && name.count <= 40
      && name.allSatisfy { $0.isLetter || " -'’.".contains($0) }
      && name != PersonName.hiringManager.full
  }

  /// The topic sentence crediting `speaker`: "hearing Jen talk about" a thing, "hear from Jen
  /// that" a clause. No "you" is claimed for what the recipient did not say.
  static func sentence(speaker: String, form: TopicGrammar.Form, composed: Bool) -> String {
    if form == .clause {
      return composed
        ? "It was interesting to hear from \(speaker) that {topic}."
        : "I was glad to hear from \(speaker) that {topic}."
    }
    return composed
      ? "I appreciated hearing \(speaker) talk about {topic}."
      : "I especially enjoyed hearing \(speaker) talk about {topic}."
  }
}
