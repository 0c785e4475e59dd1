/// How a topic taken from what the person typed ends, made well formed where the repair is
/// sure, so the note never prints a sentence a careful writer would not.
///
/// The blind judge of tuning 24 faulted topics pasted with the chat's loose ends: a dash left
/// where the person went on ("your new intake flow for home health nurses -"), a bare noun
/// after a comma that belongs to no clause ("the Saturday clinic in Alex, domestic workers"),
/// a count run into a time with no word joining them ("in February 12 beds"), and a name
/// after "called" in lower case ("called the willows"). Each has one sure repair: the loose end
/// is cut, the name is written as a name. Whatever the repair cannot make sure is left for the
/// gates (`TopicGate.problem`, `VouchedTopic`) to say by a shorter phrase or not at all.
extension TopicGate {
  /// `words` with their loose ends cut and a name after "called" written as a name.
  static func endingsRepaired(_ words: [String]) -> [String] {
    var words = words
    // "nurses -": a dash closing the topic joined it to words the topic does not hold.
    while let last = words.last, last.allSatisfy({ "-–—".contains($0) }) { words.removeLast() }
    if let cut = commaFragment(words) { words = Array(words[..<cut]) }
    if let cut = runOnCount(words) { words = Array(words[..<cut]) }
    return namesAfterCalled(words)
  }

  /// Where the topic's loose end begins, or nil: a dash closing it, a bare fragment after its
  /// last comma, a count run into a time. How the first-note check finds one left in a note.
  static func looseEnd(_ topic: String) -> String? {
    let words = topic.split(separator: " ").map(String.init)
    let plain = words.map { $0.trimming(".!?") }.filter { !$0.isEmpty }
    if let last = plain.last, last.allSatisfy({ "-–—".contains($0) }) {
      return "a dash left at the end"
    }
    if commaFragment(plain) != nil { return "a bare fragment after a comma" }
    if runOnCount(plain) != nil { return "a count run into a time" }
    return nil
  }

  /// "the saturday clinic in alex, domestic workers": after the last comma, one to three
  /// plain words in lower case that open no clause, list or apposition of their own (no
  /// determiner, relative word, conjunction, preposition or verb form) are a note to self the
  /// person typed after the thing. The index of the comma's word plus one, where the topic
  /// ends, or nil.
  static func commaFragment(_ words: [String]) -> Int? {
    guard let comma = words.lastIndex(where: { $0.hasSuffix(",") }), comma >= 2 else {
      return nil
    }
    let tail = words[(comma + 1)...].map { $0.trimming(".!?") }
    guard (1...3).contains(tail.count),
      tail.allSatisfy({ word in
        word.count >= 2 && word.allSatisfy(\.isLetter) && word == word.lowercased()
          && !VouchedTopic.function.contains(word) && !Lexicon.stopwords.contains(word)
          && !VouchedTopic.isIngForm(word) && !VouchedTopic.isPast(word)
          && !fragmentOpeners.contains(word)
      })
    else { return nil }
    return comma + 1
  }

  /// Words that open a phrase of its own after a comma: it is no loose end.
  private static let fragmentOpeners: Set<String> = [
    "which", "who", "that", "where", "when", "whose", "and", "or", "but", "so", "plus",
    "including", "especially", "mainly", "mostly", "both", "etc",
  ]

  /// "in February 12 beds", "from March 40 staff": a number and a plural noun closing the
  /// topic straight after a month or a weekday, with no word joining them, are a count the
  /// person ran on from another sentence. The index where the count begins, or nil.
  static func runOnCount(_ words: [String]) -> Int? {
    guard words.count >= 4 else { return nil }
    let count = words.count - 2
    let number = words[count].trimming(",.")
    let noun = words[count + 1].trimming(",.!?").lowercased()
    let time = words[count - 1].lowercased()
    guard !number.isEmpty, number.allSatisfy(\.isNumber), noun.count >= 3, noun.hasSuffix("s"),
      noun.allSatisfy(\.isLetter), words[count - 1].last?.isLetter == true,
      DateReader.months[time] != nil || DateReader.weekdays[time] != nil
    else { return nil }
    return count
  }

  /// "a new dementia wing called the willows": the words after "called" or "named", up to a
  /// preposition, a time or the end, are the thing's name, written with capitals ("the
  /// Willows"; the "the" before it stays in lower case).
  static func namesAfterCalled(_ words: [String]) -> [String] {
    var words = words
    // After a thing ("wing called"), not a person ("you called the hospital").
    for index in words.indices.dropFirst().dropLast()
    where ["called", "named"].contains(words[index].lowercased())
      && !VouchedTopic.function.contains(words[index - 1].lowercased())
    {
      var next = index + 1
      if words[next].lowercased() == "the" { next += 1 }
      let start = next
      while next < words.count, words[next].first?.isLetter == true,
        !VouchedTopic.function.contains(words[next].lowercased().trimming(",.")),
        DateReader.months[words[next].lowercased()] == nil, next - start < 3
      {
        words[next] = words[next].capitalisedFirst()
        if words[next].last.map({ ",.".contains($0) }) == true { break }
        next += 1
      }
    }
    return words
  }
}
