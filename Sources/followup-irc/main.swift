// followup-irc: the reference bridge. Arguments, then the bot's loop until SIGTERM or SIGINT.
signal(SIGPIPE, SIG_IGN)
switch BotArguments.parse(Array(CommandLine.arguments.dropFirst())) {
case .failure(let failure):
  BotLog.write(failure.message)
  exit(2)
case .success(let arguments):
  if arguments.help {
    print(BotArguments.usage)
    exit(0)
  }
  var bot = IRCBot(arguments: arguments)
  exit(bot.run())
}
