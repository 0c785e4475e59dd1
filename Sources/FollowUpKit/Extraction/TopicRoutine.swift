/// Which topics are the interview's routine, so they never outrank what the employer told.
///
/// The judge faulted notes built on what the interviewer asked the candidate ("customer
/// service", "active directory", "allergies and food hygiene level 2") or on what the job
/// requires ("you need engineers willing to stay on site") when the same answer held news from
/// the employer (electric buses, a coastal highway section, a hospital go-live). Who raised a
/// thing decides its weight: a subject the interviewer put to the candidate (`Topic.asked`)
/// or a requirement of the job is what every candidate hears; a change, a plan or a project
/// the employer described is this employer's own.
///
/// ```swift
/// TopicRoutine.isRequirement("you need engineers willing to stay on site")  // true
/// TopicRoutine.isRequirement("you need a bigger warehouse for the new contract")  // false
/// ```
enum TopicRoutine {
  /// The topics with the interview's routine after every other topic, each group in its own
  /// order: what the candidate was asked, or what the job requires, is what every candidate
  /// hears, and anything else found was the employer's to tell ("he talked about the new
  /// coastal highway section"). Nothing moves when every topic is routine.
  static func employerFirst(_ topics: [Topic]) -> [Topic] {
    let routine = topics.map(isRoutine)
    guard routine.contains(true), routine.contains(false) else { return topics }
    return topics.indices.filter { !routine[$0] }.map { topics[$0] }
      + topics.indices.filter { routine[$0] }.map { topics[$0] }
  }

  /// Asked of the candidate, a requirement of the job, or the candidate's own ("technical
  /// questions about my cryo-EM work", "the gap year when I was caring for my mum"): a note
  /// is built on what this employer told the person, and none of the topics the blind writers
  /// expected across the tuning sets holds the person's "my" or "I".
  static func isRoutine(_ topic: Topic) -> Bool {
    topic.asked == true || isRequirement(topic.text) || isTheCandidatesOwn(topic.text)
  }

  /// Whether a topic speaks of the candidate in the first person. Read as bytes packed into
  /// an integer: it runs for every topic found, and trimming each word with Foundation had
  /// doubled the cost of extraction.
  static func isTheCandidatesOwn(_ text: String) -> Bool {
    let firstPerson = firstPerson
    var key: UInt32 = 0
    var length = 0
    var spoiled = false
    for byte in text.utf8 {
      if byte == UInt8(ascii: " ") {
        if !spoiled, length > 0, firstPerson.contains(key) { return true }
        key = 0
        length = 0
        spoiled = false
        continue
      }
      if spoiled { continue }
      var lowered = byte
      if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { lowered = byte + 32 }
      if lowered >= UInt8(ascii: "a") && lowered <= UInt8(ascii: "z") || byte == UInt8(ascii: "'") {
        length += 1
        // Longer than four letters, or with letters beyond ASCII or digits ("i5"): none of them.
        if length > 4 { spoiled = true } else { key = key << 8 | UInt32(lowered) }
      } else if byte >= 0x80 || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        spoiled = true
      }
    }
    return !spoiled && length > 0 && firstPerson.contains(key)
  }

  /// The candidate's own words for themselves, packed as `isTheCandidatesOwn` packs a word.
  /// `TopicPhraseCheck.firstPerson`, with the forms typed without an apostrophe and "mine".
  /// A short list, searched in order: cheaper than hashing each word of every topic found.
  static let firstPerson: [UInt32] = Set(
    TopicPhraseCheck.firstPerson.union(["im", "ive", "mine"]).filter { $0.utf8.count <= 4 }
      .map { word in word.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }
  ).sorted()

  /// "you need engineers willing to stay on site", "they want someone who can drive": a verb
  /// of needing whose object is people, which is the job's requirement, not the employer's news.
  static func isRequirement(_ text: String) -> Bool {
    // Most topics hold no verb of needing: a look at their bytes settles it.
    guard holdsNeedStem(text) else { return false }
    let words = text.lowercased().split(separator: " ").map(String.init)
    guard let verb = words.prefix(4).firstIndex(where: needVerbs.contains), verb >= 1,
      verb + 1 < words.count
    else { return false }
    var object = verb + 1
    if words[object] == "for", object + 1 < words.count { object += 1 }
    let head = words[object]
    if people.contains(head) { return true }
    // "engineers willing to ...", "more drivers", "a person": people, named by their work.
    let noun =
      ["more", "extra", "new", "a", "an"].contains(head) && object + 1 < words.count
      ? words[object + 1] : head
    if noun == "person" { return true }
    return ["ers", "ists", "ians", "ors"].contains { noun.hasSuffix($0) }
      && noun.count > 5 && !things.contains(noun)
  }

  /// What every verb of needing or seeking holds, in lower case.
  static let needStems = ["need", "want", "requir", "expect", "looking", "must"]

  /// The stems as bytes, searched for in one pass over the text's own storage: copying the
  /// text into an array for each stem had been 5% of all extraction.
  private static let needStemBytes = needStems.map { Array($0.utf8) }

  /// Whether a byte opens any stem, by byte value: most bytes open none, and are passed over
  /// without comparing them with each stem.
  private static let needStemFirstBytes: [Bool] = (0..<256).map { byte in
    needStemBytes.contains { $0.first == UInt8(byte) }
  }

  /// Whether the text's bytes hold any verb of needing's stem.
  static func holdsNeedStem(_ text: String) -> Bool {
    var text = text
    let stems = needStemBytes
    let opens = needStemFirstBytes
    return text.withUTF8 { bytes in
      guard bytes.count >= 4 else { return false }
      for start in 0..<bytes.count {
        let first = bytes[start]
        guard opens[Int(first)] else { continue }
        stems: for stem in stems where stem[0] == first {
          guard start + stem.count <= bytes.count else { continue }
          for offset in 1..<stem.count where bytes[start + offset] != stem[offset] {
            continue stems
          }
          return true
        }
      }
      return false
    }
  }

  /// Verbs of needing or seeking.
  static let needVerbs: Set<String> = [
    "need", "needs", "want", "wants", "require", "requires", "expect", "expects", "looking",
    "must",
  ]

  /// Words for people as a verb's object.
  static let people: Set<String> = [
    "someone", "somebody", "people", "staff", "anyone", "candidates", "applicants",
  ]

  /// Words in "-er" or "-or" that name things, not people.
  static let things: Set<String> = [
    "computer", "computers", "container", "containers", "trailer", "trailers", "scanner",
    "scanners", "printer", "printers", "monitor", "monitors", "server", "servers", "generator",
    "generators", "freezer", "freezers", "counter", "counters", "center", "centers", "calendar",
    "number", "numbers", "charger", "chargers", "sensor", "sensors", "tractor", "tractors",
  ]
}
