/// What the assistant asks at each stage, how it helps, and the examples it gives.
///
/// All of the assistant's questions live here, so the voice stays consistent and a wording
/// change is one edit (then a deliberate re-record of the dialogues).
enum InterviewScript {
  static let greeting =
    "Hi, I'm FollowUp. I'll help you write a short, personal note to send after your interview, built on one thing that came up in it. It takes a couple of minutes. You can type help at any point, or back to change an answer."

  static func question(_ stage: Stage, facts: Facts) -> String {
    switch stage {
    case .name:
      return "First, what's your name? I'll use it to sign the note."
    case .interviewer:
      return
        "Who interviewed you? A name is enough (\"Priya Shah\", \"Dr Okafor\"), or several (\"Sam and Ola\")."
    case .company:
      return "Which company or organisation was the interview with?"
    case .role:
      return "What role did you interview for? (Type skip to leave it out.)"
    case .when:
      return "When was the interview? \"Yesterday\", \"on Tuesday\" or a date all work. (Or skip.)"
    case .outcome:
      return "How do you feel it went, in your own words?"
    case .discussion:
      return
        "What came up in the conversation that stuck with you? A part of the business, a project, a news story, something they were excited about: the more specific, the better."
    case .topic:
      return "Which should the note be built on?"
    case .interest:
      return interestQuestion
    case .channel:
      return
        "How will you send it: by email, as a LinkedIn message, as a text, or as a card? (Email if you're not sure.)"
    case .occasion, .heard, .development, .feedback:
      return occasionQuestion(stage)
    case .draft:
      return
        "Ask for any change in your own words (shorter, more formal, use topic 2, mention that ...), or say done."
    case .done:
      return "Your note is ready. Type show to see it again, or restart to write another."
    }
  }

  /// Why a reply filled no field: it reads as a remark to the assistant, not a name or a title.
  static func remarkNotValue(_ question: Question) -> String {
    let field = question == .role ? "a job title" : "the company's name"
    return "I've read that as a remark to me rather than \(field), so I've left it empty."
  }

  /// What to say when an answer cannot be used: first a specific hint, from the second miss on
  /// also an example answer.
  static func hint(_ stage: Stage, misses: Int) -> String {
    let hint: String
    let example: String
    switch stage {
    case .name:
      hint = "I need the name you'd like to sign the note with."
      example = "For example: Jordan Lee"
    case .interviewer:
      hint =
        "I need the name of the person who interviewed you, to greet them in the note. If you didn't catch it, the invitation email or their LinkedIn page usually has it."
      example = "For example: Priya Shah, or Dr Okafor, or Sam and Ola"
    case .company:
      hint = "I need the name of the company or organisation, to mention in the note."
      example = "For example: Northgate Foods"
    case .role:
      hint = "I need the job title you applied for, or type skip to leave it out."
      example = "For example: operations coordinator"
    case .when:
      hint = "I need the day of the interview, in any words, or type skip."
      example = "For example: yesterday, on Tuesday, or 12 March"
    case .outcome:
      hint =
        "Just a few words on how it felt: well, badly, somewhere in between? \"Hard to tell\" is a fine answer too."
      example = "For example: it went well, or I blanked on a couple of questions"
    case .discussion:
      hint =
        "I need something from the conversation itself: the note works because it mentions something only you and the interviewer talked about."
      example =
        "For example: we talked about their switch to electric cargo bikes, and she was really excited about it"
    case .topic:
      hint =
        "Say yes to use the suggestion, pick another by its number, or type the topic in your own words."
      example = "For example: yes, or 2, or their new training programme"
    case .interest:
      hint = interestHint
      example = interestExample
    case .channel:
      // Every channel the question offers, the text too (the hint had left it out).
      hint = "Say email, LinkedIn, text or card."
      example = "For example: email"
    case .occasion, .heard, .development, .feedback:
      (hint, example) = occasionHint(stage)
    case .draft:
      hint =
        "I didn't understand that change. You can ask for it shorter, longer, more formal, warmer, on another topic, with a name changed, a sentence added or removed, or a word swapped; or say undo or done."
      example = "For example: make it shorter, or say \"valuable\" instead of \"great\""
    case .done:
      hint = "We're finished. Type show to see the note again, restart to write another, or quit."
      example = ""
    }
    if misses >= 2, !example.isEmpty { return hint + "\n" + example }
    return hint
  }

  /// The answer to `help` at each stage: what is needed and why, with an example.
  static func help(_ stage: Stage) -> String {
    let need: String
    switch stage {
    case .name: need = "Your name, to sign the note. For example: Jordan Lee."
    case .interviewer:
      need =
        "Who interviewed you, to greet them by name. Titles are fine, and so are several people: \"Dr Okafor\", \"Sam and Ola\"."
    case .company:
      need = "The company or organisation, so the note names it. For example: Northgate Foods."
    case .role:
      need =
        "The role you interviewed for, so the note can mention it. For example: operations coordinator. Optional: type skip."
    case .when:
      need =
        "When the interview was, so the note says \"yesterday\" or \"on Tuesday\" correctly and I can tell you when to send it. Optional: type skip."
    case .outcome:
      need =
        "How it went in your words. It changes the note a little: after a hard interview it stays short and never apologises."
    case .discussion:
      need =
        "What came up in the conversation. The best notes are built on one specific thing: a part of the business, a project, a news story, something the interviewer was excited about. For example: she told me about their plan to open a second centre in Leeds."
    case .topic:
      need =
        "Which topic the note is built on: say yes for my suggestion, a number for another, or type your own."
    case .interest:
      need = interestHelp
    case .channel:
      let linkedin = ChannelLimits.of(.linkedin).maximumCharacters ?? 0
      let free = ChannelLimits.of(.linkedin, freeAccount: true).maximumCharacters ?? 0
      let card = ChannelLimits.of(.card).maximumWords ?? 0
      let text = ChannelLimits.of(.text).maximumCharacters ?? 0
      need =
        "How you'll send it: email (with a subject line), a LinkedIn message (\(linkedin) characters at most, \(free) from a free account), a text or WhatsApp message (\(text) characters at most), or a card (\(card) words at most)."
    case .occasion, .heard, .development, .feedback:
      need = occasionHelp(stage)
    case .draft:
      need =
        "Ask for changes in plain words: shorter, longer, more formal, warmer, use topic 2, \"her name is spelled Shah\", \"mention that I'd love to help with the workshops\", \"drop the last line\", \"say valuable instead of great\", undo, redo, why, or done."
    case .done:
      need = "The note is finished. Type show to see it, restart to write another, or quit."
    }
    return need + "\n" + commandsLine(stage)
  }

  static func commandsLine(_ stage: Stage) -> String {
    var commands = ["back", "restart", "show", "quit"]
    if stage.isOptional { commands.insert("skip", at: 1) }
    return "Commands at any point: " + commands.joined(separator: ", ") + "."
  }
}
