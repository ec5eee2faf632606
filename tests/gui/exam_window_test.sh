#!/bin/sh
# exam_window_test.sh FRONTLINE FRONTLINE_CLI WORKDIR
# A real window driven by xdotool, as a trainee sits a quiz: type an employee
# number and Enter to sign in, click the "Exams" tab, Enter starts the exam
# due next (day 1's quiz), answer the first page by key ("2": the second
# option, or "2" typed into a text answer), click "Next", go to Home and back
# (the sitting must survive), answer the second page, Ctrl+Enter for the summary, Ctrl+Enter to submit and Enter to confirm,
# then Ctrl+Q. `frontline-cli status --json` must show one attempt at the quiz.
set -u
. "$(dirname "$0")/test_work.sh"
. "$(dirname "$0")/xdo_keys.sh"
frontline=$1 cli=$2 work=$3
size=1000x700
new_work
seed
status_json() { "$cli" status --trainee E1001 --json --db "$work/frontline.db" | tr -d ' \n'; }
status_json | grep -q '"attempts":0,[^}]*"exam":"onboarding-day1-quiz"' || fail "the seeded record already has a day 1 quiz"

start_app "$frontline" --db "$work/frontline.db" --lang en --size "$size" --screenshot-on-exit "$work/after.png"
sign_in e1001
# The top bar's tabs start at the left in a fixed order; at the theme's 18 px
# font the English "Exams" tab is at (500, 26).
click 500 26
sleep 1
press Return || fail "key failed" # start the exam due next
sleep 1
xdotool type --delay 80 "2" || fail "typing failed"
sleep 0.5
# "Next" is the bottom-right button of the page.
click 965 662
sleep 0.7
# Away to Home and back: the sitting must still be there, on page 2.
click 350 26
sleep 1
click 500 26
sleep 1
xdotool type --delay 80 "1" || fail "typing failed"
sleep 0.5
press ctrl+Return || fail "key failed" # the summary
sleep 0.5
press ctrl+Return || fail "key failed" # asks to submit
sleep 0.5
press Return || fail "key failed" # confirms
sleep 1
quit_app
status_json | grep -q '"attempts":1,[^}]*"exam":"onboarding-day1-quiz"' || fail "no day 1 quiz attempt on record: $(status_json)"
echo "ok"
