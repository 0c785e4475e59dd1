#!/usr/bin/env bash
# followup-irc behind a real IRC server and real clients: Debian's ngircd on 127.0.0.1 and two
# users driven through ii (a client that reads a FIFO and writes files), interleaved, from the
# greeting to a finished note, a note pasted line by line and reviewed, and a `kill -9` of the
# bot and a restart that resumes both conversations. Loopback only; every wait is bounded; every
# process this script starts is killed by its id at the end, however it ends.
#
# Usage: end-to-end.sh PRODUCTS_DIR PORT    (run by IRCEndToEndTests, with a 90 s limit)
set -euo pipefail
bin=$1
port=$2
work=$(mktemp -d)
pids=()
bot_pid=""

cleanup() {
  set +e
  # The bot first, gently, so it closes followup's input and followup exits too.
  if [[ -n "$bot_pid" ]]; then
    kill -TERM "$bot_pid" 2>/dev/null
    for _ in $(seq 30); do kill -0 "$bot_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$bot_pid" 2>/dev/null
  fi
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

fail() {
  echo "FAILED: $*" >&2
  for file in "$work"/bot*.log "$work"/ngircd.log; do
    [[ -f "$file" ]] && { echo "--- $file" >&2; tail -n 20 "$file" >&2; }
  done
  for user in alice bob; do
    out="$work/$user/127.0.0.1/followup/out"
    [[ -f "$out" ]] && { echo "--- $user sees" >&2; cut -c 12-200 "$out" | tail -n 25 >&2; }
  done
  exit 1
}

# wait_for FILE TEXT [SECONDS]: until FILE holds TEXT (a fixed string), at most SECONDS (10).
wait_for() {
  local file=$1 text=$2 limit=${3:-10}
  local end=$((SECONDS + limit))
  while ((SECONDS < end)); do
    if [[ -f "$file" ]] && grep -qF -- "$text" "$file"; then return 0; fi
    sleep 0.1
  done
  fail "no \"$text\" in $file after $limit s"
}

# say USER TEXT: USER sends TEXT to the bot in a private message.
say() {
  local fifo="$work/$1/127.0.0.1/in"
  timeout 5 bash -c 'printf "%s\n" "$1" > "$2"' _ "/PRIVMSG followup :$2" "$fifo" ||
    fail "could not write to $1's ii"
}

# reply USER TEXT: wait until the bot has said TEXT to USER.
reply() { wait_for "$work/$1/127.0.0.1/followup/out" "$2" "${3:-10}"; }

cat > "$work/ngircd.conf" <<CONF
[Global]
Name = irc.followup.test
Info = FollowUp end-to-end test
Listen = 127.0.0.1
Ports = $port
MotdPhrase = test
PidFile = $work/ngircd.pid
[Limits]
MaxConnectionsIP = 0
[Options]
DNS = no
Ident = no
PAM = no
CONF
ngircd -n -f "$work/ngircd.conf" > "$work/ngircd.log" 2>&1 &
pids+=($!)
wait_for "$work/ngircd.log" "Now listening on" 5

start_bot() {
  "$bin/followup-irc" --host 127.0.0.1 --port "$port" --nick followup --today 2026-11-27 \
    --state-dir "$work/state" --join-ms 1000 --followup "$bin/followup" > "$work/bot$1.log" 2>&1 &
  bot_pid=$!
  wait_for "$work/bot$1.log" "registered as followup" 10
}
start_bot 1

for user in alice bob; do
  ii -s 127.0.0.1 -p "$port" -n "$user" -i "$work/$user" > /dev/null 2>&1 &
  pids+=($!)
done
for user in alice bob; do
  wait_for "$work/$user/127.0.0.1/out" "End of MOTD" 10
done

echo "== two interleaved conversations to a draft"
say alice "hi"
reply alice "First, what's your name?"
say bob "I'm Bob, I met Sam Lee at Acme Corp yesterday for the analyst job"
say alice "I'm Alice, I met Priya Shah at Northgate Foods yesterday for the operations coordinator job"
reply bob "How do you feel it went"
reply alice "How do you feel it went"
say bob "it went well"
say alice "it was ok, some good bits"
reply bob "What came up in the conversation"
reply alice "What came up in the conversation"
say alice "she told me about their switch to electric cargo bikes"
say bob "we talked about their move to a new data platform"
reply alice "Shall I build the note on that?"
reply bob "Shall I build the note on that?"
say alice "yes"
say bob "yes"
reply alice "What about it interested you"
reply bob "What about it interested you"
say alice "skip"
say bob "I'd love to help with the migration"
reply alice "How will you send it"
reply bob "How will you send it"
say alice "email"
say bob "linkedin"
reply alice "Here's your draft, as an email to Priya Shah" 15
reply bob "Here's your draft, as a LinkedIn message to Sam Lee" 15
reply alice "Dear Priya," 15

echo "== a note pasted line by line is reviewed, and its sign-off ends nothing"
say alice "Dear Priya,"
say alice "I'm so sorry I rambled. I loved hearing about the new depot in Leeds, and I really need this job."
say alice "Thanks,"
say alice "Alice"
reply alice "I read your draft. Here's what I'd change:" 15
reply alice "Your own draft with me is unchanged" 15
if grep -qF "Good luck" "$work/alice/127.0.0.1/followup/out"; then
  fail "the pasted sign-off ended alice's conversation"
fi

echo "== kill -9 of the bot, a restart, and both conversations resume"
kill -KILL "$bot_pid"
wait "$bot_pid" 2>/dev/null || true
bot_pid=""
start_bot 2
say bob "more formal"
reply bob "Here it is, more formal:" 15
say alice "done"
reply alice "Your note is ready. Here it is to copy:" 15
reply alice "Good luck, Alice!" 15
if grep -qF "Nice to meet you, Dear" "$work/alice/127.0.0.1/followup/out"; then
  fail "a pasted greeting was read as a name"
fi
for user in alice bob; do
  if grep -qF "Hi, I'm FollowUp" <(tail -n 5 "$work/$user/127.0.0.1/followup/out"); then
    fail "$user's conversation started afresh after the restart"
  fi
done
echo "== passed"
