/// A phrase that tells the extractor where a memorable thing is mentioned.
///
/// People mark what mattered with the same few turns of phrase: "we talked about X", "the news
/// that X", "X really stuck with me". A cue says which way to look for the thing (after it or
/// before it), what kind of thing it is, and how strongly it marks it.
struct Cue: Sendable {
  enum Direction: Sendable { case forward, backward }

  let words: [String]
  var direction: Direction
  var kind: Topic.Kind
  var weight: Double
  /// Words put in front of the phrase so it reads in the note: "plans to" + "open a second
  /// centre" -> "your plans to open a second centre".
  var prefix: [String] = []
  /// The phrase must have the interviewer's side as its subject for `prefix` to apply.
  var needsCompanySubject = false
  /// The prefix replaces the phrase's article instead of preceding it: "opening" + "a second
  /// centre" -> "your second centre". Without an article the phrase stays as it is.
  var replacesDeterminer = false
  /// `words` packed, for matching against tokens.
  let keys: [WordKey]

  init(
    words: [String], direction: Direction, kind: Topic.Kind, weight: Double, prefix: [String] = [],
    needsCompanySubject: Bool = false, replacesDeterminer: Bool = false, keys: [WordKey]? = nil
  ) {
    self.words = words
    self.direction = direction
    self.kind = kind
    self.weight = weight
    self.prefix = prefix
    self.needsCompanySubject = needsCompanySubject
    self.replacesDeterminer = replacesDeterminer
    self.keys = keys ?? words.map(WordKey.init)
  }

  /// Cues indexed by their first word, longest first, for matching at each token.
  static let table: WordMap<[Cue]> = WordMap(byFirstWord)

  /// The same, as values that are cheap to scan: most tokens that open some cue open none of
  /// the ones that follow ("the" opens "the news that", "the best bit was", ...).
  static let entriesByFirstWord: [String: [Entry]] = byFirstWord.mapValues { cues in
    cues.map { cue in
      Entry(count: cue.words.count, second: cue.keys.count > 1 ? cue.keys[1] : .none, cue: cue)
    }
  }

  private static let byFirstWord: [String: [Cue]] = {
    var table: [String: [Cue]] = [:]
    for cue in all { table[cue.words[0], default: []].append(cue) }
    for key in table.keys { table[key]?.sort { $0.words.count > $1.words.count } }
    return table
  }()

  /// A cue in `entries`: its length and packed second word, to rule it out before comparing.
  struct Entry: Sendable {
    let count: Int
    let second: WordKey
    let cue: Cue
  }

  /// The cue's words are the tokens from `index` (which must leave room for them).
  @inline(__always)
  func matches(_ tokens: [Token], at index: Int) -> Bool {
    PhraseList.matches(keys, words, tokens, at: index)
  }

  private static func forward(
    _ phrase: String, _ kind: Topic.Kind, _ weight: Double, prefix: String = "",
    company: Bool = false
  ) -> Cue {
    Cue(
      words: phrase.split(separator: " ").map(String.init), direction: .forward, kind: kind,
      weight: weight, prefix: prefix.split(separator: " ").map(String.init),
      needsCompanySubject: company)
  }

  private static func backward(_ phrase: String, _ kind: Topic.Kind, _ weight: Double) -> Cue {
    Cue(
      words: phrase.split(separator: " ").map(String.init), direction: .backward, kind: kind,
      weight: weight)
  }

