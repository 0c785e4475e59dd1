/// Whether the person's point is about the note's topic or about another thing they named.
///
/// Asked "what about it interested you?", people sometimes answer about a different thing from
/// the same answer: the topic is "Figma", the point "my dad is a massive Lewes fan", which was
/// about the club's rebrand the studio is doing. Pasted together, the note makes two half
/// points. The person chose the topic, so it stays; the point is held back, and the reply says
/// why. Only a plain case counts: the chosen topic is not the employer's own news or plan (a
/// question they asked, a skill), the point names (by a capitalised name) what another of the
/// employer's topics names, and it shares no word with the chosen one. Under the employer's
/// news, a point naming another part of it ("I used Alteryx" under "a new data analytics team
/// ... and they use Alteryx") is about the same thing, and is kept.
extension PointCheck {
  /// The employer's other topic the point is about, or nil.
  ///
  /// ```swift
  /// PointCheck.otherTopic(
  ///   of: "My dad is a massive Lewes fan.",
  ///   chosen: Topic(text: "Figma", score: 0.4, kind: .conversation),
  ///   offered: [Topic(text: "the rebrand for Lewes FC", score: 0.6, kind: .news)])
  /// // the rebrand topic
  /// ```
  static func otherTopic(of point: String, chosen: Topic, offered: [Topic]) -> Topic? {
    guard !employersKinds.contains(chosen.kind) else { return nil }
    let said = Phrase.stems(point)
    guard !said.isEmpty, said.isDisjoint(with: Phrase.stems(chosen.text)) else { return nil }
    let chosenKey = Phrase.contentKey(chosen.text)
    // "moon jar exhibition" typed for "the big Korean ceramics exhibition next autumn": the
    // chosen thing's head word in the other says they are one thing, named two ways (tuning
    // 51's cy022 kept "I can help Korean visitors" out as about another topic).
    let head = chosen.text.split(separator: " ").last.map { Phrase.stems(String($0)) } ?? []
    return offered.first { other in
      employersKinds.contains(other.kind)
        && !Phrase.overlaps(Phrase.contentKey(other.text), chosenKey)
        && (head.isEmpty || head.isDisjoint(with: Phrase.stems(other.text)))
        && !said.isDisjoint(with: Phrase.stems(names(in: other.text)))
    }
  }

  /// Kinds of topic that are the employer's: what they told, planned or were excited about.
  private static let employersKinds: Set<Topic.Kind> = [.news, .plan, .product, .enthusiasm]

  /// The words of a topic written with a capital after its first word: names ("Lewes FC",
  /// "Ocado"), which two sentences about different things do not share by chance.
  private static func names(in text: String) -> String {
    text.split(separator: " ").dropFirst().filter { $0.first?.isUppercase == true }
      .joined(separator: " ")
  }
}
