/// What the assistant says while choosing the topic.
extension InterviewScript {
  /// "The most memorable thing I found: ... Shall I build the note on that?", with the numbered
  /// list when there is more than one topic.
  static func topicOffer(_ best: String, list: String?) -> String {
    var text = "The most memorable thing I found: \(best). Shall I build the note on that?"
    if let list {
      text += "\n" + list
      text += "\nSay yes, pick another by its number, or type a topic in your own words."
    } else {
      text += "\nSay yes, or type a topic in your own words."
    }
    return text
  }

  /// "brb mum calling" at the topic question: the question waits for the person's return.
  static let awayAside = "No rush: I'll keep your place. When you're back:"

  static let whichTopicInstead =
    "Which would you rather use? Pick a number, or type the topic in your own words."

  /// A topic number when the discussion gave no topics at all: a list heading with nothing
  /// under it would read as a mistake.
  static func noTopicsFound(_ number: Int) -> String {
    "There's no topic \(number): I didn't find any topics in what you told me. "
      + "Type one in your own words, such as \"use their new training scheme\"."
  }

  static func onlyOneTopic(_ topic: String) -> String {
    "I found only one topic, \(topic). Say yes to use it, or type your own."
  }

  static func noSuchTopic(_ number: Int, count: Int) -> String {
    "There's no topic \(number): pick a number from 1 to \(count), or type your own."
  }

  static let genericTopic =
    "That's something every candidate talks about, so it won't make the note stand out. Pick one of the topics I found, or type something specific from the conversation."

  /// A person's name typed as the topic, with the topics found when there are some.
  static func nameGivenAsTopic(list: String?) -> String {
    "That's a name. The note needs something you talked about: type a few words about it, such as \"their new training scheme\"."
      + (list.map { " Or pick one I found:\n" + $0 } ?? "")
  }

  static func topicChosen(_ topic: String) -> String {
    "Good choice: the note will be built on \(shownTopic(topic))."
  }

  /// The topic question would be asked a third time: the first topic found is used instead.
  static func topicTakenAtLast(_ topic: String, others: Bool) -> String {
    "I'll build the note on \(shownTopic(topic)); at the draft you can "
      + (others ? "say \"use topic 2\" or " : "") + "type another topic to change it."
  }

  /// The topic question would be asked a third time after the person named something: their
  /// words are used, and shown.
  static func topicTakenAsTyped(_ topic: String) -> String {
    "I'll build the note on \(shownTopic(topic)), as you put it; at the draft you can type "
      + "another topic to change it."
  }

  /// A topic as the assistant names it to the person: a clause ("you're moving to Leeds") is
  /// quoted, since it cannot follow "built on" as it stands.
  static func shownTopic(_ topic: String) -> String {
    TopicGrammar.form(of: topic) == .clause ? "\"\(topic)\"" : topic
  }
}
