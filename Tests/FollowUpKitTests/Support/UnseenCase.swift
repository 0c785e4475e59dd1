import FollowUpTestSupport
import Foundation

@testable import FollowUpKit

/// The unseen sets under `Data/unseen/`: JSON lines written by helpers who never read the
/// sources, read here as plain dictionaries so a case reads like the file.
enum Unseen {
  /// Today in every unseen case: Monday 30 November 2026.
  static let today = CivilDate(year: 2026, month: 11, day: 30) ?? Fixture.today

  static func objects(_ name: String) throws -> [[String: Any]] {
    try DataFile.text("unseen/" + name).split(separator: "\n").compactMap { line in
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    }
  }

  /// An interviewer as the sets write one: a name without title, a title, a job, a greeting.
  static func person(_ object: [String: Any]) -> PersonName? {
    let title = object["title"] as? String
    let typed = ([title] + [object["name"] as? String]).compactMap { $0 }.joined(separator: " ")
    return PersonName(parsing: typed)
  }

  /// Facts already given, in the sets' form.
  static func facts(_ known: [String: Any]) -> Facts {
    var facts = Facts()
    if let name = known["name"] as? String { facts.name = PersonName(parsing: name) }
    if let people = known["interviewers"] as? [[String: Any]] {
      // The job the person gave for someone met is held with them, as the answer that gave
      // it left it: "not security supervisor" can then name what is put right.
      facts.interviewers = people.compactMap { object in
        var met = person(object)
        if let job = object["job"] as? String, !job.isEmpty { met?.job = job }
        return met
      }
    }
    facts.company = known["company"] as? String
    facts.role = known["role"] as? String
    if let date = known["date"] as? String, let day = CivilDate(iso: date) {
      facts.when = InterviewDay(phrase: "on \(date)", date: day)
    }
    if let outcome = known["outcome"] as? String { facts.outcome = Self.outcome(outcome) }
    return facts
  }

  /// The sets' outcome words, as FollowUp's outcomes.
  static func outcome(_ word: String) -> Outcome? {
    switch word {
    case "good": .well
    case "bad": .badly
    case "mixed": .mixed
    default: nil
    }
  }

  /// How a sign-off or greeting compares: spacing and a final full stop aside. An empty value
  /// is none: an interviewer met but not named has no name and no greeting by name, which the
  /// sets write as null.
  static func same(_ a: String?, _ b: String?) -> Bool {
    func tidy(_ s: String?) -> String? {
      s.map {
        $0.split(separator: " ").joined(separator: " ").trimmingCharacters(
          in: .punctuationCharacters)
      }.flatMap { $0.isEmpty ? nil : $0 }
    }
    return tidy(a) == tidy(b)
  }
}