  static let all: [Cue] = {
    var cues: [Cue] = []
    let talk = [
      "talked about", "talk about", "talking about", "talked through", "spoke about", "spoke of",
      "speaking about", "spoke a lot about", "chatted about", "chatting about", "chat about",
      "discussed", "discussing", "discuss", "went into", "got onto", "got on to", "got into",
      "got talking about", "ended up talking about", "covered", "brought up", "bringing up",
      "brought", "told me about", "told us about", "telling me about", "tell me about",
      "told me all about", "told me how", "told us how", "told me that", "explained",
      "explaining", "described", "describing", "mentioned", "mentioning", "showed me",
      "showing me", "showed us", "walked me through", "walked us through", "took me through",
      "gave me a tour of", "a conversation about", "conversation about", "a conversation on",
      "a discussion about", "a discussion on", "discussion about", "a chat about", "a debate about",
      "dug into", "went deep on", "a deep dive into", "shared", "showed off", "touched on",
      "asked what i thought about", "asked what i thought of", "asked my opinion on",
      "asked my opinion of", "asked my thoughts on", "asked for my thoughts on",
      "wanted my take on",
      "asked how i would approach", "got my thoughts on", "heard about", "learned about",
      "learnt about", "found out about", "loved hearing about", "enjoyed hearing about",
      "interesting to hear about", "hear more about", "a presentation on", "a talk on",
      "kept going on about", "went on about", "going on about", "went off on", "banged on about",
      "referred to", "talked me through", "talked us through", "was talking about",
      "started talking about", "started telling me about", "ended up on", "ended up talking about",
      "hearing about", "was about", "were about", "was all about", "a proper chat about",
      "a good chat about", "a long chat about", "chat about", "the conversation about",
      "explain me", "explained me", "tell me", "showed me around", "a tour of", "gave us a tour of",
      "talked with real enthusiasm about", "talked through", "went through",
      "got onto talking about",
    ]
    for phrase in talk { cues.append(forward(phrase, .conversation, 0.5)) }
    for phrase in [
      "asked me about", "asked about", "wanted to know about", "quizzed me on", "grilled me on",
    ] {
      cues.append(forward(phrase, .conversation, 0.3))
    }
    let news = [
      ("the news that", "the news that"), ("the news about", "the news about"),
      ("the news of", "the news of"), ("news about", "the news about"),
      ("news that", "the news that"),
      ("a news story about", "the story about"), ("the news story about", "the story about"),
      ("news story about", "the story about"), ("the story about", "the story about"),
      ("a story about", "the story about"), ("an article on", "the article on"),
      ("an article about", "the article about"), ("the article on", "the article on"),
      ("the article about", "the article about"), ("article about", "the article about"),
      ("article on", "the article on"), ("a piece on", "the piece on"),
      ("a piece about", "the piece about"), ("a report on", "the report on"),
      ("the report on", "the report on"), ("a report about", "the report about"),
      ("read about", ""), ("a headline about", "the headline about"),
      ("the headlines about", "the headlines about"),
      ("announced", ""), ("just announced", ""), ("recently announced", ""),
      ("the announcement that", "the announcement that"),
      ("the announcement about", "the announcement about"),
      ("the announcement of", "the announcement of"),
      ("announcement about", "the announcement about"),
      ("the recent news about", "the recent news about"), ("the recent news that", "the news that"),
      ("a podcast about", "the podcast about"), ("a podcast on", "the podcast on"),
      ("the podcast about", "the podcast about"), ("a blog post about", "the blog post about"),
      ("a documentary about", "the documentary about"), ("a book about", "the book about"),
      ("the book about", "the book about"), ("a study on", "the study on"),
      ("a paper on", "the paper on"),
    ]
    for (phrase, prefix) in news { cues.append(forward(phrase, .news, 0.55, prefix: prefix)) }
    // Plans read best as "your plans to ..." or, for a thing being made, "your new depot".
    let plans = [
      ("planning to", "plans to"), ("plans to", "plans to"), ("plan to", "plans to"),
      ("plans for", "plans for"), ("plan for", "plans for"), ("expanding into", "expansion into"),
      ("expansion into", "expansion into"), ("expanding to", "expansion to"),
      ("moving into", "move into"), ("moving to", "move to"), ("investing in", "investment in"),
      ("hoping to", "hopes to"), ("aiming to", "aim to"), ("working on", "work on"),
      ("trialling", "trial of"), ("trialing", "trial of"), ("piloting", "pilot of"),
      ("switching to", "switch to"), ("the plan to", "plan to"), ("their plan to", "plan to"),
    ]
    for (phrase, prefix) in plans {
      cues.append(forward(phrase, .plan, 0.5, prefix: "your " + prefix, company: true))
    }
    for phrase in ["planning", "are planning", "'re planning", "is planning"] {
      cues.append(forward(phrase, .plan, 0.5, prefix: "your plans for", company: true))
    }
    for phrase in [
      "opening", "building", "developing", "launching", "about to launch", "going to launch",
      "rolling out", "redesigning", "creating", "setting up", "designing", "introducing",
      // "the weekend brunch they're starting": a thing the employer starts is made as surely
      // as one it opens (tuning 30's bi003).
      "starting",
    ] {
      var cue = forward(phrase, .plan, 0.48, prefix: "your", company: true)
      cue.replacesDeterminer = true
      cues.append(cue)
    }
    let enthusiasm = [
      "excited about", "excited by", "excited to talk about", "excited when talking about",
      "passionate about", "proud of", "so proud of", "obsessed with", "really into", "so into",
      "geeked out about", "geeked out over", "nerded out about", "nerded out over", "lit up about",
      "lit up when talking about", "lit up talking about", "lit up when she talked about",
      "lit up when he talked about", "lit up when they talked about", "lit up when she mentioned",
      "lit up when he mentioned", "enthusiastic about", "buzzing about", "raved about",
      "animated about", "animated when talking about", "gushed about", "clearly loves",
      "really loves", "loves talking about", "kept coming back to", "could talk forever about",
      "went on and on about", "spent ages on", "spent ages talking about", "spent a lot of time on",
      "spent most of the time on", "spent most of the interview on",
      "spent most of the time talking about",
      "spent a long time talking about", "spent a while on", "spent half the interview on",
      // The same feeling in other people's words (tuning 14 ac047, tuning 16 ag045).
      "delighted with", "delighted about", "thrilled about", "thrilled with", "stoked about",
      "stoked on", "chuffed about", "chuffed with", "mad into", "made up about", "pumped about",
      // What they were glad is so, told as a clause: "really excited that the stratford store
      // is getting a full refit" (tuning 36's bu005 and bu017 had printed the clause without
      // its subject, "hearing about getting a full refit").
      "excited that", "proud that", "thrilled that", "delighted that", "buzzing that",
      "chuffed that", "happy that", "pleased that",
    ]
    for phrase in enthusiasm { cues.append(forward(phrase, .enthusiasm, 0.62)) }
    for phrase in [
      "super into", "very into", "so into", "proper into", "really got into", "mainly", "mostly",
      "very much about", "but mostly about", "but mainly about", "much more about", "mostly about",
      "especially", "particularly", "in particular", "but mostly", "above all", "keen on",
      "really keen on", "got really into", "really got into",
    ] {
      cues.append(forward(phrase, .enthusiasm, 0.63))
    }
    let shared = [
      "we both", "we're both", "we are both", "both of us", "we share", "we shared",
      "found out we both", "turns out we both", "turned out we both", "in common with",
      "bonded over", "we bonded over", "connected over", "we connected over", "we both love",
      "we both like", "we both enjoy", "we've both", "we'd both", "we were both", "both of us are",
    ]
    for phrase in shared { cues.append(forward(phrase, .sharedInterest, 0.55)) }
    let highlight = [
      "the highlight was", "the highlight for me was", "the best part was", "the best bit was",
      "the best moment was", "the best thing was", "the coolest part was", "the coolest thing was",
      "the most interesting part was", "the most interesting bit was",
      "the most interesting thing was",
      "what stuck with me was", "what stuck with me most was", "what really stuck with me was",
      "the thing that stuck with me was", "the thing that stuck with me most was",
      "what i remember most is", "what i remember most was", "my favourite part was",
      "my favorite part was", "my favourite bit was", "the most memorable part was",
      "the most memorable thing was", "what stood out was", "what stood out most was",
      "what stood out to me was", "what struck me was", "what struck me most was",
      "the part i enjoyed most was", "the bit i enjoyed most was", "the bit that stuck with me was",
      "the part that stuck with me was", "the memorable bit was", "the memorable part was",
      "the most exciting part was", "what i loved was", "what i enjoyed most was",
    ]
    for phrase in highlight { cues.append(forward(phrase, .enthusiasm, 0.66)) }
    let backward = [
      ("came up", 0.45), ("also came up", 0.45), ("got brought up", 0.45), ("was brought up", 0.45),
      ("were brought up", 0.45), ("got mentioned", 0.45), ("was mentioned", 0.45),
      ("stuck with me", 0.6), ("really stuck with me", 0.64), ("has stuck with me", 0.6),
      ("stood out", 0.58), ("really stood out", 0.6), ("was the highlight", 0.64),
      ("was the best part", 0.62), ("was the best bit", 0.62), ("was really interesting", 0.55),
      ("was so interesting", 0.55), ("was interesting", 0.5), ("were interesting", 0.5),
      ("was fascinating", 0.58), ("was really fascinating", 0.6), ("sounded fascinating", 0.56),
      ("sounded amazing", 0.52), ("sounds amazing", 0.52), ("sounded really interesting", 0.55),
      ("sounds really interesting", 0.55), ("sounded exciting", 0.52), ("sounds exciting", 0.52),
      ("was so cool", 0.52), ("was really cool", 0.52), ("was pretty cool", 0.5),
      ("is so cool", 0.5),
      ("was amazing", 0.5), ("was inspiring", 0.55), ("was impressive", 0.5),
      ("really impressed me", 0.55), ("impressed me", 0.52), ("blew my mind", 0.56),
      ("is what i keep thinking about", 0.62), ("i keep thinking about", 0.0),
      ("was the most interesting part", 0.62), ("was what stuck with me", 0.64),
    ]
    for (phrase, weight) in backward where weight > 0 {
      cues.append(Cue.backward(phrase, .conversation, weight))
    }
    cues.append(forward("i keep thinking about", .conversation, 0.62))
    cues.append(forward("still thinking about", .conversation, 0.6))
    return cues
  }()
}
