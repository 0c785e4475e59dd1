/// The inputs the suites run on, written for the benchmark in the style of the labelled cases
/// (Tests/FollowUpKitTests/Data/topic-cases.txt): what a candidate types when asked what came up.
enum SampleTexts {
  /// Answers of about 100 words to "What came up in the conversation that stuck with you?".
  static let discussions = [
    """
    Honestly it was mostly the usual stuff, they went through my CV, asked about a time I handled \
    a difficult customer and what my strengths are. Then Priya told me about their switch to \
    electric cargo bikes for city deliveries and she was really excited about it, she said they \
    have cut van miles by a third since March. We also chatted about the new depot in Leeds and \
    how they plan the routes each morning with the drivers. At the end I asked about training and \
    she said everyone spends a week on the warehouse floor first, which I thought was a great idea.
    """,
    """
    Band 5 interview on the stroke ward. The panel was the ward manager and a senior sister. \
    Standard questions on escalation, safeguarding and my placements, then the manager spent ages \
    on how they run the early supported discharge team with the physios, which sounded amazing. \
    She also mentioned the new stroke unit opening in the spring and how much the nurses are \
    looking forward to it. The best bit was when the sister told me about the sepsis screening \
    tool she designed herself, it has already picked up three cases this month. I felt nervous at \
    first but they were both lovely.
    """,
    """
    Interview for a Year 4 teacher post at Hillside Primary. Lesson observation in the morning, \
    then panel questions on behaviour management, phonics and assessment. The deputy head talked \
    with real enthusiasm about the reading recovery scheme, which they launched in September with \
    volunteers from the local library. We both turned out to be keen gardeners so we ended up \
    chatting about the school allotment and the pupils growing their own vegetables for the \
    kitchen. The head mentioned they are planning to open a forest school next year. Overall I \
    think it went ok, a few wobbly answers on data but nothing terrible.
    """,
    """
    second round at Brightwell, a systems design chat with two engineers and then the hiring \
    manager. they asked me to design a rate limiter and we went deep on token buckets vs sliding \
    windows. the manager told me about their migration from a monolith to event-driven services \
    and how the team rebuilt the billing pipeline in six months without downtime. what really \
    stuck with me was the story about the on-call rota, they pay people extra and cap it at one \
    week in six. also came up: the new graduate scheme and a podcast about observability the lead \
    engineer records every month. felt good!
    """,
    """
    The interview was with the general manager and the head chef at the Harbour Kitchen. They \
    asked about my availability, weekends and whether I have a food hygiene certificate. The chef \
    lit up when he talked about the zero-waste menu, they turn bread ends into beer with a brewery \
    down the road and the peelings go to a farm in Kent. We also talked about the new terrace \
    opening in May and the plan to source all the fish from day boats in Hastings. I mentioned my \
    time at a bakery and she said the pastry section needs someone. Really friendly people.
    """,
    """
    i had a video call with Dr Okafor and someone from HR at the housing charity. the usual why do \
    you want to work here, tell me about a time you dealt with conflict etc. then Dr Okafor \
    explained their pilot of a tenant-led repairs service in Salford, where residents train as \
    apprentices and fix the flats themselves, which has halved the waiting list. i said i'd love \
    to help run the workshops. we also chatted about the article on homelessness in the Guardian \
    she'd read that morning. i fumbled the budget question a bit but overall it was fine, she said \
    they'd ring by friday.
    """,
    """
    Final round at Northgate Capital with the head of risk. Technical questions on VaR, stress \
    testing and a case study on a regional bank. The part that surprised me was how much time we \
    spent on their climate scenario model, she was clearly passionate about it and said the \
    regulator has asked to see it. We also discussed the recent news that they are moving the \
    London team to Manchester next year, and she asked what I thought about hybrid working. I \
    think I rambled on the case study but she smiled a lot. Salary and notice period at the end.
    """,
    """
    Met Sam and Ola from the studio yesterday for the junior designer role. They went through my \
    portfolio and asked about my process for the museum poster project. Ola showed me the \
    prototype of their accessible wayfinding app for the Science Museum, with tactile maps printed \
    on site, which blew my mind. Sam spent a while on the font they commissioned from a type \
    foundry in Lisbon, he is obsessed with it. We bonded over old Nintendo games because we both \
    grew up on the original Zelda. They said next steps are a paid trial day. Overall a really fun \
    conversation.
    """,
  ]

