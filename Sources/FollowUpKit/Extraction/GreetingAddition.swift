/// A request to greet another person in the note as well: "please add Tunde in the greeting
/// too", "oh put phil in as well", "i want to include captain adewale too", "ok both is fine,
/// Prof Cleary and Aisling".
///
/// Such a request changes who the note is addressed to, whenever it is said: before the note
/// (at any question) or after it. Read by its shape, not by its words: a verb of adding or
/// addressing ("add", "put", "include", "greet", "address") whose object is a person (a name,
/// with or without a title), said with a word that marks an addition ("too", "as well",
/// "also", "the greeting"); or "both" said to be the choice, with the people after it. A
/// request asked about ("or both in the greeting?") is no decision yet, and one turned down
/// ("dont put tyler in") is none at all.
///
/// ```swift
/// GreetingAddition.read("oh put phil in as well, he was on the phone")  // ["Phil"]
/// GreetingAddition.read("ok both is fine, Prof Cleary and Aisling")  // ["Prof Cleary", "Aisling"]
/// ```
enum GreetingAddition {
  /// The people to greet as well, as the person named them (capitalised where typed in lower
  /// case), or nil when the message asks for no such thing.
  static func read(_ text: String) -> [String]? {
    guard text.count <= 400 else { return nil }
    for sentence in MessageParts.sentences(of: text) {
      let trimmed = sentence.trimming(" ")
      // "or both in the greeting?": a choice asked about is not made yet.
      if trimmed.hasSuffix("?") { continue }
      let typed = trimmed.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(
        String.init)
      let words = typed.map { $0.lowercased().trimming(",.;:!?\"'()“”‘’") }
      if let people = added(typed, words) ?? both(typed, words) { return people }
    }
    return nil
  }

  /// "add Tunde in the greeting too": a verb of adding, a person, a mark of addition.
  private static func added(_ typed: [String], _ words: [String]) -> [String]? {
    for index in words.indices where verbs.contains(words[index]) {
      // "also I put ICU nurse but the advert says ...": after "I" the verb tells what the
      // person did, never asks for anything ("can I add Tunde too" asks, with its modal).
      if index > 0, words[index - 1] == "i",
        index < 2 || !["can", "could", "may", "should", "shall"].contains(words[index - 2])
      {
        continue
      }
      guard let (name, end) = person(typed, words, from: index + 1) else { continue }
      // "dont put tyler in": a request turned down.
      if words[max(0, index - 3)..<index].contains(where: GreetingCue.negations.contains) {
        continue
      }
      let after = words[end..<min(words.count, end + 6)]
      let marked =
        after.contains { ["too", "also", "greeting", "greetings"].contains($0) }
        || zip(after, after.dropFirst()).contains { $0 == "as" && $1 == "well" }
        || words[max(0, index - 2)..<index].contains("also")
      if marked { return [name] }
    }
    return nil
  }

  /// "both is fine, Prof Cleary and Aisling", "greet both of them": both people, as named
  /// after the decision (or, when none are named, an empty list meaning everyone met).
  private static func both(_ typed: [String], _ words: [String]) -> [String]? {
    guard let at = words.firstIndex(of: "both") else { return nil }
    let decided =
      at + 2 < words.count && words[at + 1] == "is" && GreetingCue.fine.contains(words[at + 2])
      || at > 0 && ["greet", "address"].contains(words[at - 1])
    guard decided else { return nil }
    if words[max(0, at - 3)..<at].contains(where: GreetingCue.negations.contains) { return nil }
    var people: [String] = []
    var index = at + 1
    while index < words.count {
      // "both is fine, Prof Cleary and Aisling": people named as such, with a title or a
      // capital; "email to both, they give the shop email" names no one.
      if let (name, end) = person(typed, words, from: index),
        PersonName.titles[words[index]] != nil || typed[index].first?.isUppercase == true
      {
        people.append(name)
        index = end
      } else {
        index += 1
      }
    }
    return people.count >= 2 ? people : nil
  }

  /// A person from `start`: an optional title and one name word, or two when the second was
  /// typed with a capital ("Tunde Bakare"); never a word of the sentence around it.
  private static func person(_ typed: [String], _ words: [String], from start: Int) -> (
    String, Int
  )? {
    var index = start
    var parts: [String] = []
    if index < words.count, let title = PersonName.titles[words[index]] {
      parts.append(title)
      index += 1
    }
    guard index < words.count, isName(words[index]) else { return nil }
    parts.append(PersonName.asTyped(typed[index]))
    index += 1
    let ended = typed[index - 1].last.map { ",.;:!?)".contains($0) } ?? false
    if !ended, index < words.count, isName(words[index]), typed[index].first?.isUppercase == true,
      typed[index - 1].first?.isUppercase == true
    {
      parts.append(PersonName.asTyped(typed[index]))
      index += 1
    }
    return (parts.joined(separator: " "), index)
  }

  private static func isName(_ word: String) -> Bool {
    word.count >= 2 && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
      && !GreetingCue.notNames.contains(word) && !DirectAnswer.sentenceWords.contains(word)
      && !notNames.contains(word)
  }

  /// Verbs of adding someone to the greeting or addressing the note to them.
  static let verbs: Set<String> = ["add", "put", "include", "greet", "address", "cc"]

  /// Words after those verbs that name no person: "put in", "add more".
  private static let notNames: Set<String> = [
    "in", "more", "some", "both", "everyone", "all", "of", "is", "fine", "ok", "okay", "note",
    "greeting", "line", "bit", "part", "sentence", "something", "well", "also", "too", "my",
    "your", "his", "our", "their", "dear", "hi", "hello",
  ]
}