  /// The discussions split into sentences, for building long documents.
  static let sentences: [String] = discussions.flatMap { text -> [String] in
    var result: [String] = []
    var current = ""
    for character in text {
      current.append(character)
      if character == "." || character == "!" || character == "?" {
        let sentence = current.drop(while: { $0 == " " })
        if !sentence.isEmpty { result.append(String(sentence)) }
        current = ""
      }
    }
    let rest = current.drop(while: { $0 == " " })
    if !rest.isEmpty { result.append(String(rest)) }
    return result
  }

  /// A document of at least `bytes` UTF-8 bytes: the sentences repeated, each round in a
  /// different order, so a long text is varied rather than one paragraph copied.
  static func document(bytes: Int) -> String {
    var text = ""
    var order = Array(sentences.indices)
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    var round = 0
    while text.utf8.count < bytes {
      // A deterministic shuffle per round (xorshift), so every run builds the same text.
      for index in stride(from: order.count - 1, to: 0, by: -1) {
        seed ^= seed << 13
        seed ^= seed >> 7
        seed ^= seed << 17
        order.swapAt(index, Int(seed % UInt64(index + 1)))
      }
      for index in order {
        if !text.isEmpty { text += round % 3 == 2 && index % 5 == 0 ? "\n" : " " }
        text += sentences[index]
        if text.utf8.count >= bytes { break }
      }
      round += 1
    }
    return text
  }

  /// Opening messages that answer several questions at once.
  static let openings = [
    "I'm Jordan Lee and I interviewed with Priya Shah at Northgate Foods yesterday for the "
      + "operations coordinator role",
    "hi, I'm Sam Patel, I met Dr Okafor at Riverside Housing on Tuesday for the project officer job",
    "My name is Alex Morgan, I met Dana Wright at Brightwell Partners today for the junior analyst "
      + "position",
    "I'm Chris and I met Tom Hughes at Harbour Kitchen on Monday for the sous chef role",
    "Jamie here, interviewed at Hillside Primary School yesterday with Mrs Kaur for the year 4 "
      + "teacher post",
    "im riya, had my interview with Ben Carter at Northgate Capital this morning for the risk "
      + "analyst role",
    "I'm Morgan Ellis. Interview with Ola Adeyemi at Blue Door Studio on 24 November, junior "
      + "designer",
    "hello! I'm Taylor, I met Marcus Reid at Greenfield Logistics last Friday about the planner job",
  ]

  /// Replies to "How do you feel it went?".
  static let outcomes = [
    "honestly I think I nailed it",
    "it was ok, some good bits and some I fumbled",
    "not great, I froze on the technical question",
    "pretty well I think, they were really friendly",
  ]

  /// Shorter replies to "What came up in the conversation?", as people type them in a chat.
  static let chatDiscussions = [
    "we talked about their switch to electric cargo bikes for city deliveries and she was really "
      + "excited about it, also a bit about the new depot in Leeds",
    "she told me about the company's plans to open a second centre in Leeds, which sounded "
      + "exciting, and we chatted about the bakery waste figures",
    "the best bit was when he told me about their pilot of a tenant-led repairs service in Salford",
    "mostly my cv, but at the end she mentioned the new graduate scheme and a podcast about "
      + "observability the team records",
    "we bonded over old Nintendo games and she showed me the prototype of their wayfinding app "
      + "for the Science Museum",
    "the chef lit up when he talked about the zero-waste menu, they turn bread ends into beer",
  ]

  /// The ways of sending the note.
  static let channels = ["email", "linkedin", "card", "email"]

  /// Two revisions asked for at the draft, then the closing.
  static let revisions = [
    ["shorter", "more formal", "warmer", "longer"],
    ["more formal", "shorter", "use topic 2", "longer"],
    ["warmer", "longer", "shorter", "more formal"],
  ]

  /// The messages of one whole conversation (10 turns), varied by `index`.
  static func conversation(_ index: Int) -> [String] {
    let revision = revisions[index % revisions.count]
    return [
      openings[index % openings.count],
      outcomes[(index / 3) % outcomes.count],
      chatDiscussions[(index / 7) % chatDiscussions.count],
      "yes",
      channels[(index / 2) % channels.count],
      revision[0],
      revision[1],
      revision[2],
      revision[3],
      "done",
    ]
  }
}
